import { expect, it } from 'vitest'
import config from '../vite.config.ts'

// embed-example.e2e.test.ts fails a build that prints anything, as the README's first step would
// stop a reader. Rolldown's report of slow plugins measures the machine's load, not the page.
it('turns off Rolldown’s plugin-timing report, which comes and goes with the machine’s load', () => {
  expect(config.build?.rolldownOptions?.checks).toMatchObject({ bundlerTimings: false })
})

// Behind a reverse proxy at /whatsapp/, an absolute base would ask for /assets/… outside it.
it('builds the page with a relative base, so it loads its scripts under any path prefix', () => {
  expect(config.base).toBe('./')
})
