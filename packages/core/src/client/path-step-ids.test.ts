import { createServer } from 'node:http'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

const servers = testServers()

// fetch resolves `.` and `..` segments (WHATWG URL, "single-dot/double-dot path segment") before
// the request leaves, percent-encoded or not: `messages/.` asks for the message list (Briq's
// trailing-slash redirect lands there), `messages/../read` for another route altogether.
describe('createBriqClient: an id that is a path step', () => {
  it.each([
    ['getMessage', '.', 'messageId'],
    ['getMessage', '..', 'messageId'],
    ['markRead', '.', 'messageId'],
    ['getConversation', '..', 'conversationId'],
    ['markConversationRead', '.', 'conversationId'],
  ] as const)('%s(%j) is refused before any request, naming %s', async (method, id, field) => {
    const paths: string[] = []
    const { url } = await servers.listen(
      createServer((req, res) => {
        paths.push(req.url ?? '')
        req.resume()
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
      }),
    )
    const client = createBriqClient({ endpoint: `${url}/api/briq`, retry: false })
    const error = await client[method](id).catch((thrown: unknown) => thrown)
    expect(paths).toEqual([])
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'validation', errors: [{ field }] })
    expect((error as BriqError).message).toBe(`${field} cannot be "${id}": fetch would read it as a step in the path`)
  })
})
