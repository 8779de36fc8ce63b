import { createServer } from 'node:http'
import { writeUntilServerCloses } from '@briq-interactive/test-sockets'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import { boundServer } from './bound-server.ts'
import { type ServerTimeouts, serverTimeoutOptions } from './server-timeouts.ts'

const servers = testServers()

/**
 * What a client sending `Expect: 100-continue` with a body too large to take receives from a
 * server made the way the README shows, whose handler refuses the body unread and answers with
 * its socket's write deadline.
 */
async function refusedUnread(timeouts?: ServerTimeouts): Promise<string> {
  const server = createServer(serverTimeoutOptions(timeouts), (request, response) => {
    // Once every listener has seen the request, so the deadline read is the one armed.
    setImmediate(() => {
      response.statusCode = 413
      response.end(String(request.socket.timeout))
    })
  })
  boundServer(server, timeouts)
  const { url } = await servers.listen(server)
  return writeUntilServerCloses(
    url,
    'POST / HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 1000000\r\nConnection: close\r\n\r\n',
  )
}

describe('boundServer', () => {
  it.each([
    [undefined, '30000'],
    [{ requestTimeoutMs: 5_000, writeTimeoutMs: 1_234 }, '1234'],
  ])('answers unread without 100 Continue and arms the write deadline (timeouts %j)', async (timeouts, deadline) => {
    const received = await refusedUnread(timeouts)
    expect(received).toMatch(/^HTTP\/1\.1 413 /)
    expect(received).not.toContain('100 Continue')
    expect(received.endsWith(`\r\n\r\n${deadline}`)).toBe(true)
  })

  it('refuses a server created without serverTimeoutOptions, naming its deadlines, and wires nothing', () => {
    const server = createServer()
    const listening = server.listenerCount('request')
    expect(() => boundServer(server)).toThrow(
      new TypeError(
        "The server's deadlines are not serverTimeoutOptions(timeouts)'s (headersTimeout 60000, expected 15000; " +
          'requestTimeout 300000, expected 30000; connectionsCheckingInterval 30000, expected 1000): create it with ' +
          'createServer(serverTimeoutOptions(timeouts), handler) and give boundServer the same timeouts.',
      ),
    )
    expect(server.listenerCount('request')).toBe(listening)
    expect(server.listenerCount('checkContinue')).toBe(0)
  })

  it('refuses timeouts other than the ones the server was created with', () => {
    const server = createServer(serverTimeoutOptions({ requestTimeoutMs: 10_000 }))
    expect(() => boundServer(server)).toThrow(/\(headersTimeout 10000, expected 15000; requestTimeout 10000, expected/)
    expect(() => boundServer(server, { requestTimeoutMs: 10_000 })).not.toThrow()
  })

  // As the examples' comments advise ("give serverTimeoutOptions and boundServer the same
  // options, e.g. { maxConnections: 4096 }"): a limit alone, written as a literal, compiles for both.
  it('takes one object of bounds for both calls, its limits left to boundServer', async () => {
    const server = createServer(serverTimeoutOptions({ maxConnections: 1 }), (_request, response) => response.end('ok'))
    const bounds = { maxConnections: 1, requestTimeoutMs: 10_000 }
    expect(serverTimeoutOptions(bounds)).toEqual(serverTimeoutOptions({ requestTimeoutMs: 10_000 }))
    boundServer(server, { maxConnections: 1 })
    const { url } = await servers.listen(server)
    const answer = await writeUntilServerCloses(url, 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 200 /)
  })

  it('refuses a writeTimeoutMs a timer cannot hold, as boundStalledAnswers does', () => {
    const server = createServer(serverTimeoutOptions())
    expect(() => boundServer(server, { writeTimeoutMs: 0 })).toThrow(/writeTimeoutMs must be a whole number/)
    expect(server.listenerCount('checkContinue')).toBe(0)
  })
})
