import { afterEach, describe, expect, it } from 'vitest'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { corsHeaders } from './cors.ts'
import { type MockHttpServer, startMockHttpServer } from './create-http-server.ts'

const VITE = 'http://localhost:5173'

// What a browser checks before it hands a credentialed (`credentials: 'include'`) answer to
// the page: the exact origin, never `*`, and `Access-Control-Allow-Credentials: true`.
function expectCredentialedAccess(response: Response, origin: string) {
  expect(response.headers.get('access-control-allow-origin')).toBe(origin)
  expect(response.headers.get('access-control-allow-credentials')).toBe('true')
}

describe('standalone server CORS with credentials', () => {
  let running: MockHttpServer | undefined
  afterEach(async () => {
    await running?.close()
    running = undefined
  })

  it('allows a credentialed preflight and answer from a loopback origin (Vite) by default', async () => {
    running = await startMockHttpServer({ port: 0 })
    const preflight = await fetch(`${running.url}/v1/whatsapp/messages/interactive`, {
      method: 'OPTIONS',
      headers: { origin: VITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key' },
    })
    expect(preflight.status).toBe(204)
    expectCredentialedAccess(preflight, VITE)
    const answer = await fetch(`${running.url}/v1/whatsapp/senders`, {
      headers: { origin: VITE, 'x-api-key': 'mock-api-key', cookie: 'session=1' },
    })
    expect(answer.status).toBe(200)
    expectCredentialedAccess(answer, VITE)
  })

  it('sends credentials on error answers too, so the page can read the envelope', async () => {
    running = await startMockHttpServer({ port: 0 })
    const denied = await fetch(`${running.url}/v1/whatsapp/senders`, { headers: { origin: VITE } })
    expect(denied.status).toBe(401)
    expectCredentialedAccess(denied, VITE)
  })

  it('reads a configured origin copied with its trailing slash as that origin', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: [`${VITE}/`] })
    const preflight = await fetch(`${running.url}/v1/whatsapp/senders`, {
      method: 'OPTIONS',
      headers: { origin: VITE, 'access-control-request-method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expectCredentialedAccess(preflight, VITE)
  })

  it('reads an origin written in upper case or with its default port as the origin browsers send', async () => {
    running = await startMockHttpServer({
      port: 0,
      allowedOrigins: ['HTTP://LOCALHOST:5173', 'https://admin.example.com:443'],
    })
    for (const origin of [VITE, 'https://admin.example.com']) {
      const answer = await fetch(`${running.url}/v1/whatsapp/senders`, {
        headers: { origin, 'x-api-key': 'mock-api-key' },
      })
      expectCredentialedAccess(answer, origin)
    }
  })

  it('refuses to start with an allowed origin no browser can send, naming it', async () => {
    for (const entry of [
      'localhost:5173',
      'http://localhost:5173/app',
      '*.example.com',
      '',
      'http://u:p@localhost:5173',
      'http://localhost:5173/?x',
      'ftp://localhost',
    ]) {
      await expect(startMockHttpServer({ port: 0, allowedOrigins: [entry] })).rejects.toThrow(
        `allowedOrigins entries must be origins like "http://localhost:5173" (scheme, host, optional port, no path or wildcard); got "${entry}"`,
      )
    }
  })

  it('allows credentials only for the configured origins', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: [VITE] })
    const allowed = await fetch(`${running.url}/v1/whatsapp/senders`, {
      headers: { origin: VITE, 'x-api-key': 'mock-api-key' },
    })
    expectCredentialedAccess(allowed, VITE)
    const other = await fetch(`${running.url}/v1/whatsapp/senders`, {
      headers: { origin: 'https://evil.example', 'x-api-key': 'mock-api-key' },
    })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    expect(other.headers.get('access-control-allow-credentials')).toBeNull()
    const otherPreflight = await fetch(`${running.url}/v1/whatsapp/senders`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    })
    expect(otherPreflight.status).toBe(403)
    expect(otherPreflight.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('lets no origin left out change the mock, though CORS only hides answers from it', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: [VITE] })
    const fixtures = running.mock.state().totalMessages
    const sent = await fetch(`${running.url}${SEND_INTERACTIVE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'mock-api-key' },
      body: JSON.stringify({ to: '255712345678', interactive: buttonInteractive() }),
    })
    expect(sent.status).toBe(202)
    // What a foreign page's form or no-cors fetch sends: no preflight, no key, no JSON.
    const reset = await fetch(`${running.url}/__mock/reset`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
      body: 'x',
    })
    expect(reset.status).toBe(403)
    expect(reset.headers.get('access-control-allow-origin')).toBeNull()
    expect((await reset.json()).errors[0]).toMatchObject({ code: 'MOCK_ORIGIN_NOT_ALLOWED' })
    expect(running.mock.state().totalMessages).toBe(fixtures + 1)
    const own = await fetch(`${running.url}/__mock/reset`, { method: 'POST', headers: { origin: VITE } })
    expect(own.status).toBe(200)
    expect(running.mock.state().totalMessages).toBe(fixtures)
  })

  it('never pairs credentials with a wildcard origin', () => {
    expect(corsHeaders('*')).toMatchObject({ 'access-control-allow-origin': '*' })
    expect(corsHeaders('*')).not.toHaveProperty('access-control-allow-credentials')
    expect(corsHeaders(null)).toEqual({ vary: 'Origin' })
  })
})
