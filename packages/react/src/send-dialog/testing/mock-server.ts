import { type BriqMock, type BriqMockOptions, createBriqMock } from '@briq-interactive/mock'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'

/**
 * The mock's msw handlers answering real `fetch` in a jsdom test file, on a manual clock, reset
 * before each test (`startTime`: where that clock starts). Returns the mock and the msw server (for one-off `server.use` overrides).
 */
export function startMockServer(
  seed: string,
  options: Pick<BriqMockOptions, 'startTime'> = {},
): { mock: BriqMock; server: ReturnType<typeof setupServer> } {
  const mock = createBriqMock({ seed, clock: 'manual', ...options })
  const server = setupServer(...mock.handlers)
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  beforeEach(() => mock.reset())
  afterEach(() => {
    server.resetHandlers()
    mock.setFaults({})
  })
  afterAll(() => server.close())
  return { mock, server }
}
