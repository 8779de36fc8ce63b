import { createServer } from 'node:http'
import { writeAndSeeHowItCloses } from '@briq-interactive/test-sockets'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import { answerClientErrors } from './answer-client-errors.ts'

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
