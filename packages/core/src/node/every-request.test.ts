import { once } from 'node:events'
import { createServer } from 'node:http'
import { answersIn, rawClient } from '@briq-interactive/test-sockets'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import { onEveryRequest } from './every-request.ts'

const servers = testServers()

describe('onEveryRequest', () => {
  it("sees each request once, node's own 417 and 503 among them, and leaves those answers node's", async () => {
    const server = createServer((request, response) => response.end(request.url))
    server.maxRequestsPerSocket = 2
    const seen: string[] = []
    const answered: string[] = []
    onEveryRequest(server, (request, response) => {
      seen.push(request.url ?? '')
      response.once('finish', () => answered.push(`${response.statusCode} ${request.url}`))
    })
    const { url } = await servers.listen(server)
    const client = rawClient(
      url,
      'GET /a HTTP/1.1\r\nHost: localhost\r\n\r\n' +
        'GET /expects HTTP/1.1\r\nHost: localhost\r\nExpect: x-later\r\n\r\n' +
        'GET /past-the-cap HTTP/1.1\r\nHost: localhost\r\n\r\n',
    )
    // Node says close on the 503 and leaves the closing to the client.
    while (!/HTTP\/1\.1 503 [\s\S]*\r\n0\r\n\r\n$/.test(client.received())) await once(client.socket, 'data')
    client.socket.destroy()
    // No checkExpectation listener was added: node still answers the 417 itself.
    expect(server.listenerCount('checkExpectation')).toBe(0)
    expect(answersIn(client.received()).map((answer) => answer.split('\r\n')[0])).toEqual([
      'HTTP/1.1 200 OK',
      'HTTP/1.1 417 Expectation Failed',
      'HTTP/1.1 503 Service Unavailable',
    ])
    expect(seen).toEqual(['/a', '/expects', '/past-the-cap'])
    expect(answered.sort()).toEqual(['200 /a', '417 /expects', '503 /past-the-cap'])
  })

  it('calls each listener of each server, and only for its own', async () => {
    const one = createServer((_request, response) => response.end())
    const other = createServer((_request, response) => response.end())
    const seen: string[] = []
    onEveryRequest(one, () => seen.push('one, first'))
    onEveryRequest(one, () => seen.push('one, second'))
    onEveryRequest(other, () => seen.push('other'))
    const { url } = await servers.listen(one)
    await servers.listen(other)
    const response = await fetch(url)
    await response.arrayBuffer()
    expect(seen).toEqual(['one, first', 'one, second'])
  })
})
