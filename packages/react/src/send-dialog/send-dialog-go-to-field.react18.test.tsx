import { version } from 'react'
import { expect, it } from 'vitest'
import { describeGoToField } from './testing/go-to-field-suite.tsx'

// Runs in the `react18` Vitest project, where `react` and `react-dom` are React 18.3.
it('runs on React 18.3', () => {
  expect(version).toMatch(/^18\.3\./)
})

describeGoToField()
