import { createServer, type RequestListener } from 'node:http'
import { connect, type Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import {
  boundStalledAnswers,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_WRITE_TIMEOUT_MS,
  serverTimeoutOptions,
} from './server-timeouts.ts'

describe('serverTimeoutOptions', () => {
  it('bounds a request far below node’s defaults (60 s for headers, 300 s in all)', () => {
    expect(DEFAULT_HEADERS_TIMEOUT_MS).toBe(15_000)
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(30_000)
    expect(serverTimeoutOptions()).toEqual({
      headersTimeout: 15_000,
      requestTimeout: 30_000,
      connectionsCheckingInterval: 1_000,
      keepAliveTimeout: 5_000,
    })
  })

  it('keeps an idle connection keepAliveTimeoutMs, from 1 s to 1 hour', () => {
    expect(serverTimeoutOptions({ keepAliveTimeoutMs: 65_000 }).keepAliveTimeout).toBe(65_000)
    for (const keepAliveTimeoutMs of [999, 3_600_001, 1_500.5]) {
      expect(() => serverTimeoutOptions({ keepAliveTimeoutMs })).toThrow(
        new TypeError(
          `keepAliveTimeoutMs must be a whole number of milliseconds from 1000 to 3600000; got ${keepAliveTimeoutMs}.`,
        ),
      )
    }
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

describe('boundStalledAnswers', () => {
  const servers = testServers()

  // A real server on a real socket, with a deadline of a few tens of milliseconds.
  async function start(handler: RequestListener, writeTimeoutMs: number, connection = 'close') {
    const server = createServer(serverTimeoutOptions(), handler)
    // Only the keep-alive test keeps its connection open after an answer.
    server.keepAliveTimeout = 20
    server.keepAliveTimeoutBuffer = 0
    boundStalledAnswers(server, { writeTimeoutMs })
    const { port } = await servers.listen(server)
    const serverSocket = new Promise<Socket>((resolve) => server.once('connection', resolve))
    const client = connect(port, '127.0.0.1')
    client.write(`GET / HTTP/1.1\r\nHost: localhost\r\nConnection: ${connection}\r\n\r\n`)
    return { client, serverSocket: await serverSocket }
  }
  const closed = (socket: Socket) =>
    new Promise<void>((resolve) => (socket.closed ? resolve() : socket.once('close', () => resolve())))
  const readAll = (socket: Socket) =>
    new Promise<string>((resolve) => {
      let text = ''
      socket.setEncoding('latin1')
      socket.on('data', (chunk: string) => {
        text += chunk
      })
      socket.on('error', () => {})
      socket.once('close', () => resolve(text))
      socket.resume()
    })

  it('waits 30 s by default for a client that takes none of an answer, else writeTimeoutMs', async () => {
    expect(DEFAULT_WRITE_TIMEOUT_MS).toBe(30_000)
    // The answer's socket deadline, read once the server's listeners have all seen the request.
    const armed = async (timeouts?: { writeTimeoutMs: number }) => {
      const server = createServer((request, response) => {
        setImmediate(() => response.end(String(request.socket.timeout)))
      })
      boundStalledAnswers(server, timeouts)
      const client = connect((await servers.listen(server)).port, '127.0.0.1')
      client.write('GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')
      const received = await readAll(client)
      server.close()
      return received.slice(received.indexOf('\r\n\r\n') + 4)
    }
    expect(await armed()).toBe(String(DEFAULT_WRITE_TIMEOUT_MS))
    expect(await armed({ writeTimeoutMs: 1_234 })).toBe('1234')
  })

  it('closes the connection of a client that stops reading a large answer', async () => {
    // Far more than the two kernels' socket buffers hold, so most of it waits in node.
    const size = 64 * 1024 * 1024
    const { client, serverSocket } = await start((_request, response) => {
      response.writeHead(200, { 'content-length': String(size) })
      response.end(Buffer.alloc(size, 0x61))
    }, 50)
    client.pause()
    await closed(serverSocket)
    const received = await readAll(client)
    expect(received.startsWith('HTTP/1.1 200 OK')).toBe(true)
    expect(received.length).toBeLessThan(size)
  })

  it('never cuts off a handler that takes longer than the deadline to answer', async () => {
    const { client } = await start((_request, response) => {
      setTimeout(() => response.end('late but whole'), 200)
    }, 20)
    const received = await readAll(client)
    expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nlate but whole$/)
  })

  it('leaves a connection idle between requests to node’s keep-alive timeout', async () => {
    const { client, serverSocket } = await start((_request, response) => response.end('ok'), 60_000, 'keep-alive')
    const received = readAll(client)
    await closed(serverSocket)
    expect(await received).toMatch(/\r\n\r\nok$/)
  })

  it.each([0, 1.5, 2 ** 31])('refuses writeTimeoutMs %s', (writeTimeoutMs) => {
    expect(() => boundStalledAnswers(createServer(), { writeTimeoutMs })).toThrow(
      /writeTimeoutMs must be a whole number of milliseconds from 1 to 2147483647/,
    )
  })
})
