import { gzipSync } from 'node:zlib'
import { CLIENT_READ_HEADERS } from '@briq-interactive/core/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearerTokenAuthorize } from './bearer-token-authorize.ts'
import { FORWARDED_REQUEST_HEADERS } from './forward-headers.ts'
import { type FakeUpstream, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { rawRequest } from './testing/raw-request.ts'
import { startTestProxy, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

const ID = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b'
const TOKEN = 'guards-token'
const auth = { Authorization: `Bearer ${TOKEN}` }
const jsonAuth = { ...auth, 'Content-Type': 'application/json' }
const SEND = '/api/briq/v1/whatsapp/messages/interactive'

let upstream: FakeUpstream
let proxy: TestProxy
beforeAll(async () => {
  upstream = await startFakeUpstream((_req, res) => json(res, 202, { success: true, data: {}, errors: null }))
  proxy = await startTestProxy({
    upstream: upstream.url,
    basePath: '/api/briq',
    allowAnonymous: false,
    authorize: bearerTokenAuthorize(TOKEN),
    maxBodyBytes: 1024,
  })
})
afterAll(async () => {
  await proxy.close()
  await upstream.close()
})

async function refused(response: Response | { status: number; body: string }, status: number, code: string) {
  expect(response.status).toBe(status)
  const body = JSON.parse(response instanceof Response ? await response.text() : response.body)
  expect(body).toMatchObject({ success: false, data: null, errors: [{ code }] })
  expect(body.request_id).toEqual(expect.any(String))
  expect(upstream.requests).toHaveLength(0)
}

describe('routes and methods', () => {
  it.each([
    '/api/briq/v1/whatsapp/templates',
    '/api/briq/v1/webhooks/',
    '/api/briq/v1/whatsapp/messages/interactive/read',
    '/v1/whatsapp/senders',
    '/api/briqx/v1/whatsapp/senders',
    '/api/briq/v1/whatsapp/messages/%2e%2e/%2e%2e/templates',
    '/api/briq/v1/whatsapp/senders/../../whatsapp/templates',
    '/api/briq/../../v1/whatsapp/templates',
  ])('GET %s is 404 and never forwarded', async (path) => {
    await refused(await rawRequest(proxy.url, 'GET', path, auth), 404, 'PROXY_NOT_FOUND')
  })

  it.each([
    ['/api/briq/v1/whatsapp/messages/..%2F..%2Fadmin', 'message_id', '"../../admin"'],
    ['/api/briq/v1/whatsapp/messages/abc%2Fread', 'message_id', '"abc/read"'],
    ['/api/briq/v1/whatsapp/messages/100%', 'message_id', '"100%"'],
    [`/api/briq/v1/whatsapp/conversations/${'c'.repeat(200)}`, 'conversation_id', `"${'c'.repeat(79)}…`],
  ])('GET %s is 422 on %s, as Briq and the mock answer a bad id, and never forwarded', async (path, field, given) => {
    const response = await rawRequest(proxy.url, 'GET', path, auth)
    expect(JSON.parse(response.body).errors).toEqual([
      { code: 'VALIDATION_ERROR', message: `${field} must be a UUID, got ${given}`, field },
    ])
    await refused(response, 422, 'VALIDATION_ERROR')
  })

  it('resolves dot segments before matching, so a traversal can only land on an allowed route', async () => {
    const response = await rawRequest(proxy.url, 'GET', '/api/briq/v1/whatsapp/templates/../senders', auth)
    expect(response.status).toBe(202)
    expect(upstream.requests.map((request) => request.url)).toEqual(['/v1/whatsapp/senders'])
    upstream.requests.length = 0
  })

  it.each([
    ['DELETE', `/api/briq/v1/whatsapp/messages/${ID}`, 'GET, OPTIONS'],
    ['PUT', SEND, 'POST, OPTIONS'],
    ['GET', SEND, 'POST, OPTIONS'],
    ['POST', '/api/briq/v1/whatsapp/senders', 'GET, OPTIONS'],
    ['PATCH', `/api/briq/v1/whatsapp/conversations/${ID}/read`, 'POST, OPTIONS'],
  ])('%s %s is 405 with Allow: %s', async (method, path, allow) => {
    const response = await fetch(`${proxy.url}${path}`, { method, headers: jsonAuth })
    expect(response.headers.get('allow')).toBe(allow)
    await refused(response, 405, 'PROXY_METHOD_NOT_ALLOWED')
  })
  it.each([
    ['POST', '/api/briq/v1/whatsapp/messages/text', 'POST /v1/whatsapp/messages/text'],
    ['POST', '/api/briq/v1/whatsapp/messages', 'POST /v1/whatsapp/messages'],
    ['GET', `/api/briq/v1/whatsapp/templates/${ID}`, 'GET /v1/whatsapp/templates/:template_id'],
  ])(
    '%s %s, a Briq route the proxy does not forward, is 404 naming it (not "use GET")',
    async (method, path, route) => {
      const response = await fetch(`${proxy.url}${path}`, {
        method,
        headers: jsonAuth,
        body: method === 'POST' ? '{}' : null,
      })
      expect(response.headers.get('allow')).toBeNull()
      const body = await response.clone().json()
      expect(body.errors[0].message).toBe(
        `${route} is a Briq route this proxy does not forward: it forwards only the Briq WhatsApp routes the kit uses.`,
      )
      await refused(response, 404, 'PROXY_NOT_FOUND')
    },
  )

  // Briq (FastAPI) and the mock redirect a trailing slash (307); the proxy forwards only the
  // table's paths, and its 404 says which one was meant.
  it.each([
    ['GET', '/api/briq/v1/whatsapp/senders/', 'GET /api/briq/v1/whatsapp/senders'],
    ['POST', `${SEND}//`, `POST ${SEND}`],
  ])('%s %s is 404 naming the route without the trailing slash', async (method, path, route) => {
    const response = await fetch(`${proxy.url}${path}`, {
      method,
      headers: jsonAuth,
      body: method === 'POST' ? JSON.stringify(VALID_SEND) : null,
    })
    expect((await response.clone().json()).errors[0].message).toBe(
      `No such route on this proxy: send ${route}, without the trailing slash.`,
    )
    await refused(response, 404, 'PROXY_NOT_FOUND')
  })

  it('is 404 naming the basePath a forwarded route was sent under, when it is not its own', async () => {
    const message = async (path: string) =>
      (await (await fetch(`${proxy.url}${path}`, { headers: jsonAuth })).json()).errors[0].message
    expect(await message('/api/other/v1/whatsapp/senders')).toBe(
      'No such route on this proxy: /api/other is not its basePath (it is "/api/briq"); mounted there, it needs basePath: "/api/other" to forward GET /v1/whatsapp/senders.',
    )
    // Under its own basePath, a doubled prefix is the client's doing: no other basePath would help.
    expect(await message('/api/briq/api/briq/v1/whatsapp/senders')).toBe(
      'No such route on this proxy: it forwards only the Briq WhatsApp routes the kit uses.',
    )
  })
})

describe('authorize', () => {
  it('answers 401 in the envelope when authorize says no', async () => {
    await refused(await fetch(`${proxy.url}/api/briq/v1/whatsapp/senders`), 401, 'PROXY_UNAUTHORIZED')
    const wrong = await fetch(`${proxy.url}/api/briq/v1/whatsapp/senders`, {
      headers: { Authorization: 'Bearer nope' },
    })
    await refused(wrong, 401, 'PROXY_UNAUTHORIZED')
  })

  it('returns a Response from authorize as is, and treats truthy non-true values as a refusal', async () => {
    const own = await startTestProxy({
      upstream: upstream.url,
      allowAnonymous: false,
      authorize: (request) =>
        request.headers.has('x-login')
          ? (1 as unknown as boolean)
          : new Response('please log in', { status: 302, headers: { Location: '/login' } }),
    })
    const redirected = await fetch(`${own.url}/v1/whatsapp/senders`, { redirect: 'manual' })
    expect(redirected.status).toBe(302)
    expect(redirected.headers.get('location')).toBe('/login')
    expect(await redirected.text()).toBe('please log in')
    await refused(
      await fetch(`${own.url}/v1/whatsapp/senders`, { headers: { 'x-login': '1' } }),
      401,
      'PROXY_UNAUTHORIZED',
    )
    await own.close()
  })
})

describe('cross-site protection', () => {
  it('refuses a foreign Origin with 403 and no CORS headers', async () => {
    const response = await fetch(`${proxy.url}${SEND}`, {
      method: 'POST',
      headers: { ...jsonAuth, Origin: 'https://evil.example' },
      body: JSON.stringify(VALID_SEND),
    })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    await refused(response, 403, 'PROXY_ORIGIN_NOT_ALLOWED')
  })

  it('refuses a browser request marked cross-site even without an Origin', async () => {
    const response = await fetch(`${proxy.url}/api/briq/v1/whatsapp/senders`, {
      headers: { ...auth, 'Sec-Fetch-Site': 'cross-site' },
    })
    await refused(response, 403, 'PROXY_ORIGIN_NOT_ALLOWED')
  })

  it('accepts its own origin by default and answers with CORS headers for it', async () => {
    const response = await fetch(`${proxy.url}/api/briq/v1/whatsapp/senders`, {
      headers: { ...auth, Origin: proxy.url },
    })
    expect(response.status).toBe(202)
    expect(response.headers.get('access-control-allow-origin')).toBe(proxy.url)
    expect(response.headers.get('vary')).toBe('Origin')
    // Every header the client reads (core's CLIENT_READ_HEADERS), so a page's client can read them.
    for (const name of Object.values(CLIENT_READ_HEADERS)) {
      expect(response.headers.get('access-control-expose-headers')).toContain(name)
    }
    upstream.requests.length = 0
  })

  it('accepts listed origins, answers their preflight, and refuses others', async () => {
    const admin = 'https://admin.example.com'
    const listed = await startTestProxy({ upstream: upstream.url, allowedOrigins: [admin] })
    const preflight = await fetch(`${listed.url}/v1/whatsapp/messages/interactive`, {
      method: 'OPTIONS',
      headers: {
        Origin: admin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(admin)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS')
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Content-Type/)
    // A page may send every header the proxy forwards, and its own check's Authorization.
    for (const name of [...FORWARDED_REQUEST_HEADERS, 'Authorization']) {
      expect(preflight.headers.get('access-control-allow-headers')).toContain(name)
    }
    // Never the key's own header: the proxy adds the key, and no page is invited to send one.
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).not.toContain('x-api-key')
    const foreign = await fetch(`${listed.url}/v1/whatsapp/messages/interactive`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://other.example', 'Access-Control-Request-Method': 'POST' },
    })
    await refused(foreign, 403, 'PROXY_ORIGIN_NOT_ALLOWED')
    // A page the proxy itself serves (the playground) stays allowed beside the listed origins.
    const own = new URL(listed.url).origin
    const ownPreflight = await fetch(`${listed.url}/v1/whatsapp/messages/interactive`, {
      method: 'OPTIONS',
      headers: { Origin: own, 'Access-Control-Request-Method': 'POST' },
    })
    expect(ownPreflight.status).toBe(204)
    expect(ownPreflight.headers.get('access-control-allow-origin')).toBe(own)
    const unknownPath = await fetch(`${listed.url}/v1/whatsapp/templates`, {
      method: 'OPTIONS',
      headers: { Origin: admin },
    })
    await refused(unknownPath, 404, 'PROXY_NOT_FOUND')
    const nullOrigin = await fetch(`${listed.url}/v1/whatsapp/senders`, { headers: { Origin: 'null' } })
    await refused(nullOrigin, 403, 'PROXY_ORIGIN_NOT_ALLOWED')
    await listed.close()
  })
})

describe('refusals an allowed page can read', () => {
  // Without CORS headers a page's fetch sees only a network error, never the sentence saying
  // which route is not forwarded; the 405, 401, 413, 415 and 422 already carry them.
  it('gives the 404 for a route outside the allow-list CORS headers for an allowed origin only', async () => {
    const admin = 'https://admin.example.com'
    const listed = await startTestProxy({ upstream: upstream.url, allowedOrigins: [admin] })
    const allowed = await fetch(`${listed.url}/v1/whatsapp/templates`, { headers: { Origin: admin } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe(admin)
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
    await refused(allowed, 404, 'PROXY_NOT_FOUND')
    const foreign = await fetch(`${listed.url}/v1/whatsapp/templates`, { headers: { Origin: 'https://other.example' } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    await refused(foreign, 404, 'PROXY_NOT_FOUND')
    await listed.close()
  })
})

describe('the request line never chooses the origin', () => {
  // A path such as //evil.example/… or /\\evil.example/… once made the Node adapter resolve the
  // target as a network-path reference, so the proxy took http://evil.example for its own
  // origin and gave that page CORS with credentials.
  const attacks = [
    '//evil.example/api/briq/v1/whatsapp/messages/interactive',
    '/\\evil.example/api/briq/v1/whatsapp/messages/interactive',
    '///evil.example/api/briq/v1/whatsapp/messages/interactive',
    '//evil.example/v1/whatsapp/messages/interactive',
    '/\\evil.example/v1/whatsapp/messages/interactive',
  ]

  it.each(['', '/api/briq'])('a foreign page cannot send or read through a proxy mounted at %j', async (basePath) => {
    const open = await startTestProxy({ upstream: upstream.url, basePath, allowAnonymous: true })
    const headers = { Origin: 'http://evil.example', 'Content-Type': 'application/json' }
    for (const path of attacks) {
      const send = await rawRequest(open.url, 'POST', path, headers, JSON.stringify(VALID_SEND))
      expect(send.status, path).not.toBe(202)
      expect(send.headers['access-control-allow-origin'], path).toBeUndefined()
      const read = await rawRequest(open.url, 'GET', path.replace('/interactive', ''), headers)
      expect(read.status, path).not.toBe(202)
      expect(read.headers['access-control-allow-origin'], path).toBeUndefined()
    }
    expect(upstream.requests).toHaveLength(0)
    await open.close()
  })

  it.each(['evil.example/x', 'a@evil.example', '127.0.0.1@evil.example'])(
    'answers 400 to the Host %j instead of taking it for an origin',
    async (host) => {
      const response = await rawRequest(proxy.url, 'GET', '/api/briq/v1/whatsapp/senders', { ...auth, Host: host })
      await refused(response, 400, 'PROXY_BAD_REQUEST')
    },
  )
})

describe('bodies', () => {
  it.each([
    ['text/plain'],
    ['text/plain;charset=UTF-8'],
    ['application/x-www-form-urlencoded'],
    ['multipart/form-data; boundary=x'],
    ['application/jsonp'],
  ])('a POST with Content-Type %s is 415', async (type) => {
    const headers = { ...auth, 'Content-Type': type }
    const response = await fetch(`${proxy.url}${SEND}`, { method: 'POST', headers, body: JSON.stringify(VALID_SEND) })
    await refused(response, 415, 'PROXY_UNSUPPORTED_MEDIA_TYPE')
  })

  it('a compressed send is 415 naming its coding, with Accept-Encoding: identity (RFC 7694), not 422 on its bytes', async () => {
    const headers = { ...auth, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }
    const body = gzipSync(JSON.stringify(VALID_SEND))
    const response = await fetch(`${proxy.url}${SEND}`, { method: 'POST', headers, body })
    expect(response.headers.get('accept-encoding')).toBe('identity')
    const { errors } = await response.clone().json()
    expect(errors).toEqual([
      {
        code: 'PROXY_UNSUPPORTED_MEDIA_TYPE',
        message: 'Content-Encoding "gzip" is not supported; send the body uncompressed',
        field: 'body',
      },
    ])
    await refused(response, 415, 'PROXY_UNSUPPORTED_MEDIA_TYPE')
  })

  it('a POST with a body and no Content-Type at all is 415, as is an empty POST typed text/plain', async () => {
    const response = await rawRequest(proxy.url, 'POST', SEND, auth, JSON.stringify(VALID_SEND))
    await refused(response, 415, 'PROXY_UNSUPPORTED_MEDIA_TYPE')
    const empty = await rawRequest(proxy.url, 'POST', `/api/briq/v1/whatsapp/messages/${ID}/read`, {
      ...auth,
      'Content-Type': 'text/plain',
    })
    await refused(empty, 415, 'PROXY_UNSUPPORTED_MEDIA_TYPE')
  })

  it('a send without Content-Type is 415 even when its body is empty', async () => {
    await refused(await rawRequest(proxy.url, 'POST', SEND, auth), 415, 'PROXY_UNSUPPORTED_MEDIA_TYPE')
    await refused(
      await rawRequest(
        proxy.url,
        'POST',
        SEND,
        { ...auth, 'Transfer-Encoding': 'chunked' },
        JSON.stringify(VALID_SEND),
      ),
      415,
      'PROXY_UNSUPPORTED_MEDIA_TYPE',
    )
    expect(upstream.requests).toHaveLength(0)
  })

  it('a body-less read receipt without Content-Type (what core markRead sends) is forwarded', async () => {
    const response = await rawRequest(proxy.url, 'POST', `/api/briq/v1/whatsapp/messages/${ID}/read`, auth)
    expect(response.status).toBe(202)
    expect(upstream.requests.map((request) => [request.url, request.body])).toEqual([
      [`/v1/whatsapp/messages/${ID}/read`, ''],
    ])
    upstream.requests.length = 0
  })

  it('a body over maxBodyBytes with a Content-Length is 413', async () => {
    const body = JSON.stringify({ ...VALID_SEND, pad: 'x'.repeat(2000) })
    await refused(
      await fetch(`${proxy.url}${SEND}`, { method: 'POST', headers: jsonAuth, body }),
      413,
      'PROXY_PAYLOAD_TOO_LARGE',
    )
  })

  it('a streamed (chunked, no Content-Length) body over maxBodyBytes is 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(400))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const response = await fetch(`${proxy.url}${SEND}`, {
      method: 'POST',
      headers: jsonAuth,
      body,
      duplex: 'half',
    } as RequestInit)
    await refused(response, 413, 'PROXY_PAYLOAD_TOO_LARGE')
  })

  it.each(['{"to":', 'not json', '\u00ff\u00fe', '[]'])(
    'a body %j that is no JSON object is 422 on body',
    async (body) => {
      const response = await fetch(`${proxy.url}${SEND}`, { method: 'POST', headers: jsonAuth, body })
      expect(response.status).toBe(422)
      expect((await response.json()).errors).toEqual([
        expect.objectContaining({ code: 'VALIDATION_ERROR', field: 'body' }),
      ])
    },
  )

  it('an invalid send is 422 in Briq envelope with one VALIDATION_ERROR per issue, and nothing is sent', async () => {
    const bad = {
      to: '12',
      interactive: {
        type: 'button',
        body: { text: 'Pick' },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'x'.repeat(25) } }] },
      },
    }
    const response = await fetch(`${proxy.url}${SEND}`, {
      method: 'POST',
      headers: jsonAuth,
      body: JSON.stringify(bad),
    })
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body.success).toBe(false)
    expect(body.data).toBeNull()
    expect(body.errors.length).toBeGreaterThanOrEqual(2)
    for (const error of body.errors) {
      expect(error).toEqual({
        code: 'VALIDATION_ERROR',
        message: expect.any(String),
        field: expect.any(String),
        issue: expect.objectContaining({ code: expect.any(String), path: expect.any(Array) }),
      })
      // The issue is about the field its error names.
      expect(error.issue.path.join('.')).toBe(error.field)
    }
    expect(body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['to', 'interactive.action.buttons.0.reply.title']),
    )
    expect(upstream.requests).toHaveLength(0)
  })

  it('an empty send body is 422', async () => {
    await refused(await fetch(`${proxy.url}${SEND}`, { method: 'POST', headers: jsonAuth }), 422, 'VALIDATION_ERROR')
  })
})
