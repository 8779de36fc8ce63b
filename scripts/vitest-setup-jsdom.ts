import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// How long findBy/waitFor wait for the mock's answer or a status poll before failing: a budget,
// not a speed assertion (a wait that succeeds returns at once). Testing Library's 1 s is tight on
// a loaded 2-core CI machine; this stays under the jsdom projects' 20 s test timeout
// (vitest.config.ts), so a wait that does fail still says what it waited for.
configure({ asyncUtilTimeout: 15_000 })

afterEach(cleanup)
