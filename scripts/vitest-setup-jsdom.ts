import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// How long findBy/waitFor wait for the mock's answer or a status poll before failing: a budget,
// not a speed assertion. Testing Library's 1 s is tight on a loaded 2-core CI machine; this stays
// under Vitest's 5 s test timeout.
configure({ asyncUtilTimeout: 4000 })

afterEach(cleanup)
