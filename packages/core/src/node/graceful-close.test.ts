import { once } from 'node:events'
import { createServer, type Server, type ServerResponse } from 'node:http'
import { connect, type Socket } from 'node:net'
import { answersIn, rawClient } from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'
import { answerClientErrors } from './answer-client-errors.ts'
import { type CloseGracefully, gracefulClose, type LastWord } from './graceful-close.ts'
import { inTurnPerConnection } from './in-turn-per-connection.ts'

let close: CloseGracefully | undefined
afterEach(async () => {
  await close?.(0)
  close = undefined
})

/** A server that holds every request until `release()`, with a graceful close wired. */
async function startHolding(lastWord?: LastWord) {
  const held: ServerResponse[] = []
  const handled: (string | undefined)[] = []
  const server: Server = createServer(
    { keepAliveTimeout: 60_000 },
    inTurnPerConnection((request, response) => {
      held.push(response)
      handled.push(request.url)
      server.emit('held', request.url)
    }),
  )
  close = gracefulClose(server, lastWord)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  const release = () => {
    for (const response of held.splice(0)) response.end('done')
  }
  return { server, url: `http://127.0.0.1:${port}`, close, release, handled }
}

const GET = (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`

describe('gracefulClose', () => {
  it('lets a request in flight finish, its answer saying Connection: close, and closes idle connections at once', async () => {
    const { server, url, close, release } = await startHolding()
    const waiting = rawClient(url, GET('/held'))
    await once(server, 'held')
    const idle = rawClient(url)
    await once(idle.socket, 'connect')
    const closing = close(60_000)
    await idle.closed
    release()
    await Promise.all([waiting.closed, closing])
    expect(waiting.received()).toMatch(/^HTTP\/1\.1 200 [\s\S]*\r\nConnection: close\r\n[\s\S]*done$/)
  })

  it('closes a connection whose answer was already under way once that answer ends', async () => {
    // Its head went out kept-alive (a file from the static folder, a slow stream); neither the
    // keep-alive timeout nor the grace may be what closes it.
    let underWay: ServerResponse | undefined
    const server = createServer({ keepAliveTimeout: 60_000 }, (_request, response) => {
      response.writeHead(200, { 'Content-Length': '4' }).write('ab')
      underWay = response
    })
    close = gracefulClose(server)
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as { port: number }
    const reading = rawClient(`http://127.0.0.1:${port}`, GET('/'))
    while (underWay === undefined) await once(server, 'request')
    const closing = close(60_000)
    underWay.end('cd')
    await Promise.all([reading.closed, closing])
    expect(reading.received()).toMatch(/^HTTP\/1\.1 200 [\s\S]*\r\n\r\nabcd$/)
  })

  it('closed again with no grace (a second signal), gives each request its last word in turn, the last saying Connection: close', async () => {
    const { server, url, close, handled } = await startHolding((request, response) => {
      const text = `stopped ${request.url}`
      response.writeHead(503, { 'Content-Type': 'text/plain', 'Content-Length': text.length }).end(text)
    })
    // Pipelined: the second waits its turn behind the first, which is held.
    const waiting = rawClient(url, GET('/first') + GET('/second'))
    await once(server, 'held')
    const first = close(60_000)
    await Promise.all([close(0), first, waiting.closed])
    const [held, queued, more] = answersIn(waiting.received())
    expect(held).toMatch(/^HTTP\/1\.1 503 [\s\S]*stopped \/first$/)
    expect(held).not.toMatch(/\r\nConnection: close\r\n/i)
    expect(queued).toMatch(/^HTTP\/1\.1 503 [\s\S]*\r\nConnection: close\r\n[\s\S]*stopped \/second$/)
    expect(more).toBeUndefined()
    // Answered by its last word before its turn came, the second never reaches the handler.
    expect(handled).toEqual(['/first'])
  })

  it('gives no last word to, nor cuts, a connection whose refusal is out and lingers (a 408 to a body still arriving)', async () => {
    const told: (string | undefined)[] = []
    const server = createServer(
      { headersTimeout: 40, requestTimeout: 60, connectionsCheckingInterval: 10, keepAliveTimeout: 60_000 },
      (request, response) => request.resume().on('end', () => response.end('handled')),
    )
    close = gracefulClose(server, (request, response) => {
      told.push(request.url)
      response.writeHead(503, { 'Content-Length': '7' }).end('stopped')
    })
    answerClientErrors(server, { timeoutSettings: 't' })
    // What the server had read of the connection when it closed it.
    const readAtClose = new Promise<number>((resolve) =>
      server.once('connection', (socket: Socket) => socket.once('close', () => resolve(socket.bytesRead))),
    )
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as { port: number }
    // Half open, as a client still uploading: it reads the 408 and its end, then sends the rest.
    const uploading = connect({ port, host: '127.0.0.1', allowHalfOpen: true })
    uploading.on('error', () => {})
    let received = ''
    uploading.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
    })
    const head = 'POST /slow HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\n\r\nhi'
    uploading.write(head)
    await once(uploading, 'end')
    // The stop comes while the connection lingers after its 408.
    const closing = close(0)
    uploading.end('ho')
    await Promise.all([closing, once(uploading, 'close')])
    expect(answersIn(received)).toEqual([expect.stringMatching(/^HTTP\/1\.1 408 [\s\S]*"code":"REQUEST_TIMEOUT"/)])
    expect(told).toEqual([])
    // Read to its end, not cut: a reset may erase the 408 before the client reads it.
    expect(await readAtClose).toBe(head.length + 2)
  })

  describe('with a refusal of an Expect in flight (417, its body being drained)', () => {
    // answerClientErrors answers an Expect other than 100-continue once the body is drained; node
    // emits no request event for it.
    async function startRefusingExpect(lastWord?: LastWord) {
      const server = createServer({ keepAliveTimeout: 60_000 }, (_request, response) => response.end('handled'))
      close = gracefulClose(server, lastWord)
      answerClientErrors(server, { timeoutSettings: 't' })
      server.listen(0, '127.0.0.1')
      await once(server, 'listening')
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
      const client = rawClient(
        url,
        'POST /send HTTP/1.1\r\nHost: localhost\r\nExpect: x-later\r\nContent-Length: 10\r\n\r\nhello',
      )
      await once(server, 'checkExpectation')
      return { client, close }
    }

    it('lets the 417 go out once the body is in, saying Connection: close, rather than cut it', async () => {
      const { client, close } = await startRefusingExpect()
      const closing = close(60_000)
      client.socket.write('world')
      await Promise.all([client.closed, closing])
      expect(answersIn(client.received())).toEqual([
        expect.stringMatching(/^HTTP\/1\.1 417 [\s\S]*\r\nConnection: close\r\n[\s\S]*"code":"EXPECTATION_FAILED"/),
      ])
    })

    it('gives it the last word when the grace ends before the body is in', async () => {
      const { client, close } = await startRefusingExpect((_request, response) =>
        response.writeHead(503, { 'Content-Length': '7' }).end('stopped'),
      )
      await close(0)
      await client.closed
      expect(answersIn(client.received())).toEqual([expect.stringMatching(/^HTTP\/1\.1 503 [\s\S]*stopped$/)])
    })
  })
})
