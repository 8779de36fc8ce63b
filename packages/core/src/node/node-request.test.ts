import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { MAX_DRAIN_BYTES } from '../server/read-body-with-limit.ts'
import { BadRequestTargetError } from '../server/request-url.ts'
import { testServers } from '../test-support/test-servers.ts'
import { ForbiddenMethodError, missingHostError, toServerRequest, toWebRequest } from './node-request.ts'
import { settleRequestBody } from './settle-request-body.ts'
import { writeResponse } from './write-response.ts'

const servers = testServers()

/** A node server whose requests go through the adapter to `handle`, as the proxy and the mock serve. */
async function serve(
  handle: (request: Request) => Promise<Response>,
  prepare?: (req: IncomingMessage) => Promise<void>,
): Promise<string> {
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    await prepare?.(req)
    const disconnect = new AbortController()
    let converted: ReturnType<typeof toWebRequest>
    try {
      converted = toWebRequest(req, disconnect, { fallbackHost: 'fallback.test' })
    } catch (error) {
      await settleRequestBody(req, res, 0)
      return writeResponse(new Response((error as Error).name, { status: 400 }), res)
    }
    const response = await handle(converted.request)
    await settleRequestBody(req, res, converted.bodyBytesRead())
    await writeResponse(response, res, { 'x-extra': 'yes' })
  })
  return (await servers.listen(server)).url
}

describe('toWebRequest and writeResponse', () => {
  it('streams the body as the handler reads it and writes the answer back with extra headers', async () => {
    const url = await serve(async (request) => new Response(`${request.method} ${await request.text()}`))
    const response = await fetch(`${url}/a?b=1`, { method: 'POST', body: '{"a":1}' })
    expect(response.headers.get('x-extra')).toBe('yes')
    expect(await response.text()).toBe('POST {"a":1}')
  })

  it('writes every header of the answer, one an upstream names __proto__ or constructor too', async () => {
    const headers = new Headers([
      ['__proto__', 'p'],
      ['constructor', 'c'],
    ])
    const url = await serve(async () => new Response('ok', { headers }))
    const response = await fetch(url)
    expect(response.headers.get('__proto__')).toBe('p')
    expect(response.headers.get('constructor')).toBe('c')
  })

  it('refuses a body a parser already read (express.json()): it is neither capped nor the bytes received', async () => {
    const url = await serve(
      async (request) => new Response(await request.text()),
      (req) =>
        new Promise((resolve) => {
          req.resume()
          req.on('end', () => {
            Object.assign(req, { body: { parsed: true } })
            resolve()
          })
        }),
    )
    const response = await fetch(url, { method: 'POST', body: '{ "parsed" : true }' })
    expect(await response.text()).toBe('BodyAlreadyReadError')
  })

  it('refuses TRACE and a Host that is not a host, before any handler', async () => {
    expect(() =>
      toWebRequest({ method: 'TRACE', headers: {}, url: '/' } as IncomingMessage, new AbortController()),
    ).toThrow(ForbiddenMethodError)
    expect(() =>
      toWebRequest(
        { method: 'GET', headers: { host: 'a@evil.example' }, url: '/' } as IncomingMessage,
        new AbortController(),
      ),
    ).toThrow(BadRequestTargetError)
  })

  it('refuses a request with two Host lines: node keeps the first, a proxy in front may read the last', () => {
    const twoHosts = {
      method: 'GET',
      headers: { host: 'ours.test' },
      rawHeaders: ['Host', 'ours.test', 'X-A', '1', 'host', 'evil.example'],
      url: '/',
    } as unknown as IncomingMessage
    expect(() => toWebRequest(twoHosts, new AbortController())).toThrow(BadRequestTargetError)
    expect(() => toServerRequest(twoHosts, new AbortController())).toThrow('The request has more than one Host header.')
    const oneHost = { ...twoHosts, rawHeaders: ['Host', 'ours.test', 'X-Host', 'evil.example'] } as IncomingMessage
    expect(toServerRequest(oneHost, new AbortController()).request.url).toBe('http://ours.test/')
  })

  it('refuses an HTTP/1.1 request without Host (RFC 9112), one sentence for the adapter and a server of its own', () => {
    const hostless = (major: number, minor: number, headers: Record<string, string> = {}) =>
      ({
        method: 'GET',
        headers,
        rawHeaders: [],
        url: '/',
        httpVersionMajor: major,
        httpVersionMinor: minor,
      }) as unknown as IncomingMessage
    const said = 'An HTTP/1.1 request must have a Host header.'
    expect(missingHostError(hostless(1, 1))).toEqual(new BadRequestTargetError(said))
    expect(() => toWebRequest(hostless(1, 1), new AbortController())).toThrow(said)
    expect(() => toServerRequest(hostless(1, 1), new AbortController())).toThrow(said)
    // HTTP/1.0 may omit it; one that sends it is answered.
    expect(missingHostError(hostless(1, 0))).toBeNull()
    expect(missingHostError(hostless(1, 1, { host: 'ours.test' }))).toBeNull()
  })

  it('refuses two Authorization lines: node keeps the first, a proxy in front may read the last', () => {
    const twice = {
      method: 'GET',
      headers: { host: 'ours.test', authorization: 'Bearer first' },
      rawHeaders: ['Host', 'ours.test', 'Authorization', 'Bearer first', 'authorization', 'Bearer second'],
      url: '/',
    } as unknown as IncomingMessage
    expect(() => toWebRequest(twice, new AbortController())).toThrow(
      new BadRequestTargetError('The request has more than one Authorization header.'),
    )
    expect(() => toServerRequest(twice, new AbortController())).toThrow(
      'The request has more than one Authorization header.',
    )
    const once = { ...twice, rawHeaders: ['Host', 'ours.test', 'Authorization', 'Bearer first'] } as IncomingMessage
    expect(toServerRequest(once, new AbortController()).request.headers.get('authorization')).toBe('Bearer first')
  })

  it('takes the origin from the Host header (or the fallback), never from the target', () => {
    const { request } = toWebRequest(
      { method: 'GET', headers: { host: 'ours.test' }, url: '//evil.example/x' } as IncomingMessage,
      new AbortController(),
    )
    expect(request.url).toBe('http://ours.test//evil.example/x')
    const hostless = toWebRequest({ method: 'GET', headers: {}, url: '/y' } as IncomingMessage, new AbortController(), {
      fallbackHost: 'fallback.test:4010',
    })
    expect(hostless.request.url).toBe('http://fallback.test:4010/y')
  })
})

describe('settleRequestBody', () => {
  const refuse = async () => new Response('refused', { status: 413 })
  const bigBody = (bytes: number) => ({ method: 'POST', body: 'x'.repeat(bytes) })

  it('drains a small unread body, so the keep-alive connection serves the next request', async () => {
    const url = await serve(refuse)
    const refused = await fetch(url, bigBody(10_000))
    expect(refused.headers.get('connection')).not.toBe('close')
    await refused.text()
    expect((await fetch(url)).status).toBe(413)
  })

  it('answers Connection: close rather than read a remainder over MAX_DRAIN_BYTES', async () => {
    const url = await serve(refuse)
    const refused = await fetch(url, bigBody(2 * MAX_DRAIN_BYTES))
    expect(refused.headers.get('connection')).toBe('close')
    await refused.text()
    expect((await fetch(url)).status).toBe(413)
  })
})
