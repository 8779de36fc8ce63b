import { expect, it } from 'vitest'
import config from '../vite.config.ts'

// built-playground.e2e.test.ts fails a build that prints anything. Rolldown's report of slow
// plugins depends on how busy the machine is, not on the page: left on, a loaded run fails at random.
it('turns off Rolldown’s plugin-timing report, a measure of the machine’s load', () => {
  expect(config.build?.rolldownOptions?.checks).toMatchObject({ bundlerTimings: false })
})
