// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
declare const messageId: string

// ---- packages/mock/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import { createMockServer, startMockHttpServer } from '@briq-interactive/mock/node'

const { server, mock } = createMockServer({ seed: 'test', clock: 'manual' })
server.listen({ onUnhandledFrame: 'error' })
// … fetch('https://karibu.briq.tz/v1/whatsapp/messages/interactive', …)
mock.advance(5000) // statuses move
mock.simulateReply(messageId, 'yes') // the customer answers
mock.openWindow('255787654321') // the customer writes first
mock.state() // a snapshot copy (every kept message; { limit, offset } for the newest few)
server.close()
mock.close() // with a real clock and webhooks: nothing of the mock's own keeps running

const running = await startMockHttpServer({ port: 0 }) // { url, port, mock, server, close }
