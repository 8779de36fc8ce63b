import '../styles.css'
import { version } from 'react'
import { expect, it } from 'vitest'
import { describeComposerGoToField } from './testing/go-to-field-browser-suite.tsx'

// Runs in the `browser-react18` Vitest project, where `react` and `react-dom` are React 18.3.
it('runs on React 18.3', () => {
  expect(version).toMatch(/^18\.3\./)
})

describeComposerGoToField()
