import { createServer } from 'node:http'
import { writeAndSeeHowItCloses } from '@briq-interactive/test-sockets'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import { answerClientErrors } from './answer-client-errors.ts'
import { settleRequestBody } from './settle-request-body.ts'

const servers = testServers()

describe('a refusal of a request the client is still sending', () => {
  it('ends the connection without a reset, so the answer survives on any client', async () => {
    const server = createServer((_request, response) => response.end('ok'))
    answerClientErrors(server, { timeoutSettings: 't' })
    const { url } = await servers.listen(server)
    // Headers far past node's 16 KB, in one write: most of it is still coming when node refuses.
    const head = `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(512 * 1024)}\r\n\r\n`
    const seen = await writeAndSeeHowItCloses(url, head)
    expect(seen.received).toMatch(/^HTTP\/1\.1 431 [\s\S]*\r\nConnection: close\r\n[\s\S]*"code":"HEADERS_TOO_LARGE"/)
    expect(seen.resetCode).toBeUndefined()
  })

  it('still closes a client that sends on past the cap', async () => {
    const server = createServer((_request, response) => response.end('ok'))
    answerClientErrors(server, { timeoutSettings: 't' })
    const { url } = await servers.listen(server)
    const head = `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(4 * 1024 * 1024)}\r\n\r\n`
    const seen = await writeAndSeeHowItCloses(url, head)
    expect(seen.received).toMatch(/^HTTP\/1\.1 431 /)
    expect(seen.resetCode).toBeDefined()
  })
})

describe('an answer that closes a connection whose body is still coming', () => {
  // A declared length refused as too large (413) once the first of its body was read, as a
  // server reading up to its limit does, while the client is still sending that body.
  const refusingServer = () => {
    const server = createServer((request, response) => {
      request.once('data', (chunk: Buffer) => {
        request.pause()
        void settleRequestBody(request, response, chunk.byteLength, 413).then(() =>
          response.writeHead(413).end('too large'),
        )
      })
    })
    answerClientErrors(server, { timeoutSettings: 't' })
    // What the server had read of each connection when it closed.
    const readAtClose: number[] = []
    server.on('connection', (socket) => socket.once('close', () => readAtClose.push(socket.bytesRead)))
    return { server, readAtClose }
  }
  const upload = (bytes: number) =>
    `POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${bytes}\r\n\r\n${'a'.repeat(bytes)}`

  it('reads what the client sent before closing, so no reset erases the 413', async () => {
    const { server, readAtClose } = refusingServer()
    const { url } = await servers.listen(server)
    const request = upload(1000 * 1024)
    const seen = await writeAndSeeHowItCloses(url, request)
    expect(seen.received).toMatch(/^HTTP\/1\.1 413 [\s\S]*\r\nConnection: close\r\n[\s\S]*too large/)
    expect(seen.resetCode).toBeUndefined()
    // A loopback client has its whole request in the kernel's buffers before the reset comes, so
    // it sees none; closed with bytes unread, the server sends one all the same.
    await expect.poll(() => readAtClose).toEqual([request.length])
  })

  it('still closes a client that sends on past the cap', async () => {
    const { url } = await servers.listen(refusingServer().server)
    const seen = await writeAndSeeHowItCloses(url, upload(4 * 1024 * 1024))
    expect(seen.received).toMatch(/^HTTP\/1\.1 413 /)
    expect(seen.resetCode).toBeDefined()
  })
})
