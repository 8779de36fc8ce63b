import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'
import { writeUntilServerCloses } from '@briq-interactive/test-sockets'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import { inTurnPerConnection } from './in-turn-per-connection.ts'

const servers = testServers()
const listen = async (handler: RequestListener): Promise<string> => (await servers.listen(createServer(handler))).url

const pipelined = (count: number, extraHeaders = '') =>
  Array.from(
    { length: count },
    (_, i) =>
      `GET /${i} HTTP/1.1\r\nHost: localhost\r\n${extraHeaders}${i === count - 1 ? 'Connection: close\r\n' : ''}\r\n`,
  ).join('')

describe('inTurnPerConnection', () => {
  it('hands pipelined requests to the handler one at a time, each after the answer before it', async () => {
    let inFlight = 0
    const seen: number[] = []
    const url = await listen(
      inTurnPerConnection((req, res) => {
        inFlight++
        seen.push(inFlight)
        // An answer that takes a turn of the event loop, as any handler that awaits does.
        setImmediate(() => {
          inFlight--
          res.end(req.url)
        })
      }),
    )
    const received = await writeUntilServerCloses(url, pipelined(50))
    expect(seen).toEqual(Array(50).fill(1))
    const bodies = [...received.matchAll(/\r\n\r\n(\/\d+)/g)].map((match) => match[1])
    expect(bodies).toEqual(Array.from({ length: 50 }, (_, i) => `/${i}`))
  })

  it('keeps connections apart: one slow answer holds up no other connection', async () => {
    const held: (() => void)[] = []
    const url = await listen(
      inTurnPerConnection((req, res) => {
        if (req.url === '/slow') held.push(() => res.end('slow'))
        else res.end('quick')
      }),
    )
    const slow = writeUntilServerCloses(url, 'GET /slow HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')
    expect(
      await writeUntilServerCloses(url, 'GET /quick HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'),
    ).toMatch(/quick$/)
    held[0]?.()
    expect(await slow).toMatch(/slow$/)
  })

  it('reads no further than 32 waiting requests, and answers every one in order', async () => {
    // A client that pipelines without pause: node stops reading only once answers back up, and
    // answers held for their turn never do, so every request it sent was kept (24 MB of GETs
    // took 650 MB).
    let parsed = 0
    const held: (() => void)[] = []
    const server = createServer(
      inTurnPerConnection((req, res) => {
        if (req.url === '/0') held.push(() => res.end(req.url))
        else setImmediate(() => res.end(req.url))
      }),
    )
    server.on('request', () => parsed++)
    const { url } = await servers.listen(server)
    const count = 2000
    // About 250 of these fill one 64 KB read of the socket.
    const received = writeUntilServerCloses(url, pipelined(count, `X-Padding: ${'x'.repeat(200)}\r\n`))
    await new Promise((resolve) => setTimeout(resolve, 300))
    // At most what one read of the socket holds past the 32 waiting, not all 2000.
    expect(parsed).toBeLessThan(400)
    held[0]?.()
    const bodies = [...(await received).matchAll(/\r\n\r\n(\/\d+)/g)].map((match) => match[1])
    expect(bodies).toEqual(Array.from({ length: count }, (_, i) => `/${i}`))
    expect(parsed).toBe(count)
  })

  it('stays held past 32 waiting when an answer drains the socket', async () => {
    // An answer larger than the socket's buffer drains later, and node's own drain handler
    // resumes a paused connection: the hold must be taken again, not left to read every request.
    let parsed = 0
    const held: (() => void)[] = []
    const server = createServer(
      inTurnPerConnection((req, res) => {
        if (req.url === '/0') res.end('x'.repeat(1024 * 1024))
        else if (req.url === '/1') held.push(() => res.end(req.url))
        else setImmediate(() => res.end(req.url))
      }),
    )
    server.on('request', () => parsed++)
    const { url } = await servers.listen(server)
    const count = 2000
    const received = writeUntilServerCloses(url, pipelined(count, `X-Padding: ${'x'.repeat(200)}\r\n`))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(parsed).toBeLessThan(400)
    held[0]?.()
    const bodies = [...(await received).matchAll(/\r\n\r\n(\/\d+)/g)].map((match) => match[1])
    expect(bodies).toEqual(Array.from({ length: count - 1 }, (_, i) => `/${i + 1}`))
    expect(parsed).toBe(count)
  })

  it("holds only node:http's own connections: a socket without its parser is never paused", () => {
    // An HTTP/2 compatibility socket has no parser and throws on pause().
    const socket = {
      destroyed: false,
      pause: () => {
        throw new Error('HTTP/2 sockets should not be directly manipulated')
      },
    }
    const handler = inTurnPerConnection(() => {})
    const req = { socket } as unknown as IncomingMessage
    const res = { once: () => res } as unknown as ServerResponse
    expect(() => {
      for (let i = 0; i < 40; i++) handler(req, res)
    }).not.toThrow()
  })

  it('drops what waits on a connection that has gone, and serves the next connection', async () => {
    let handled = 0
    const url = await listen(
      inTurnPerConnection((_req, res) => {
        handled++
        res.destroy()
      }),
    )
    await writeUntilServerCloses(url, pipelined(20))
    expect(handled).toBe(1)
    await writeUntilServerCloses(url, pipelined(1))
    expect(handled).toBe(2)
  })
})
