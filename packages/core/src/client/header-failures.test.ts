import { createServer } from 'node:http'
import { describe, expect, it } from 'vitest'
import { mayHaveBeenSent } from '../sending/may-have-been-sent.ts'
import { testServers } from '../test-support/test-servers.ts'
import { BriqError } from './briq-error.ts'
import type { BriqClientOptions } from './client-options.ts'
import { createBriqClient } from './create-briq-client.ts'

const servers = testServers()

/** A client of a real server that counts the requests it gets. */
async function clientWith(headers: BriqClientOptions['headers']) {
  const server = { requests: 0 }
  const { url } = await servers.listen(
    createServer((req, res) => {
      server.requests++
      req.resume()
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('[]')
    }),
  )
  return { server, client: createBriqClient({ endpoint: url, headers, retry: false }) }
}

// "Every failure is a BriqError": a headers function that fails (a token that could not be
// refreshed) or a header fetch refuses is one too, and nothing was sent.
describe('createBriqClient: headers that cannot be made', () => {
  it.each([
    [
      'a headers function that throws',
      () => {
        throw new Error('session expired')
      },
      'session expired',
    ],
    [
      'a headers function that rejects',
      () => Promise.reject(new Error('token refresh failed')),
      'token refresh failed',
    ],
    [
      'a header value with a line break',
      { Authorization: 'Bearer tok\nen-SECRET' },
      'its headers could not be made: its Authorization header holds a character no header can carry',
    ],
    // Headers are Latin-1 (fetch's ByteString): a pasted "€" is refused, and the reason says why.
    [
      'a header value past Latin-1',
      { 'X-Price-Note': 'paid in € SECRET' },
      'its X-Price-Note header holds a character no header can carry (a line break, a control character, or one past Latin-1 such as €)',
    ],
    // A token read from a UTF-16 file has NULs; \x01 passes Headers but fetch refuses it.
    ['a header value with NUL', { 'X-Proxy-Token': 't\u0000o\u0000k-SECRET' }, 'its X-Proxy-Token header'],
    [
      'a header value with another control character',
      { Authorization: 'Bearer tok\u0001en-SECRET' },
      'its Authorization header',
    ],
  ] as const)('%s is a BriqError of kind network, never maybe sent, and no request', async (_, headers, reason) => {
    const { server, client } = await clientWith(headers as BriqClientOptions['headers'])
    const error = await client.listSenders().catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'network' })
    expect((error as BriqError).message).toMatch(
      /^GET \/v1\/whatsapp\/senders cannot be sent: its headers could not be made: /,
    )
    expect((error as BriqError).message).toContain(reason)
    // A token or key in a header: the runtime's own message quotes the value, which must not leak.
    expect((error as BriqError).message).not.toContain('SECRET')
    expect(mayHaveBeenSent(error as BriqError)).toBe(false)
    expect(server.requests).toBe(0)
  })

  it('so is a per-call header name fetch refuses', async () => {
    const { server, client } = await clientWith(undefined)
    const error = await client
      .listSenders(undefined, { headers: { 'Bad Name': 'x' } })
      .catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'network' })
    expect(server.requests).toBe(0)
  })
})
