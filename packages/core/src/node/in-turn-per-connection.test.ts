import { createServer, type RequestListener } from 'node:http'
import { writeUntilServerCloses } from '@briq-interactive/test-sockets'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import { inTurnPerConnection } from './in-turn-per-connection.ts'

const servers = testServers()
const listen = async (handler: RequestListener): Promise<string> => (await servers.listen(createServer(handler))).url

const pipelined = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `GET /${i} HTTP/1.1\r\nHost: localhost\r\n${i === count - 1 ? 'Connection: close\r\n' : ''}\r\n`,
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
