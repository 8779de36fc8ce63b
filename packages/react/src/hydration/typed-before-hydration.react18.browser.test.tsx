import '../styles.css'
import { version } from 'react'
import { expect, it } from 'vitest'
import { describeTypedBeforeHydration } from './testing/typed-before-hydration-suite.tsx'
import { workerServerHtml } from './testing/worker-server-html.ts'

// Runs in the `browser-react18` Vitest project, where `react` and `react-dom` are React 18.3.
it('runs on React 18.3', () => {
  expect(version).toMatch(/^18\.3\./)
})

describeTypedBeforeHydration(workerServerHtml)
