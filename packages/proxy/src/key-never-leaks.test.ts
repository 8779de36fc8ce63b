import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearerTokenAuthorize } from './bearer-token-authorize.ts'
import { closedPortUrl, type FakeUpstream, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { responseText, startTestProxy, TEST_KEY, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

const ID = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b'
const TOKEN = 'proxy-token-for-tests'
const auth = { Authorization: `Bearer ${TOKEN}` }
const jsonAuth = { ...auth, 'Content-Type': 'application/json' }

// A careless upstream: it echoes the key back in headers, cookies and the body on every route.
const echoKey = (status: number, extra: Record<string, string> = {}) =>
  startFakeUpstream((req, res) =>
    json(
      res,
      status,
      { detail: `invalid key ${TEST_KEY}`, received: req.headers, body: req.body, nested: { key: TEST_KEY } },
      { 'x-echo-key': `key=${TEST_KEY}`, 'set-cookie': `session=${TEST_KEY}; HttpOnly`, 'x-safe': 'kept', ...extra },
    ),
  )

const seen: string[] = []
const proxies: TestProxy[] = []
const upstreams: FakeUpstream[] = []

async function call(proxy: TestProxy, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${proxy.url}${path}`, init)
  const text = await responseText(response.clone())
  seen.push(text)
  return response
}

async function proxyFor(upstreamStatus: number, extra: Record<string, string> = {}, timeoutMs?: number) {
  const upstream = await echoKey(upstreamStatus, extra)
  upstreams.push(upstream)
  const proxy = await startTestProxy({
    upstream: upstream.url,
    allowAnonymous: false,
    authorize: bearerTokenAuthorize(TOKEN),
    ...(timeoutMs ? { timeoutMs } : {}),
  })
  proxies.push(proxy)
  return proxy
}

let ok: TestProxy
beforeAll(async () => {
  ok = await proxyFor(200)
})

afterAll(async () => {
  await Promise.all([...proxies, ...upstreams].map((server) => server.close()))
})

describe('the API key never leaves the proxy', () => {
  it.each([
    ['POST', '/v1/whatsapp/messages/interactive'],
    ['GET', '/v1/whatsapp/messages?direction=inbound'],
    ['GET', `/v1/whatsapp/messages/${ID}`],
    ['POST', `/v1/whatsapp/messages/${ID}/read`],
    ['GET', '/v1/whatsapp/senders'],
    ['GET', `/v1/whatsapp/senders/${ID}`],
    ['GET', '/v1/whatsapp/conversations'],
    ['GET', `/v1/whatsapp/conversations/${ID}`],
    ['POST', `/v1/whatsapp/conversations/${ID}/read`],
  ])('%s %s: the echoed key is scrubbed from headers and body', async (method, path) => {
    const body = method === 'POST' ? JSON.stringify(path.endsWith('interactive') ? VALID_SEND : {}) : undefined
    const response = await call(ok, path, { method, headers: jsonAuth, body })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-echo-key')).toBeNull()
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('x-safe')).toBe('kept')
    const echoed = await response.json()
    expect(echoed.detail).toBe('invalid key [redacted]')
    expect(echoed.received['x-api-key']).toBe('[redacted]')
    expect(echoed.nested.key).toBe('[redacted]')
  })

  it.each([429, 401, 404, 500, 503])('upstream %i answers are scrubbed too', async (status) => {
    const proxy = await proxyFor(status, { 'retry-after': '7' })
    const response = await call(proxy, '/v1/whatsapp/senders', { headers: auth })
    expect(response.status).toBe(status)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(await response.text()).toContain('[redacted]')
  })

  it('proxy-made answers carry no key: 404, 405, 403, 401, 415, 413, 422 (bad JSON, bad send) and a preflight', async () => {
    const statuses = [
      await call(ok, '/v1/whatsapp/templates', { headers: auth }),
      await call(ok, '/v1/whatsapp/senders', { method: 'DELETE', headers: auth }),
      await call(ok, '/v1/whatsapp/senders', { headers: { ...auth, Origin: 'https://evil.example' } }),
      await call(ok, '/v1/whatsapp/senders', {
        headers: { Authorization: `Bearer ${TEST_KEY}`, 'X-API-Key': TEST_KEY },
      }),
      await call(ok, '/v1/whatsapp/messages/interactive', { method: 'POST', headers: auth, body: TEST_KEY }),
      await call(ok, '/v1/whatsapp/messages/interactive', {
        method: 'POST',
        headers: jsonAuth,
        body: JSON.stringify({ pad: TEST_KEY.repeat(5000) }),
      }),
      await call(ok, '/v1/whatsapp/messages/interactive', { method: 'POST', headers: jsonAuth, body: `{"${TEST_KEY}` }),
      await call(ok, '/v1/whatsapp/messages/interactive', {
        method: 'POST',
        headers: jsonAuth,
        body: JSON.stringify({ to: TEST_KEY, interactive: { type: TEST_KEY } }),
      }),
      await call(ok, '/v1/whatsapp/messages/interactive', {
        method: 'OPTIONS',
        headers: { Origin: ok.url, 'Access-Control-Request-Method': 'POST' },
      }),
    ].map((response) => response.status)
    expect(statuses).toEqual([404, 405, 403, 401, 415, 413, 422, 422, 204])
  })

  it('a request id that contains the key is replaced, not echoed', async () => {
    const response = await call(ok, '/v1/whatsapp/templates', {
      headers: { ...auth, 'X-Request-Id': `id-${TEST_KEY}` },
    })
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('timeouts (504), refused connections (502) and a throwing authorize (500) carry no key', async () => {
    const hanging = await startFakeUpstream(() => {})
    upstreams.push(hanging)
    const slow = await startTestProxy({ upstream: hanging.url, timeoutMs: 50 })
    const refused = await startTestProxy({ upstream: await closedPortUrl() })
    const throwing = await startTestProxy({
      upstream: hanging.url,
      allowAnonymous: false,
      authorize: () => {
        throw new Error(`session store failed for ${TEST_KEY}`)
      },
    })
    proxies.push(slow, refused, throwing)
    expect((await call(slow, '/v1/whatsapp/senders')).status).toBe(504)
    expect((await call(refused, '/v1/whatsapp/senders')).status).toBe(502)
    expect((await call(throwing, '/v1/whatsapp/senders')).status).toBe(500)
  })

  it('a redirect from upstream is neither followed with the key nor passed back to be followed', async () => {
    const elsewhere = await startFakeUpstream((_req, res) => json(res, 200, {}))
    const redirecting = await startFakeUpstream((_req, res) => {
      res.writeHead(302, { location: `${elsewhere.url}/steal?k=${TEST_KEY}` })
      res.end()
    })
    upstreams.push(elsewhere, redirecting)
    const proxy = await startTestProxy({ upstream: redirecting.url })
    proxies.push(proxy)
    const response = await call(proxy, '/v1/whatsapp/senders')
    expect(response.status).toBe(502)
    expect(response.headers.get('location')).toBeNull()
    expect(elsewhere.requests).toHaveLength(0)
  })

  // A host's own fetch (instrumented, wrapped) that follows redirects whatever the proxy asks has
  // already carried the key to the other host: the proxy cannot undo that, but must not pass the
  // answer from there on as Briq's, and must say so where the host looks.
  it('refuses an answer its given fetch reached by following a redirect, and logs why', async () => {
    const elsewhere = await startFakeUpstream((_req, res) => json(res, 200, { from: 'elsewhere' }))
    const redirecting = await startFakeUpstream((_req, res) => {
      res.writeHead(307, { location: `${elsewhere.url}/collect` })
      res.end()
    })
    upstreams.push(elsewhere, redirecting)
    const following: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'follow' })
    const proxy = await startTestProxy({ upstream: redirecting.url, fetch: following })
    proxies.push(proxy)
    const response = await call(proxy, '/v1/whatsapp/senders')
    expect(response.status).toBe(502)
    const body = await response.json()
    expect(body.errors[0].code).toBe('UPSTREAM_REDIRECT_FOLLOWED')
    expect(JSON.stringify(body)).not.toContain('elsewhere')
    expect(proxy.logs.at(-1)?.message).toBe(
      "the fetch given followed Briq's redirect (and took the API key with it): pass one that honours redirect: 'manual'",
    )
  })

  // Runs last (Vitest keeps file order): scans everything every test above saw and logged.
  it('appears in no response and no log event of any test above', () => {
    expect(seen.length).toBeGreaterThan(25)
    for (const text of seen) expect(text).not.toContain(TEST_KEY)
    const logs = proxies.flatMap((proxy) => proxy.logs)
    expect(logs.length).toBe(seen.length)
    for (const event of logs) {
      expect(JSON.stringify(event)).not.toContain(TEST_KEY)
      expect(Object.keys(event).sort()).toEqual([
        'durationMs',
        'level',
        'message',
        'method',
        'path',
        'requestId',
        'status',
      ])
    }
  })
})
