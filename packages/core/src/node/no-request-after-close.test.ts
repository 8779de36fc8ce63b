import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import { answerClientErrors } from './answer-client-errors.ts'

const servers = testServers()

/**
 * A server wired with `answerClientErrors` whose handler answers each request once its body is in
 * (with `answer`), and the requests that reached it; `deadlines` passing within a few dozen ms.
 */
async function recordingServer(answer: (response: ServerResponse) => void, deadlines = {}) {
  const handled: string[] = []
  const server = createServer(deadlines, (request: IncomingMessage, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('latin1')
    })
    request.on('end', () => {
      handled.push(`${request.method} ${request.url} ${body}`)
      answer(response)
    })
  })
  answerClientErrors(server, { timeoutSettings: 't' })
  // Once the server has closed a connection, it has read all it ever will of it.
  const closed: Promise<unknown>[] = []
  const readAtClose: number[] = []
  server.on('connection', (socket) => {
    closed.push(once(socket, 'close'))
    socket.once('close', () => readAtClose.push(socket.bytesRead))
  })
  const { port } = await servers.listen(server)
  return { port, handled, readAtClose, allClosed: () => Promise.all(closed) }
}

/**
 * Writes `first`, waits until the server has answered and closed its side, then writes `more`
 * (what a client sent before it read the answer: a request pipelined behind it, or the rest of
 * one too slow for a deadline) and ends its own; returns what it received.
 */
async function sendMoreAfterTheAnswer(port: number, first: string, more: string): Promise<string> {
  const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true })
  socket.on('error', () => {})
  let received = ''
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1')
  })
  const closed = once(socket, 'close')
  socket.write(first)
  await Promise.race([once(socket, 'end'), closed])
  if (socket.writable) socket.end(more)
  await closed
  return received
}

// RFC 9112, "Tear-down": a server MUST NOT process any further requests on a connection once it
// has sent a response saying "close".
describe('a connection closing after an answer', () => {
  it('never handles a request pipelined behind an answer saying Connection: close', async () => {
    const { port, handled, allClosed } = await recordingServer((response) =>
      response.setHeader('Connection', 'close').end('handled'),
    )
    const received = await sendMoreAfterTheAnswer(
      port,
      'POST /first HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\nhi',
      'POST /second HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\nho',
    )
    expect(received).toMatch(/^HTTP\/1\.1 200 [\s\S]*\r\nConnection: close\r\n[\s\S]*handled$/)
    await allClosed()
    expect(handled).toEqual(['POST /first hi'])
  })

  const impatient = { headersTimeout: 40, requestTimeout: 60, connectionsCheckingInterval: 10 }

  it('never handles a request refused 408 whose head comes whole after the answer', async () => {
    const { port, handled, allClosed } = await recordingServer((response) => response.end('handled'), impatient)
    const received = await sendMoreAfterTheAnswer(
      port,
      'POST /send HTTP/1.1\r\nHost: localhost\r\n',
      'Content-Length: 2\r\n\r\nhi',
    )
    expect(received).toMatch(/^HTTP\/1\.1 408 [\s\S]*"code":"REQUEST_TIMEOUT"/)
    await allClosed()
    expect(handled).toEqual([])
  })

  it('never handles a request refused 408 whose body comes whole after the answer, read before the close', async () => {
    const { port, handled, readAtClose, allClosed } = await recordingServer(
      (response) => response.end('handled'),
      impatient,
    )
    const head = 'POST /send HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\n\r\nhi'
    const received = await sendMoreAfterTheAnswer(port, head, 'ho')
    expect(received).toMatch(/^HTTP\/1\.1 408 [\s\S]*"code":"REQUEST_TIMEOUT"/)
    await allClosed()
    expect(handled).toEqual([])
    // The rest of the body was read and dropped, as after any refusal: closed with it unread, the
    // connection would send a reset, which may erase the 408 before the client reads it.
    expect(readAtClose).toEqual([head.length + 2])
  })
})
