import { createServer, type IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { readBodyWithLimit } from '../server/read-body-with-limit.ts'
import { BadRequestTargetError } from '../server/request-url.ts'
import type { ServerRequest } from '../server/server-request.ts'
import { testServers } from '../test-support/test-servers.ts'
import { BodyAlreadyReadError, ForbiddenMethodError, toServerRequest } from './node-request.ts'
import { settleRequestBody } from './settle-request-body.ts'

const servers = testServers()

/** A node server whose requests reach `handle` as light `ServerRequest`s; it answers with the text returned. */
async function serve(handle: (request: ServerRequest) => Promise<string>): Promise<string> {
  const server = createServer(async (req, res) => {
    const { request, bodyBytesRead } = toServerRequest(req, new AbortController())
    const text = await handle(request)
    await settleRequestBody(req, res, bodyBytesRead())
    res.end(text)
  })
  return (await servers.listen(server)).url
}

const text = (result: Awaited<ReturnType<typeof readBodyWithLimit>>) =>
  result.ok ? new TextDecoder().decode(result.bytes) : result.reason

describe('toServerRequest', () => {
  it('reads method, URL and headers as a Web Request would, and the body once under the cap', async () => {
    const url = await serve(async (request) => {
      const body = text(await readBodyWithLimit(request, 100))
      const again = await readBodyWithLimit(request, 100).catch((error: Error) => error.name)
      return [request.method, new URL(request.url).pathname, request.headers.get('X-Thing'), body, again].join(' ')
    })
    const response = await fetch(`${url}/a?b=1`, { method: 'post', body: '{"a":1}', headers: { 'x-thing': 'yes' } })
    expect(await response.text()).toBe('POST /a yes {"a":1} TypeError')
  })

  it('refuses a body over the cap and keeps the connection usable', async () => {
    const url = await serve(async (request) => text(await readBodyWithLimit(request, 10)))
    expect(await (await fetch(url, { method: 'POST', body: 'x'.repeat(5000) })).text()).toBe('too_large')
    expect(await (await fetch(url, { method: 'POST', body: 'short' })).text()).toBe('short')
    expect(await (await fetch(url)).text()).toBe('')
  })

  it('refuses what toWebRequest refuses: TRACE, a bad Host, a body a parser read', () => {
    const make = (req: Partial<IncomingMessage>) => () =>
      toServerRequest({ headers: {}, url: '/', ...req } as IncomingMessage, new AbortController())
    expect(make({ method: 'TRACE' })).toThrow(ForbiddenMethodError)
    expect(make({ method: 'GET', headers: { host: 'a@evil.example' } })).toThrow(BadRequestTargetError)
    expect(make({ method: 'POST', readableEnded: true } as Partial<IncomingMessage>)).toThrow(BodyAlreadyReadError)
  })

  it('takes the origin from the Host header, never from the target', () => {
    const { request } = toServerRequest(
      { method: 'GET', headers: { host: 'ours.test' }, url: '//evil.example/x' } as IncomingMessage,
      new AbortController(),
    )
    expect(request.url).toBe('http://ours.test//evil.example/x')
    expect(new URL(request.url).origin).toBe('http://ours.test')
  })

  it('joins a repeated header as Headers does and answers null for a missing one', () => {
    const { request } = toServerRequest(
      { method: 'GET', headers: { host: 'h.test', 'x-list': ['a', 'b'] }, url: '/' } as unknown as IncomingMessage,
      new AbortController(),
    )
    expect(request.headers.get('X-List')).toBe('a, b')
    expect(request.headers.get('x-missing')).toBeNull()
  })
})
