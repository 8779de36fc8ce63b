import { createBriqMock } from '@briq-interactive/mock'
import { startMockHttpServer } from '@briq-interactive/mock/node'

// An app (or a test) passes its own configuration's optional values as they are (`undefined`
// when unset), with exactOptionalPropertyTypes on (this folder's tsconfig).
declare const config: { seed?: string; tick?: number; strict?: boolean; maxMessages?: number }

createBriqMock({
  seed: config.seed,
  tick: config.tick,
  strict: config.strict,
  maxMessages: config.maxMessages,
  clock: undefined,
  scenario: undefined,
  validation: undefined,
  sleep: undefined,
})

// The smaller option objects too: faults, a window, a state page, the HTTP server.
declare const env: { latency?: number; rate?: number; sender?: string; limit?: number; port?: number; host?: string }

const mock = createBriqMock()
mock.setFaults({
  latencyMs: env.latency,
  failureRate: env.rate,
  status: undefined,
  retryAfterSeconds: undefined,
  scope: undefined,
})
mock.openWindow('255712345678', { sender: env.sender, text: undefined, profileName: undefined })
mock.state({ limit: env.limit, offset: undefined })
void startMockHttpServer({ port: env.port, host: env.host, allowedOrigins: undefined, mock: undefined })
