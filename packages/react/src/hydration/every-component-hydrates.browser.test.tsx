import '../styles.css'
import { expect, it } from 'vitest'
import { describeHydration } from './testing/hydration-suite.tsx'
import { nodeServerHtml } from './testing/node-server-html.ts'
import { inReaderBrowser, readerBrowser } from './testing/reader-browser.ts'

// The HTML comes from a real Node server render (no window; Node's zone and Intl), and Chromium
// hydrates it with its own media queries, language, zone and Intl: a reader's in Dar es Salaam.
inReaderBrowser()
it('hydrates in the reader’s zone, with the OS in dark mode', () => {
  expect(readerBrowser()).toEqual({ zone: 'Africa/Dar_es_Salaam', dark: true })
})

describeHydration(nodeServerHtml)
