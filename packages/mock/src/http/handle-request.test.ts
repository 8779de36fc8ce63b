import { describe, expect, it } from 'vitest'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

describe.each(TRANSPORTS)('auth over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual' })

  it('answers 401 in the envelope without a key', async () => {
    const res = await api.call('GET', '/v1/whatsapp/senders', { key: null })
    expect(res.status).toBe(401)
    expect(res.json).toMatchObject({ success: false, data: null, errors: [{ code: 'UNAUTHORIZED', field: null }] })
  })

  it('says a key sent as a bearer token is not read, without echoing it', async () => {
    const res = await api.call('GET', '/v1/whatsapp/senders', {
      key: null,
      headers: { authorization: 'Bearer mock-api-key' },
    })
    expect(res.status).toBe(401)
    expect(res.json.errors).toEqual([
      { code: 'UNAUTHORIZED', message: 'Missing X-API-Key header (Briq does not read Authorization)', field: null },
    ])
  })

  it('answers 401 for any other key and never echoes it', async () => {
    const res = await api.call('POST', SEND_INTERACTIVE, {
      key: 'sk-live-secret-123',
      body: { to: '255712345678', interactive: buttonInteractive() },
    })
    expect(res.status).toBe(401)
    expect(JSON.stringify(res.json)).not.toContain('sk-live-secret-123')
  })

  it('answers 403 WORKSPACE_REQUIRED for the no-workspace key', async () => {
    const res = await api.call('GET', '/v1/whatsapp/messages', { key: 'mock-no-workspace-key' })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].code).toBe('WORKSPACE_REQUIRED')
  })

  it('lets control routes through without a key', async () => {
    const res = await api.call('GET', '/__mock/state', { key: null })
    expect(res.status).toBe(200)
    expect(res.json.data.senders).toHaveLength(2)
  })
})

describe.each(TRANSPORTS)('configured keys over $name', (transport) => {
  const api = useMock(transport, { apiKeys: ['team-key'], noWorkspaceKeys: ['orphan-key'] })
  it('accepts only the configured keys', async () => {
    expect((await api.call('GET', '/v1/whatsapp/senders', { key: 'team-key' })).status).toBe(200)
    expect((await api.call('GET', '/v1/whatsapp/senders')).status).toBe(401)
    expect((await api.call('GET', '/v1/whatsapp/senders', { key: 'orphan-key' })).status).toBe(403)
  })
})

