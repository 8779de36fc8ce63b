import { type BriqClient, createBriqClient } from '@briq-interactive/core'
import { type BriqMock, type BriqMockOptions, createBriqMock, DEFAULT_API_KEY } from '@briq-interactive/mock'

/** A mock Briq and a client whose `fetch` hands every request straight to it. */
export interface MockClient {
  /** The in-memory Briq: `advance`, `simulateReply`, `setFaults`… */
  mock: BriqMock
  /** A client for the dialog's `client` prop. */
  client: BriqClient
  /** Every POST the client made (path only). */
  sends: string[]
}

/**
 * The dialog's browser tests and stories talk to the mock without a service worker: the mock's
 * `handle(request)` is the client's `fetch`. Manual clock, so status moves only with `advance`.
 */
export function createMockClient(options: BriqMockOptions = {}): MockClient {
  const mock = createBriqMock({ seed: 'send-dialog', clock: 'manual', ...options })
  const sends: string[] = []
  const client = createBriqClient({
    endpoint: '/api/briq',
    headers: { 'X-API-Key': DEFAULT_API_KEY },
    fetch: (url, init) => {
      const absolute = new URL(url, location.href)
      if (init.method === 'POST') sends.push(absolute.pathname)
      return mock.handle(new Request(absolute, init))
    },
  })
  return { mock, client, sends }
}
