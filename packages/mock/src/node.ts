import { type SetupServer, setupServer } from 'msw/node'
import { type BriqMock, createBriqMock } from './create-briq-mock.ts'
import type { BriqMockOptions } from './options.ts'

export * from './index.ts'
export type { AllowedOrigins } from './server/cors.ts'
export type { MockHttpServer, MockHttpServerOptions } from './server/create-http-server.ts'
export { startMockHttpServer } from './server/create-http-server.ts'

/** What `createMockServer` returns. */
export interface MockServer {
  /** msw's server: call `listen()` (e.g. in `beforeAll`) and `close()`. */
  server: SetupServer
  /** The mock behind it (state, advance, simulateReply, …). */
  mock: BriqMock
}

/**
 * The mock wired into msw/node, for tests: `fetch` to any `…/v1/whatsapp/…` URL is answered
 * in-process. Call `server.listen()` to start intercepting.
 */
export function createMockServer(options: BriqMockOptions = {}): MockServer {
  const mock = createBriqMock(options)
  return { server: setupServer(...mock.handlers), mock }
}
