import { once } from 'node:events'
import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_API_KEY } from '../options.ts'
import { type MockHttpServer, startMockHttpServer } from './create-http-server.ts'

/** A raw client holding a connection; `closed` settles when the server lets it go. */
function hold(port: number, write?: string): { socket: Socket; closed: Promise<unknown> } {
  const socket = connect(port, '127.0.0.1')
  socket.on('error', () => {})
  socket.resume()
  if (write !== undefined) socket.write(write)
  return { socket, closed: once(socket, 'close') }
}

async function holding(running: MockHttpServer, count: number): Promise<void> {
  for (;;) {
    const open = await new Promise<number>((resolve) => running.server.getConnections((_error, n) => resolve(n)))
    if (open === count) return
    await new Promise((resolve) => setImmediate(resolve))
  }
}

describe('briq-mock under many idle or slow connections', () => {
  let running: MockHttpServer | undefined
  afterEach(async () => {
    await running?.close()
    running = undefined
  })

  it('holds 1024 connections, 1000 requests on each and node’s 5 s keep-alive by default', async () => {
    running = await startMockHttpServer({ port: 0 })
    const { maxConnections, maxRequestsPerSocket, keepAliveTimeout } = running.server
    expect({ maxConnections, maxRequestsPerSocket, keepAliveTimeout }).toEqual({
      maxConnections: 1024,
      maxRequestsPerSocket: 1000,
      keepAliveTimeout: 5000,
    })
  })

  it('refuses a connection past maxConnections, closes those holding sockets idle, and serves the next', async () => {
    // Deadlines far past the test's: only the cap can free the sockets.
    running = await startMockHttpServer({
      port: 0,
      maxConnections: 3,
      headersTimeoutMs: 600_000,
      requestTimeoutMs: 600_000,
      keepAliveTimeoutMs: 600_000,
    })
    const silent = hold(running.port)
    const dribbling = hold(running.port, 'GET /__mock/state HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a')
    const kept = hold(running.port, 'GET /__mock/state HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    await holding(running, 3)
    await hold(running.port).closed
    await Promise.all([silent.closed, dribbling.closed, kept.closed])
    const answer = await fetch(`${running.url}/v1/whatsapp/senders`, { headers: { 'X-API-Key': DEFAULT_API_KEY } })
    expect(answer.status).toBe(200)
  })

  it('takes keepAliveTimeoutMs, maxConnections and maxRequestsPerSocket, and refuses them out of range', async () => {
    running = await startMockHttpServer({
      port: 0,
      keepAliveTimeoutMs: 65_000,
      maxConnections: 64,
      maxRequestsPerSocket: 10,
    })
    const { maxConnections, maxRequestsPerSocket, keepAliveTimeout } = running.server
    expect({ maxConnections, maxRequestsPerSocket, keepAliveTimeout }).toEqual({
      maxConnections: 64,
      maxRequestsPerSocket: 10,
      keepAliveTimeout: 65_000,
    })
    await expect(startMockHttpServer({ port: 0, maxConnections: 0 })).rejects.toThrow(
      'maxConnections must be a whole number from 1 to 1000000; got 0.',
    )
    await expect(startMockHttpServer({ port: 0, keepAliveTimeoutMs: 10 })).rejects.toThrow(
      'keepAliveTimeoutMs must be a whole number of milliseconds from 1000 to 3600000; got 10.',
    )
    await expect(startMockHttpServer({ port: 0, maxConections: 5 } as never)).rejects.toThrow(/maxConnections/)
  })
})
