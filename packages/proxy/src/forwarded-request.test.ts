import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeUpstream, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { startTestProxy, TEST_KEY, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

const ID = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b'

let upstream: FakeUpstream
let proxy: TestProxy
beforeAll(async () => {
  upstream = await startFakeUpstream((_req, res) => json(res, 202, { success: true }))
  proxy = await startTestProxy({ upstream: `${upstream.url}/prefix/`, authorize: () => true, allowAnonymous: false })
})
afterAll(async () => {
  await proxy.close()
  await upstream.close()
})

describe('what reaches Briq', () => {
  it('drops incoming X-API-Key, Authorization, Cookie and other headers, and sets the real key', async () => {
    const response = await fetch(`${proxy.url}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-API-Key': 'attacker-key',
        Authorization: 'Bearer user-session-token',
        Cookie: 'session=user-cookie',
        'X-Forwarded-For': '203.0.113.9',
        'X-App-ID': 'spoofed',
        Accept: 'application/json',
        'Accept-Language': 'sw',
        'X-Request-Id': 'req-1234-abcd',
        Origin: proxy.url,
      },
      body: JSON.stringify(VALID_SEND),
    })
    expect(response.status).toBe(202)
    const received = upstream.requests.at(-1)!
    expect(received.method).toBe('POST')
    expect(received.url).toBe('/prefix/v1/whatsapp/messages/interactive')
    expect(received.headers['x-api-key']).toBe(TEST_KEY)
    expect(received.headers.authorization).toBeUndefined()
    expect(received.headers.cookie).toBeUndefined()
    expect(received.headers.origin).toBeUndefined()
    expect(received.headers['x-forwarded-for']).toBeUndefined()
    expect(received.headers['x-app-id']).toBeUndefined()
    expect(received.headers['content-type']).toBe('application/json')
    expect(received.headers.accept).toBe('application/json')
    expect(received.headers['accept-language']).toBe('sw')
    expect(received.headers['x-request-id']).toBe('req-1234-abcd')
    expect(received.headers.host).toBe(new URL(upstream.url).host)
    expect(JSON.parse(received.body)).toEqual(VALID_SEND)
  })

  it('forwards the body bytes exactly as sent (no re-serialisation)', async () => {
    const body = `{ "interactive": ${JSON.stringify(VALID_SEND.interactive)},\n  "to": "+255712345678" }`
    await fetch(`${proxy.url}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body,
    })
    expect(upstream.requests.at(-1)!.body).toBe(body)
  })

  it('labels a body application/json, the type it was checked as, whatever the caller said', async () => {
    for (const label of [
      'application/json; charset=utf-16',
      'APPLICATION/JSON',
      'application/merge-patch+json',
      'application/json; ;;=;',
    ]) {
      const response = await fetch(`${proxy.url}/v1/whatsapp/messages/interactive`, {
        method: 'POST',
        headers: { 'Content-Type': label },
        body: JSON.stringify(VALID_SEND),
      })
      expect(response.status, label).toBe(202)
      expect(upstream.requests.at(-1)!.headers['content-type'], label).toBe('application/json')
    }
    // No body, no label: a read receipt, and a GET that named a type.
    await fetch(`${proxy.url}/v1/whatsapp/messages/${ID}/read`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(upstream.requests.at(-1)!.headers['content-type']).toBeUndefined()
    await fetch(`${proxy.url}/v1/whatsapp/senders`, { headers: { 'Content-Type': 'text/html' } })
    expect(upstream.requests.at(-1)!.headers['content-type']).toBeUndefined()
  })

  it('forwards GET query strings as they are and gives each request an id', async () => {
    await fetch(`${proxy.url}/v1/whatsapp/messages?direction=inbound&since=2026-06-24T00%3A00%3A00Z&limit=5`)
    const received = upstream.requests.at(-1)!
    expect(received.url).toBe('/prefix/v1/whatsapp/messages?direction=inbound&since=2026-06-24T00%3A00%3A00Z&limit=5')
    expect(received.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('sends a read receipt without a body when none was given', async () => {
    const response = await fetch(`${proxy.url}/v1/whatsapp/messages/${ID}/read`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(response.status).toBe(202)
    const received = upstream.requests.at(-1)!
    expect(received.url).toBe(`/prefix/v1/whatsapp/messages/${ID}/read`)
    expect(received.body).toBe('')
  })

  it('forwards a conversation read body such as { up_to }', async () => {
    const body = JSON.stringify({ up_to: '2026-11-25T10:00:00Z' })
    await fetch(`${proxy.url}/v1/whatsapp/conversations/${ID}/read`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    })
    expect(upstream.requests.at(-1)!.body).toBe(body)
  })
})
