import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { writeUntilServerCloses } from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'
import { rawRequest } from '../testing/raw-request.ts'
import { toNodeHandler } from './to-node-handler.ts'

let server: Server | undefined
afterEach(async () => {
  if (!server) return
  server.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
  server = undefined
})

async function serve(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(listener)
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe('toNodeHandler', () => {
  it('refuses an option it does not take, naming the ones it takes', () => {
    // A misspelt trustProxy would leave the forwarded headers unread without a word.
    expect(() => toNodeHandler(() => new Response(), { trustproxy: true } as never)).toThrow(
      new TypeError(
        'toNodeHandler: Unknown option "trustproxy"; did you mean trustProxy? Use trustProxy, fallbackHost, allowedHosts',
      ),
    )
    expect(() => toNodeHandler(() => new Response(), null as never)).toThrow(
      new TypeError('toNodeHandler: options must be an object like { trustProxy: true }'),
    )
  })

  it('hands the handler a Web Request with URL, method, headers and a streamed body', async () => {
    let seen: { url: string; method: string; header: string | null; body: string } | undefined
    const url = await serve(
      toNodeHandler(async (request) => {
        seen = {
          url: request.url,
          method: request.method,
          header: request.headers.get('x-test'),
          body: await request.text(),
        }
        return new Response('ok')
      }),
    )
    const chunks = ['{"a":', '1}']
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift()
        if (next === undefined) controller.close()
        else controller.enqueue(new TextEncoder().encode(next))
      },
    })
    const response = await fetch(`${url}/path?q=1`, {
      method: 'POST',
      headers: { 'x-test': 'yes' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(await response.text()).toBe('ok')
    expect(seen).toEqual({ url: `${url}/path?q=1`, method: 'POST', header: 'yes', body: '{"a":1}' })
  })

  it('streams the Response back with its status and headers', async () => {
    const url = await serve(
      toNodeHandler(() => {
        const parts = ['first ', 'second']
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            const next = parts.shift()
            if (next === undefined) controller.close()
            else controller.enqueue(new TextEncoder().encode(next))
          },
        })
        return new Response(body, { status: 207, headers: { 'x-out': 'yes', 'retry-after': '3' } })
      }),
    )
    const response = await fetch(url)
    expect(response.status).toBe(207)
    expect(response.headers.get('x-out')).toBe('yes')
    expect(response.headers.get('retry-after')).toBe('3')
    expect(await response.text()).toBe('first second')
  })

  it('refuses a body a framework has already parsed (express.json()), saying how to mount it', async () => {
    const handler = toNodeHandler(async (request) => new Response(await request.text()))
    const url = await serve((req, res) => {
      req.resume()
      req.on('end', () => {
        Object.assign(req, { body: { parsed: true } })
        handler(req, res)
      })
    })
    const response = await fetch(url, { method: 'POST', body: 'ignored' })
    expect(response.status).toBe(500)
    expect((await response.json()).errors).toEqual([
      expect.objectContaining({
        code: 'PROXY_BODY_ALREADY_READ',
        message: expect.stringMatching(/before any body parser/),
      }),
    ])
  })

  it('keeps an Express mount path: the URL comes from originalUrl when it is set', async () => {
    const handler = toNodeHandler((request) => new Response(new URL(request.url).pathname))
    const url = await serve((req, res) => {
      // What app.use('/api/briq', …) does before calling the mounted handler.
      Object.assign(req, { originalUrl: req.url, url: req.url?.replace('/api/briq', '') })
      handler(req, res)
    })
    expect(await (await fetch(`${url}/api/briq/v1/whatsapp/senders`)).text()).toBe('/api/briq/v1/whatsapp/senders')
  })

  it('reduces an absolute-form target to its path and query; the Host header decides the origin', async () => {
    const url = await serve(toNodeHandler((request) => new Response(request.url)))
    const response = await rawRequest(url, 'GET', 'http://evil.example/api/briq/v1/whatsapp/messages?direction=inbound')
    expect(response.body).toBe(`${url}/api/briq/v1/whatsapp/messages?direction=inbound`)
  })

  it('answers 500 in the envelope when the handler throws', async () => {
    const url = await serve(
      toNodeHandler(() => {
        throw new Error('boom')
      }),
    )
    const response = await fetch(url)
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ success: false, errors: [{ code: 'PROXY_ERROR' }] })
  })

  it('answers 405 with Allow, as the mock does, for a method fetch forbids (TRACE), never reaching the handler', async () => {
    const url = await serve(toNodeHandler(() => new Response('never')))
    const response = await rawRequest(url, 'TRACE', '/')
    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('GET, POST, OPTIONS')
    expect(JSON.parse(response.body).errors[0]).toEqual({
      code: 'PROXY_METHOD_NOT_ALLOWED',
      message: 'TRACE is not supported; use GET, POST, OPTIONS.',
      field: null,
    })
  })

  it('answers 400 naming the problem for two Host lines', async () => {
    const url = await serve(toNodeHandler(() => new Response('never')))
    const received = await writeUntilServerCloses(
      url,
      'GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
    )
    expect(received).toMatch(/^HTTP\/1\.1 400 /)
    expect(received).toContain('"message":"The request has more than one Host header."')
    expect(received).not.toContain('never')
  })

  it('answers 400 for two Authorization lines, never reaching the handler with either', async () => {
    const url = await serve(toNodeHandler(() => new Response('never')))
    const received = await writeUntilServerCloses(
      url,
      'GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer good-token\r\nAuthorization: Bearer other\r\nConnection: close\r\n\r\n',
    )
    expect(received).toMatch(/^HTTP\/1\.1 400 /)
    expect(received).toContain('"message":"The request has more than one Authorization header."')
    expect(received).not.toContain('never')
  })

  it('only trusts X-Forwarded-* when asked to', async () => {
    const echoUrl = (request: Request) => new Response(request.url)
    const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'admin.example.com' }
    const plain = await serve(toNodeHandler(echoUrl))
    expect(await (await fetch(`${plain}/x`, { headers })).text()).toBe(`${plain}/x`)
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
    const trusting = await serve(toNodeHandler(echoUrl, { trustProxy: true }))
    expect(await (await fetch(`${trusting}/x`, { headers })).text()).toBe('https://admin.example.com/x')
  })

  it('aborts the request signal when the client goes away', async () => {
    let aborted: Promise<boolean> | undefined
    let started = false
    const url = await serve(
      toNodeHandler(
        (request) =>
          new Promise<Response>((resolve) => {
            started = true
            aborted = new Promise((done) => request.signal.addEventListener('abort', () => done(true)))
            void aborted.then(() => resolve(new Response('late')))
          }),
      ),
    )
    const client = new AbortController()
    const pending = fetch(url, { signal: client.signal }).catch(() => 'cancelled')
    await expect.poll(() => started).toBe(true)
    client.abort()
    expect(await pending).toBe('cancelled')
    expect(await aborted).toBe(true)
  })
})