describe.each(TRANSPORTS)('bad input over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual' })
  const raw = (path: string, init: RequestInit) =>
    fetch(`${api.base}${path}`, { ...init, headers: { 'x-api-key': 'mock-api-key', ...init.headers } })
  const stillServing = async () => expect((await api.call('GET', '/v1/whatsapp/senders')).status).toBe(200)

  it('answers malformed JSON with 422 VALIDATION_ERROR on field body, and keeps serving', async () => {
    const res = await raw(SEND_INTERACTIVE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"to": ',
    })
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({ success: false, errors: [{ code: 'VALIDATION_ERROR', field: 'body' }] })
    await stillServing()
  })

  it.each([
    ['an array', '[]'],
    ['a string', '"hello"'],
    ['nothing', ''],
  ])('answers 422 for a body that is %s', async (_label, body) => {
    const res = await raw(SEND_INTERACTIVE, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expect(res.status).toBe(422)
  })

  it('answers a wrong content type with 415', async () => {
    const res = await raw(SEND_INTERACTIVE, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ to: '255712345678', interactive: buttonInteractive() }),
    })
    expect(res.status).toBe(415)
    expect((await res.json()).errors[0].code).toBe('UNSUPPORTED_MEDIA_TYPE')
    await stillServing()
  })

  it('answers a body over 1 MB with 413 and keeps serving', async () => {
    const body = JSON.stringify({
      to: '255712345678',
      interactive: { type: 'button', body: { text: 'x'.repeat(1024 * 1024) } },
    })
    const res = await raw(SEND_INTERACTIVE, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expect(res.status).toBe(413)
    expect((await res.json()).errors[0].code).toBe('PAYLOAD_TOO_LARGE')
    await stillServing()
  })

  it.each([
    ['a wrong key', 'sk-live-secret-123'],
    ['no key', null],
  ])('answers a body declared over 1 MB with 413 before the key check, with %s', async (_label, key) => {
    const res = await fetch(`${api.base}${SEND_INTERACTIVE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key === null ? {} : { 'x-api-key': key }) },
      body: JSON.stringify({ to: '255712345678', padding: 'x'.repeat(1024 * 1024) }),
    })
    expect(res.status).toBe(413)
    const json = await res.json()
    expect(json).toMatchObject({ success: false, errors: [{ code: 'PAYLOAD_TOO_LARGE', field: 'body' }] })
    expect(JSON.stringify(json)).not.toContain('sk-live-secret-123')
    await stillServing()
  })

  it('answers an unknown route with a 404 envelope', async () => {
    const res = await api.call('GET', '/v1/whatsapp/nothing-here')
    expect(res.status).toBe(404)
    expect(res.json).toMatchObject({ success: false, errors: [{ code: 'NOT_FOUND' }] })
  })

  it.each([
    ['GET', '/v1/whatsapp/messages/abc/read', 'POST'],
    ['DELETE', '/v1/whatsapp/messages', 'GET, POST'],
    ['PUT', '/v1/whatsapp/senders', 'GET'],
    ['POST', '/v1/whatsapp/messages/00000000-0000-4000-8000-000000000000', 'GET'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const res = await api.call(method, path)
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe(allow)
    expect(res.json.errors[0].code).toBe('METHOD_NOT_ALLOWED')
  })

  // Briq (FastAPI) routes a request to any route that takes its path and method before it
  // answers 405 (Starlette's Router, starlette/routing.py): a GET of a POST-only send path is
  // the message read with that word as its id.
  it.each([SEND_INTERACTIVE, '/v1/whatsapp/messages/text', '/v1/whatsapp/messages/image'])(
    'answers GET %s as Briq does: 422, the word is no message id',
    async (path) => {
      const res = await api.call('GET', path)
      expect(res.status).toBe(422)
      expect(res.headers.get('allow')).toBeNull()
      expect(res.json.errors).toEqual([expect.objectContaining({ code: 'VALIDATION_ERROR', field: 'message_id' })])
    },
  )

  // Briq (FastAPI, Starlette's redirect_slashes) answers a route's path with a trailing slash
  // 307 to the path without it, before any key check; fetch then sends the request again there.
  it.each([
    ['POST', `${SEND_INTERACTIVE}/`, SEND_INTERACTIVE],
    ['GET', '/v1/whatsapp/senders//?limit=5&offset=0', '/v1/whatsapp/senders?limit=5&offset=0'],
    ['GET', `${SEND_INTERACTIVE}/`, SEND_INTERACTIVE], // a path with another method's route
    ['GET', '/v1/whatsapp/messages/abc%20def/', '/v1/whatsapp/messages/abc%20def'],
  ])('answers %s %s with 307 to %s, without a body', async (method, path, location) => {
    const before = api.mock.state().messages.length
    const res = await api.call(method, path, {
      key: null,
      redirect: 'manual',
      body: method === 'POST' ? { to: '255712345678', interactive: buttonInteractive() } : undefined,
    })
    expect(res.status).toBe(307)
    expect(res.headers.get('location')).toBe(`${api.base}${location}`)
    expect(res.json).toBeNull()
    expect(api.mock.state().messages).toHaveLength(before)
  })

  it('sends nothing twice when fetch follows the 307', async () => {
    const before = api.mock.state().messages.length
    const res = await api.call('POST', `${SEND_INTERACTIVE}/`, {
      body: { to: '255712345678', interactive: buttonInteractive() },
    })
    expect(res.status).toBe(202)
    expect(api.mock.state().messages).toHaveLength(before + 1)
  })

  it('answers 404 for a trailing slash on no route, and for the prefix alone', async () => {
    for (const path of ['/v1/whatsapp/nothing-here/', '/v1/whatsapp/', '/v1/whatsapp/messages/a/b/']) {
      const res = await api.call('GET', path, { redirect: 'manual' })
      expect(res.status, path).toBe(404)
    }
  })
})

describe.each(TRANSPORTS)('request ids over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'request-ids' })

  it('echoes a valid incoming X-Request-Id as request_id and X-Request-ID, on success and on errors', async () => {
    const ok = await api.call('POST', SEND_INTERACTIVE, {
      headers: { 'x-request-id': 'proxy.req-42:a_b' },
      body: { to: '255712345678', interactive: buttonInteractive() },
    })
    expect(ok.status).toBe(202)
    expect(ok.json.request_id).toBe('proxy.req-42:a_b')
    expect(ok.headers.get('x-request-id')).toBe('proxy.req-42:a_b')
    const denied = await api.call('GET', '/v1/whatsapp/senders', { key: 'wrong', headers: { 'x-request-id': 'r-1' } })
    expect(denied.status).toBe(401)
    expect(denied.json.request_id).toBe('r-1')
    const missing = await api.call('GET', '/v1/whatsapp/nowhere', { headers: { 'x-request-id': 'r-2' } })
    expect(missing.json.request_id).toBe('r-2')
  })

  it.each([
    ['too long', 'a'.repeat(129)],
    ['markup', '<script>'],
    ['spaces', 'two words'],
    ['a slash', 'a/b'],
  ])('ignores an X-Request-Id with %s and makes its own', async (_label, value) => {
    const res = await api.call('GET', '/v1/whatsapp/senders', { headers: { 'x-request-id': value } })
    expect(res.status).toBe(200)
    const id = res.headers.get('x-request-id')
    expect(id).not.toBe(value)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('accepts exactly 128 characters', async () => {
    const value = 'x'.repeat(128)
    const res = await api.call('GET', '/v1/whatsapp/senders', { headers: { 'x-request-id': value } })
    expect(res.headers.get('x-request-id')).toBe(value)
  })
})

// Only the node:http server answers paths outside Briq's WhatsApp API; MSW lets them pass.
describe('a Briq route the mock does not model', () => {
  const api = useMock(TRANSPORTS.find((transport) => transport.name === 'node:http server')!, { clock: 'manual' })

  // Briq's webhook management API (docs.briq.tz, Karibu-Webhooks) is Briq's, not modelled here:
  // the 404 says the mock lacks it, never that Briq has no such route.
  it('answers a Briq route it does not model 404, saying it is this mock that lacks it', async () => {
    const res = await api.call('POST', '/v1/webhooks/', { body: { service_type: 'whatsapp' } })
    expect(res.status).toBe(404)
    expect(res.json.errors[0].message).toBe(
      'No route for POST "/v1/webhooks/" in this mock: it serves Briq\'s WhatsApp API (/v1/whatsapp/…) and its own /__mock controls',
    )
  })
})
