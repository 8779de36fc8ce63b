import '../styles.css'
import { expect, it } from 'vitest'
import { commands } from 'vitest/browser'
import { describeHydration } from './testing/hydration-suite.tsx'
import { inReaderBrowser, readerBrowser } from './testing/reader-browser.ts'

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Every hydration case's HTML, by name, from react-dom/server in Node (scripts/server-render-cases.ts). */
    serverRenderCases: () => Promise<Record<string, string>>
  }
}

// The HTML comes from a real Node server render (no window; Node's zone and Intl), and Chromium
// hydrates it with its own media queries, language, zone and Intl: a reader's in Dar es Salaam.
inReaderBrowser()
it('hydrates in the reader’s zone, with the OS in dark mode', () => {
  expect(readerBrowser()).toEqual({ zone: 'Africa/Dar_es_Salaam', dark: true })
})

let rendered: Promise<Record<string, string>> | undefined
describeHydration(async (name) => {
  rendered ??= commands.serverRenderCases()
  const html = (await rendered)[name]
  if (html === undefined) throw new Error(`no server HTML for "${name}"`)
  return html
})
