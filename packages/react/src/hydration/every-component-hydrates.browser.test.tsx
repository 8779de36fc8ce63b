import '../styles.css'
import { commands } from 'vitest/browser'
import { describeHydration } from './testing/hydration-suite.tsx'

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Every hydration case's HTML, by name, from react-dom/server in Node (scripts/server-render-cases.ts). */
    serverRenderCases: () => Promise<Record<string, string>>
  }
}

// The HTML comes from a real Node server render (no window; Node's zone and Intl), and Chromium
// hydrates it with its own media queries, language, zone and Intl.
let rendered: Promise<Record<string, string>> | undefined
describeHydration(async (name) => {
  rendered ??= commands.serverRenderCases()
  const html = (await rendered)[name]
  if (html === undefined) throw new Error(`no server HTML for "${name}"`)
  return html
})
