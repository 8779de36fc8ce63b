import { SEND_REQUEST } from '@briq-interactive/fixtures'
import { afterAll, describe, expect, it } from 'vitest'
import { nodeFetch } from './node/node-fetch.ts'
import { closedPortUrl, type FakeUpstream, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { startTestProxy, type TestProxy } from './testing/start-test-proxy.ts'

const servers: (FakeUpstream | TestProxy)[] = []
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
})

// Every answer the same through the runtime's fetch and through nodeFetch (the bin's).
describe.each([
  ['fetch', undefined],
  ['nodeFetch', nodeFetch()],
])('through %s', (_name, fetchImpl) => {
  async function through(
    reply: Parameters<typeof startFakeUpstream>[0],
    timeoutMs?: number,
    maxResponseBytes?: number,
  ) {
    const upstream = await startFakeUpstream(reply)
    const proxy = await startTestProxy({
      upstream: upstream.url,
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(maxResponseBytes ? { maxResponseBytes } : {}),
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    })
    servers.push(upstream, proxy)
    return { upstream, proxy, get: (path = '/v1/whatsapp/senders') => fetch(`${proxy.url}${path}`) }
  }

  describe('upstream answers pass through unchanged', () => {
    it('429 with Retry-After keeps its status, header and body', async () => {
      const envelope = {
        success: false,
        data: null,
        errors: [{ code: 'RATE_LIMITED', message: 'slow down', field: null }],
        request_id: 'r1',
      }
      const { get } = await through((_req, res) => json(res, 429, envelope, { 'retry-after': '12' }))
      const response = await get()
      expect(response.status).toBe(429)
      expect(response.headers.get('retry-after')).toBe('12')
      expect(await response.json()).toEqual(envelope)
    })

    it('a 500 from Briq is passed on as it is, not replaced by a proxy error', async () => {
      const { get, proxy } = await through((_req, res) => {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end('Internal Server Error')
      })
      const response = await get()
      expect(response.status).toBe(500)
      expect(response.headers.get('content-type')).toBe('text/plain')
      expect(await response.text()).toBe('Internal Server Error')
      expect(proxy.logs.at(-1)).toMatchObject({ level: 'error', status: 500, message: 'forwarded', method: 'GET' })
    })

    it('drops the headers the upstream names in Connection, and an HTML answer cannot run in our origin', async () => {
      const { get } = await through((_req, res) => {
        res.writeHead(502, {
          'content-type': 'text/html',
          connection: 'close, x-upstream-hop',
          'x-upstream-hop': 'internal-10.0.0.7',
          'x-kept': 'yes',
        })
        res.end('<script>fetch("/api/briq/v1/whatsapp/messages")</script>')
      })
      const response = await get()
      expect(response.status).toBe(502)
      expect(response.headers.get('x-upstream-hop')).toBeNull()
      expect(response.headers.get('x-kept')).toBe('yes')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'; sandbox",
      )
    })

    it('bare JSON and {detail} answers are untouched', async () => {
      const { get } = await through((req, res) =>
        req.url.endsWith('senders')
          ? json(res, 200, [{ id: 's1', is_default: true }])
          : json(res, 404, { detail: 'Sender not found in this workspace' }),
      )
      expect(await (await get()).json()).toEqual([{ id: 's1', is_default: true }])
      const missing = await get('/v1/whatsapp/senders/nope')
      expect(missing.status).toBe(404)
      expect(await missing.json()).toEqual({ detail: 'Sender not found in this workspace' })
    })

    it('a gzip-encoded answer is decoded once and no longer claims to be gzip', async () => {
      const { gzipSync } = await import('node:zlib')
      const { get } = await through((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
        res.end(gzipSync(JSON.stringify({ ok: true })))
      })
      const response = await get()
      expect(response.headers.get('content-encoding')).toBeNull()
      expect(await response.json()).toEqual({ ok: true })
    })

    it("adds Vary: Origin once, keeping the upstream's Vary", async () => {
      const { get } = await through((_req, res) => json(res, 200, {}, { vary: 'Accept, origin' }))
      expect((await get()).headers.get('vary')).toBe('Accept, origin')
      const plain = await through((_req, res) => json(res, 200, {}))
      expect((await plain.get()).headers.get('vary')).toBe('Origin')
    })

    it('passes a header named like a property of every object as it is, and nothing else with it', async () => {
      const { get } = await through((_req, res) => {
        res.setHeader('constructor', 'c')
        res.setHeader('__proto__', ['p1', 'p2'])
        res.setHeader('length', 'l')
        json(res, 200, {})
      })
      const response = await get()
      expect(response.status).toBe(200)
      expect(response.headers.get('constructor')).toBe('c')
      expect(response.headers.get('__proto__')).toBe('p1, p2')
      expect(response.headers.get('length')).toBe('l')
      expect([...response.headers].map(([, value]) => value).join('\n')).not.toContain('native code')
    })

    it("drops the upstream's CORS headers: only the proxy's origin policy grants access", async () => {
      const { get } = await through((_req, res) =>
        json(res, 200, {}, { 'access-control-allow-origin': '*', 'access-control-allow-credentials': 'true' }),
      )
      const response = await get()
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
      expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    })

    // A cookie Briq (or a balancer in front of it) sets is for karibu.briq.tz: passed on, the
    // browser would keep it for the app's own origin and send it with every request there.
    it("drops the upstream's cookies, keeping its other headers", async () => {
      const { get } = await through((_req, res) =>
        json(res, 200, {}, { 'set-cookie': 'AWSALB=sticky-node-3; Path=/', 'x-kept': 'yes' }),
      )
      const response = await get()
      expect(response.status).toBe(200)
      expect(response.headers.get('set-cookie')).toBeNull()
      expect(response.headers.get('x-kept')).toBe('yes')
    })

    it("drops headers that would act on the proxy's whole origin, keeping Briq's own", async () => {
      const originWide = {
        'www-authenticate': 'Basic realm="karibu"',
        'clear-site-data': '"cookies", "storage"',
        'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
        'alt-svc': 'h3=":443"; ma=86400',
        nel: '{"report_to":"default","max_age":604800,"include_subdomains":true}',
        'report-to': '{"group":"default","max_age":604800,"endpoints":[{"url":"https://collector.example/r"}]}',
        'reporting-endpoints': 'default="https://collector.example/r"',
        'content-security-policy-report-only': "default-src 'self'; report-uri https://collector.example/csp",
        refresh: '0; url=https://elsewhere.example/',
        'service-worker-allowed': '/',
        'accept-ch': 'Sec-CH-UA-Full-Version-List',
        'critical-ch': 'Sec-CH-UA-Full-Version-List',
      }
      const { get } = await through((_req, res) =>
        json(res, 401, { detail: 'Invalid API key' }, { ...originWide, 'retry-after': '2', 'x-kept': 'yes' }),
      )
      const response = await get()
      expect(response.status).toBe(401)
      for (const name of Object.keys(originWide)) expect(response.headers.get(name), name).toBeNull()
      expect(response.headers.get('retry-after')).toBe('2')
      expect(response.headers.get('x-kept')).toBe('yes')
      expect(await response.json()).toEqual({ detail: 'Invalid API key' })
    })

    it('no cache stores an answer: Cache-Control is no-store, whatever the upstream said', async () => {
      const { get } = await through((req, res) =>
        req.url.endsWith('senders')
          ? json(res, 200, [{ id: 's1' }], {
              'cache-control': 'public, max-age=3600',
              expires: 'Thu, 01 Dec 2099 16:00:00 GMT',
            })
          : json(res, 200, { success: true }),
      )
      const told = await get()
      expect(told.headers.get('cache-control')).toBe('no-store')
      expect(told.headers.get('expires')).toBeNull()
      expect(await told.json()).toEqual([{ id: 's1' }])
      const silent = await get('/v1/whatsapp/messages')
      expect(silent.headers.get('cache-control')).toBe('no-store')
    })

    it("carries the request's X-Request-Id when Briq's answer has none, and keeps Briq's own", async () => {
      const { get, proxy } = await through((req, res) =>
        req.url.endsWith('senders')
          ? json(res, 200, [])
          : json(res, 404, { detail: 'Not found' }, { 'x-request-id': 'briq-own-id-1234' }),
      )
      const given = await fetch(`${proxy.url}/v1/whatsapp/senders`, { headers: { 'X-Request-Id': 'req-1234-abcd' } })
      expect(given.headers.get('x-request-id')).toBe('req-1234-abcd')
      const fresh = await get()
      expect(fresh.headers.get('x-request-id')).toBe(proxy.logs.at(-1)?.requestId)
      expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
      expect((await get('/v1/whatsapp/senders/s9')).headers.get('x-request-id')).toBe('briq-own-id-1234')
    })

    it('an answer it will not pass on is refused at its head, not after a body that never comes', async () => {
      const { get } = await through((req, res) => {
        const head = req.url.endsWith('senders')
          ? { location: 'https://elsewhere.example/' }
          : { 'content-type': 'application/json', 'content-encoding': 'br, gzip' }
        res.writeHead(req.url.endsWith('senders') ? 302 : 200, head)
        res.flushHeaders()
      }, 5000)
      for (const [path, code] of [
        ['/v1/whatsapp/senders', 'UPSTREAM_REDIRECT'],
        ['/v1/whatsapp/messages', 'UPSTREAM_RESPONSE_UNREADABLE'],
      ] as const) {
        const started = performance.now()
        const response = await get(path)
        expect(response.status).toBe(502)
        expect((await response.json()).errors[0].code).toBe(code)
        expect(performance.now() - started).toBeLessThan(2500)
      }
    })

    it('an answer with a status no Response can hold (999) is 502, not a crash', async () => {
      const { get } = await through((_req, res) => {
        res.writeHead(999)
        res.end('?')
      })
      const response = await get()
      expect(response.status).toBe(502)
      expect(await response.json()).toMatchObject({ errors: [{ code: 'UPSTREAM_UNREACHABLE' }] })
    })

    it.each([
      ['declared', true],
      ['chunked', false],
    ])('an answer over maxResponseBytes (%s) is 502, never held whole', async (_name, declared) => {
      const big = 'x'.repeat(3 * 1024 * 1024)
      const { get } = await through(
        (_req, res) => {
          res.writeHead(200, {
            'content-type': 'text/plain',
            ...(declared ? { 'content-length': String(big.length) } : {}),
          })
          res.end(big)
        },
        undefined,
        2 * 1024 * 1024,
      )
      const response = await get()
      expect(response.status).toBe(502)
      expect(await response.json()).toMatchObject({ errors: [{ code: 'UPSTREAM_RESPONSE_TOO_LARGE' }] })
    })

    it('a large answer within maxResponseBytes passes whole', async () => {
      const big = 'y'.repeat(3 * 1024 * 1024)
      const { get } = await through((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.end(big)
      })
      const response = await get()
      expect(response.status).toBe(200)
      expect((await response.text()).length).toBe(big.length)
    })

    it('an informational 103 before the answer is skipped', async () => {
      const { get } = await through((_req, res) => {
        res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' })
        json(res, 200, { ok: true })
      })
      const response = await get()
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ ok: true })
    })

    it('a gzip answer that decodes past maxResponseBytes is 502, however small on the wire', async () => {
      const { gzipSync } = await import('node:zlib')
      const { get } = await through(
        (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
          res.end(gzipSync('z'.repeat(3 * 1024 * 1024)))
        },
        undefined,
        2 * 1024 * 1024,
      )
      const response = await get()
      expect(response.status).toBe(502)
      expect(await response.json()).toMatchObject({ errors: [{ code: 'UPSTREAM_RESPONSE_TOO_LARGE' }] })
    })

    it('after an answer dropped as too large, the next call goes through', async () => {
      let calls = 0
      const { get } = await through(
        (_req, res) => {
          calls++
          if (calls === 1) {
            res.writeHead(200, { 'content-type': 'text/plain' })
            res.end('x'.repeat(4096))
          } else json(res, 200, { call: calls })
        },
        undefined,
        1024,
      )
      expect((await get()).status).toBe(502)
      const next = await get()
      expect(next.status).toBe(200)
      expect(await next.json()).toEqual({ call: 2 })
    })

    it('204 answers stay empty', async () => {
      const { get } = await through((_req, res) => {
        res.writeHead(204)
        res.end()
      })
      const response = await get()
      expect(response.status).toBe(204)
      expect(await response.text()).toBe('')
    })
  })

  describe('upstream failures become enveloped proxy errors', () => {
    it('no answer within timeoutMs is 504 UPSTREAM_TIMEOUT', async () => {
      const { get, proxy } = await through(() => {}, 100)
      const response = await get()
      expect(response.status).toBe(504)
      const body = await response.json()
      expect(body).toMatchObject({ success: false, data: null, errors: [{ code: 'UPSTREAM_TIMEOUT', field: null }] })
      expect(body.errors[0].message).toMatch(/did not answer within 100 ms/)
      expect(body.request_id).toBe(response.headers.get('x-request-id'))
      expect(proxy.logs.at(-1)).toMatchObject({ level: 'error', status: 504, requestId: body.request_id })
    })

    it('a timed-out read says nothing changed; a timed-out send says it may have gone', async () => {
      const { get, proxy } = await through(() => {}, 100)
      const read = (await (await get()).json()).errors[0].message as string
      expect(read).toBe('Briq did not answer within 100 ms. Nothing was changed by this read; try again shortly.')
      const sent = await fetch(`${proxy.url}/v1/whatsapp/messages/interactive`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(SEND_REQUEST),
      })
      expect(sent.status).toBe(504)
      expect((await sent.json()).errors[0].message).toMatch(
        /^Briq did not answer within 100 ms\. The request may have reached Briq: check the message's status before sending it again\.$/,
      )
    })

    it('a body that stalls after the headers also times out', async () => {
      const { get } = await through((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"partial":')
      }, 100)
      expect((await get()).status).toBe(504)
    })

    it('a refused connection is 502 UPSTREAM_UNREACHABLE', async () => {
      const proxy = await startTestProxy({
        upstream: await closedPortUrl(),
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      })
      servers.push(proxy)
      const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
      expect(response.status).toBe(502)
      const body = await response.json()
      expect(body).toMatchObject({ success: false, data: null, errors: [{ code: 'UPSTREAM_UNREACHABLE' }] })
      expect(body.errors[0].message).toMatch(
        /Could not reach the Briq API from the proxy: the connection was refused\./,
      )
      expect(proxy.logs.at(-1)).toMatchObject({
        level: 'error',
        status: 502,
        message: expect.stringContaining('ECONNREFUSED'),
      })
    })

    it('a send whose connection is lost after it left is 502 saying it may have reached Briq, never "try again"', async () => {
      // Briq took the whole request, then the connection dropped: "Could not reach … Try again
      // shortly" sent a caller back to send the message twice.
      const { upstream, proxy } = await through((_req, res) => res.destroy())
      const response = await fetch(`${proxy.url}/v1/whatsapp/messages/interactive`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(SEND_REQUEST),
      })
      expect(upstream.requests).toHaveLength(1)
      expect(response.status).toBe(502)
      const { message } = (await response.json()).errors[0]
      expect(message).toContain(
        "The request may have reached Briq: check the message's status before sending it again.",
      )
      expect(message).not.toMatch(/Could not reach|Try again/)
      // A read changes nothing: asking again is the advice there.
      const read = await fetch(`${proxy.url}/v1/whatsapp/senders`)
      expect((await read.json()).errors[0].message).toMatch(/Try again shortly/)
    })

    it('a send that could not even connect says so: nothing left, so it can be sent again', async () => {
      const proxy = await startTestProxy({
        upstream: await closedPortUrl(),
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      })
      servers.push(proxy)
      const response = await fetch(`${proxy.url}/v1/whatsapp/messages/interactive`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(SEND_REQUEST),
      })
      expect(response.status).toBe(502)
      expect((await response.json()).errors[0].message).toMatch(
        /^Could not reach the Briq API from the proxy: the connection was refused\. Try again shortly/,
      )
    })

    it('a host name that does not resolve is 502 UPSTREAM_UNREACHABLE saying DNS', async () => {
      // .invalid never resolves (RFC 6761), online or off.
      const proxy = await startTestProxy({
        upstream: 'https://briq-upstream.invalid',
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      })
      servers.push(proxy)
      const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
      expect(response.status).toBe(502)
      const body = await response.json()
      expect(body).toMatchObject({
        success: false,
        data: null,
        errors: [{ code: 'UPSTREAM_UNREACHABLE', field: null }],
      })
      expect(body.errors[0].message).toMatch(/host name did not resolve \(DNS\)/)
      expect(body.errors[0].message).not.toContain('briq-upstream.invalid')
      expect(proxy.logs.at(-1)).toMatchObject({
        level: 'error',
        status: 502,
        message: expect.stringMatching(/EAI_AGAIN|ENOTFOUND/),
      })
    })

    it('an answer that breaks off mid-body is 502, not passed on half-read', async () => {
      const { get, proxy } = await through((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
        res.write('{"partial":', () => res.destroy())
      })
      const response = await get()
      expect(response.status).toBe(502)
      expect((await response.json()).errors[0].message).toMatch(/answer broke off or could not be decoded/)
      expect(proxy.logs.at(-1)).toMatchObject({ level: 'error', status: 502 })
    })

    it('a client that goes away while Briq thinks is logged 499, and Briq is left alone', async () => {
      let answer: (() => void) | undefined
      const { proxy, upstream } = await through((_req, res) => {
        answer = () => json(res, 200, {})
      })
      const client = new AbortController()
      const sent = fetch(`${proxy.url}/v1/whatsapp/senders`, { signal: client.signal }).catch((error: unknown) => error)
      await expect.poll(() => upstream.requests.length).toBe(1)
      client.abort()
      expect(await sent).toBeInstanceOf(DOMException)
      await expect.poll(() => proxy.logs.length).toBe(1)
      expect(proxy.logs[0]).toMatchObject({ level: 'warn', status: 499, message: 'client closed the request' })
      answer?.()
    })

    it('an answer that cannot be decoded (broken gzip) is 502, not passed on half-read', async () => {
      const { get } = await through((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
        res.end('this is not gzip')
      })
      const response = await get()
      expect(response.status).toBe(502)
      expect((await response.json()).errors[0].message).toMatch(/answer broke off or could not be decoded/)
    })
  })
})
