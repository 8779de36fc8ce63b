import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, serverTimeoutOptions } from './server-timeouts.ts'

// Past the deadline node answers 408 and closes. Should a dripped byte cross that close, the
// server's side answers it with a reset, which can discard the 408 before it is read: then the
// connection closes with nothing read. Either way the client is cut off.
const CUT_OFF = /^(HTTP\/1\.1 408 Request Timeout\r\n[\s\S]*)?$/

/**
 * Writes `head`, then one more `drip` byte every few ms, until the server closes the socket; returns what it said.
 * The fixtures package has the same helper for the servers; it depends on core, so core keeps its own.
 */
async function dripRequestUntilClosed(port: number, head: string, drip = 'x'): Promise<string> {
  const socket = connect(port, '127.0.0.1')
  socket.on('error', () => {})
  await once(socket, 'connect')
  let received = ''
  socket.write(head)
  const dripping = setInterval(() => {
    if (socket.writable) socket.write(drip)
  }, 10)
  socket.on('data', (chunk: Buffer) => {
    clearInterval(dripping)
    received += chunk.toString('latin1')
  })
  await new Promise((resolve) => socket.once('close', resolve))
  clearInterval(dripping)
  return received
}

describe('serverTimeoutOptions', () => {
  it('bounds a request far below node’s defaults (60 s for headers, 300 s in all)', () => {
    expect(DEFAULT_HEADERS_TIMEOUT_MS).toBe(15_000)
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(30_000)
    expect(serverTimeoutOptions()).toEqual({
      headersTimeout: 15_000,
      requestTimeout: 30_000,
      connectionsCheckingInterval: 1_000,
    })
  })

  it('never lets the headers outlast the whole request (node refuses that pair)', () => {
    expect(serverTimeoutOptions({ requestTimeoutMs: 5_000 })).toMatchObject({
      headersTimeout: 5_000,
      requestTimeout: 5_000,
    })
    expect(() => createServer(serverTimeoutOptions({ headersTimeoutMs: 40, requestTimeoutMs: 20 }))).not.toThrow()
  })

  it.each([
    [{ headersTimeoutMs: 0 }, /headersTimeoutMs must be a whole number of milliseconds from 1 to 2147483647; got 0/],
    [{ requestTimeoutMs: 1.5 }, /requestTimeoutMs must be a whole number of milliseconds/],
    [{ requestTimeoutMs: 2 ** 31 }, /requestTimeoutMs must be .* to 2147483647/],
    [{ headersTimeoutMs: Number.NaN }, /headersTimeoutMs must be/],
  ])('refuses %j', (timeouts, message) => {
    expect(() => serverTimeoutOptions(timeouts)).toThrow(message)
  })
})

describe('a server created with them', () => {
  let server: Server | undefined
  afterEach(() => {
    server?.closeAllConnections()
    server?.close()
  })

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<number> {
    server = createServer(serverTimeoutOptions({ headersTimeoutMs: 50, requestTimeoutMs: 100 }), handler)
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    return (server.address() as AddressInfo).port
  }

  it('answers a body sent a byte at a time with 408 (or a close) once the request timeout passes', async () => {
    let served = false
    const port = await listen((req, res) => {
      req.resume()
      req.on('end', () => {
        served = true
        res.end('read it all')
      })
      req.on('error', () => {})
    })
    const answer = await dripRequestUntilClosed(
      port,
      'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000\r\n\r\n',
    )
    expect(answer).toMatch(CUT_OFF)
    expect(served).toBe(false)
  })

  it('answers headers sent a byte at a time with 408 (or a close) too', async () => {
    let served = false
    const port = await listen((_req, res) => {
      served = true
      res.end('served')
    })
    const answer = await dripRequestUntilClosed(port, 'GET / HTTP/1.1\r\nHost: localhost\r\n', 'X')
    expect(answer).toMatch(CUT_OFF)
    expect(served).toBe(false)
  })
})
