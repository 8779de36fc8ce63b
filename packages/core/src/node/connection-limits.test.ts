import { once } from 'node:events'
import { createServer, type RequestListener, type Server } from 'node:http'
import { type RawClient, rawClient, writeUntilServerCloses } from '@briq-interactive/test-sockets'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import { answerClientErrors } from './answer-client-errors.ts'
import { boundServer } from './bound-server.ts'
import {
  connectionLimits,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_REQUESTS_PER_SOCKET,
  droppedConnectionsNotice,
  limitConnections,
} from './connection-limits.ts'
import { serverTimeoutOptions } from './server-timeouts.ts'

const servers = testServers()

/** A raw client on the loopback port, recording what it receives and when it is closed. */
const client = (port: number, write?: string): RawClient => rawClient(`http://127.0.0.1:${port}`, write)

/** Resolves once the server holds `count` connections. */
async function holding(server: Server, count: number): Promise<void> {
  for (;;) {
    const open = await new Promise<number>((resolve) => server.getConnections((_error, n) => resolve(n)))
    if (open === count) return
    await new Promise((resolve) => setImmediate(resolve))
  }
}

async function bounded(handler: RequestListener, limits: Parameters<typeof boundServer>[1]) {
  const server = createServer(serverTimeoutOptions(limits), handler)
  boundServer(server, limits)
  const { port, url } = await servers.listen(server)
  return { server, port, url }
}

describe('limitConnections (through boundServer)', () => {
  it('holds 1024 connections and 1000 requests on each by default (node: no limit)', async () => {
    expect(DEFAULT_MAX_CONNECTIONS).toBe(1024)
    expect(DEFAULT_MAX_REQUESTS_PER_SOCKET).toBe(1000)
    const { server } = await bounded((_req, res) => res.end(), {})
    expect([server.maxConnections, server.maxRequestsPerSocket]).toEqual([1024, 1000])
  })

  it('refuses a connection past maxConnections and closes the idle ones, so the next gets in', async () => {
    // Deadlines past the test's own, so only the sweep can close the three.
    const limits = { maxConnections: 3, headersTimeoutMs: 60_000, requestTimeoutMs: 60_000 }
    const { server, port } = await bounded((_req, res) => res.end('served'), limits)
    // A client that says nothing, one dribbling its head, one kept alive after its answer.
    const silent = client(port)
    const dribbling = client(port, 'GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ')
    const kept = client(port, 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n')
    await holding(server, 3)
    const refused = client(port)
    await Promise.all([refused.closed, silent.closed, dribbling.closed, kept.closed])
    expect(refused.received()).toBe('')
    expect(kept.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*served$/)
    const answer = await writeUntilServerCloses(
      `http://127.0.0.1:${port}`,
      'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    )
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*served$/)
  })

  it('never cuts a request being answered when full', async () => {
    let release = () => {}
    const answering = new Promise<void>((resolve) => {
      release = resolve
    })
    const { server, port } = await bounded(
      (_req, res) => {
        void answering.then(() => res.end('late answer'))
      },
      { maxConnections: 1 },
    )
    const busy = client(port, 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')
    await holding(server, 1)
    const refused = client(port)
    await refused.closed
    // The sweep runs in the turn after the refusal: let it pass, then answer.
    await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setImmediate(resolve))
    release()
    await busy.closed
    expect(busy.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*late answer$/)
  })

  it('never cuts a request whose Expect is refused while its body is drained (417) when full', async () => {
    const { server, port } = await bounded((_req, res) => res.end('handled'), { maxConnections: 1 })
    answerClientErrors(server, { timeoutSettings: 't' })
    const refusing = client(
      port,
      'POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nExpect: x-later\r\nContent-Length: 10\r\n\r\nhello',
    )
    await once(server, 'checkExpectation')
    const refused = client(port)
    await refused.closed
    // The sweep runs in the turn after the refusal: let it pass, then send the rest of the body.
    await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setImmediate(resolve))
    refusing.socket.write('world')
    await refusing.closed
    expect(refusing.received()).toMatch(/^HTTP\/1\.1 417 [\s\S]*"code":"EXPECTATION_FAILED"/)
  })

  it('closes a kept-alive connection after maxRequestsPerSocket requests', async () => {
    const { port } = await bounded((_req, res) => res.end('ok'), { maxRequestsPerSocket: 2 })
    const get = 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'
    const pipelined = client(port, get.repeat(3))
    // Node says close on the last answer and leaves the closing to the client, as HTTP asks.
    while (!/HTTP\/1\.1 503 [\s\S]*\r\n0\r\n\r\n$/.test(pipelined.received())) await once(pipelined.socket, 'data')
    const heads = pipelined.received().split('HTTP/1.1 ').slice(1)
    expect(heads[0]).toMatch(/^200 [\s\S]*Connection: keep-alive/i)
    expect(heads[1]).toMatch(/^200 [\s\S]*Connection: close/i)
    // The one pipelined past the cap is refused, never served on the closing connection.
    expect(heads).toHaveLength(3)
    expect(heads[2]).toMatch(/^503 /)
  })

  it.each([
    [{ maxConnections: 0 }, 'maxConnections must be a whole number from 1 to 1000000; got 0.'],
    [{ maxConnections: 1.5 }, 'maxConnections must be a whole number from 1 to 1000000; got 1.5.'],
    [{ maxRequestsPerSocket: -1 }, 'maxRequestsPerSocket must be a whole number from 1 to 1000000; got -1.'],
    [{ maxRequestsPerSocket: Number.POSITIVE_INFINITY }, 'maxRequestsPerSocket must be a whole number'],
  ])('refuses %j, wiring nothing', (limits, message) => {
    expect(() => connectionLimits(limits)).toThrow(message)
    const server = createServer(serverTimeoutOptions())
    expect(() => boundServer(server, limits)).toThrow(message)
    expect(server.listenerCount('request')).toBe(0)
    expect(server.listenerCount('drop')).toBe(0)
  })
})

describe('droppedConnectionsNotice', () => {
  it('says the server is full once, naming the setting, then sums up later refusals', async () => {
    const server = createServer((_req, res) => res.end())
    limitConnections(server, { maxConnections: 1 })
    const lines: string[] = []
    droppedConnectionsNotice(server, (line) => lines.push(line), '--max-connections')
    const { port } = await servers.listen(server)
    const held = client(port, 'GET / HTTP/1.1\r\nHost: localhost\r\n')
    await holding(server, 1)
    await client(port).closed
    expect(lines).toEqual([
      '1 connections are open, the most --max-connections allows: refused 1 new one (idle ones are closed to make room)',
    ])
    held.socket.destroy()
  })
})
