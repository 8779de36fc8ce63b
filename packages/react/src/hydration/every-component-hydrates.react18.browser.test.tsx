import '../styles.css'
import { version } from 'react'
import { expect, it } from 'vitest'
import { describeHydration } from './testing/hydration-suite.tsx'
import { inReaderBrowser, readerBrowser } from './testing/reader-browser.ts'
import { workerServerHtml } from './testing/worker-server-html.ts'

// Runs in the `browser-react18` Vitest project, where `react` and `react-dom` are React 18.3.
it('runs on React 18.3', () => {
  expect(version).toMatch(/^18\.3\./)
})

// React 18's server renderer in a worker of the page (its browser build, with no document, as on
// a server): the Node render without browser globals is every-component-server-renders.react18.test.tsx;
// this is Chromium hydrating, as a reader in Dar es Salaam with the OS in dark mode.
inReaderBrowser()
it('hydrates in the reader’s zone, with the OS in dark mode', () => {
  expect(readerBrowser()).toEqual({ zone: 'Africa/Dar_es_Salaam', dark: true })
})

describeHydration(workerServerHtml)
