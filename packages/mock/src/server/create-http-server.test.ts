import { MOCK_STOPPING, sendInteractiveRoute } from '@briq-interactive/core'
import { CLIENT_READ_HEADERS } from '@briq-interactive/core/server'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { DEFAULT_API_KEY } from '../options.ts'
import { rawGet } from '../test-support/raw-request.ts'
import { type MockHttpServer, startMockHttpServer } from './create-http-server.ts'

/** The 503 a request the stopping server did not carry out is answered with. */
async function expectStopped(response: Response): Promise<void> {
  expect(response.status).toBe(503)
  expect(response.headers.get('connection')).toBe('close')
  const body = (await response.json()) as { success: boolean; errors: { code: string }[] }
  expect(body).toMatchObject({ success: false, errors: [{ code: MOCK_STOPPING }] })
}

describe('standalone server CORS and lifecycle', () => {
  let running: MockHttpServer | undefined
  afterEach(async () => {
    await running?.close()
    running = undefined
  })

  it('answers a preflight with 204, the reflected origin and the allowed headers', async () => {
    running = await startMockHttpServer({ port: 0 })
    const res = await fetch(`${running.url}/v1/whatsapp/messages/interactive`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-api-key',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(res.headers.get('access-control-allow-methods')).toContain('POST')
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-api-key')
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type')
  })

  it('lets a browser on the Vite dev origin send X-Request-Id without naming headers up front', async () => {
    running = await startMockHttpServer({ port: 0 })
    const res = await fetch(`${running.url}/api/briq/v1/whatsapp/messages`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-request-id')
    expect(res.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('x-request-id')
  })

  it('grants Private Network Access to an allowed origin when Chrome asks for it, and only then', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: ['http://192.168.1.20:5173'] })
    const preflight = (extra: Record<string, string>) =>
      fetch(`${running!.url}/v1/whatsapp/messages/interactive`, {
        method: 'OPTIONS',
        headers: { origin: 'http://192.168.1.20:5173', 'access-control-request-method': 'POST', ...extra },
      })
    const asked = await preflight({ 'access-control-request-private-network': 'true' })
    expect(asked.status).toBe(204)
    expect(asked.headers.get('access-control-allow-private-network')).toBe('true')
    const plain = await preflight({})
    expect(plain.headers.get('access-control-allow-private-network')).toBeNull()
    // Any other page on the network (or the internet) asking for it gets neither PNA nor CORS.
    const foreign = await fetch(`${running.url}/v1/whatsapp/messages/interactive`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://192.168.1.99:5173',
        'access-control-request-method': 'POST',
        'access-control-request-private-network': 'true',
      },
    })
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('access-control-allow-private-network')).toBeNull()
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('reflects the origin on responses and exposes Retry-After and X-Request-ID', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: ['https://admin.example.com'] })
    const res = await fetch(`${running.url}/v1/whatsapp/senders`, {
      headers: { origin: 'https://admin.example.com', 'x-api-key': 'mock-api-key' },
    })
    expect(res.headers.get('access-control-allow-origin')).toBe('https://admin.example.com')
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After')
    expect(res.headers.get('vary')).toContain('Origin')
  })

  it('only allows the configured origins', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: ['http://localhost:5173'] })
    const denied = await fetch(`${running.url}/v1/whatsapp/senders`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    })
    expect(denied.status).toBe(403)
    expect(denied.headers.get('access-control-allow-origin')).toBeNull()
    const allowed = await fetch(`${running.url}/v1/whatsapp/senders`, {
      headers: { origin: 'http://localhost:5173', 'x-api-key': 'mock-api-key' },
    })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
  })

  it('answers a failure outside the router with the 500 envelope a browser origin can read', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const broken = { ...createBriqMock(), handle: () => Promise.reject(new Error('boom')) }
    running = await startMockHttpServer({ port: 0, mock: broken, allowedOrigins: ['http://localhost:5173'] })
    try {
      const res = await fetch(`${running.url}/v1/whatsapp/senders`, {
        headers: { origin: 'http://localhost:5173', 'x-api-key': 'mock-api-key' },
      })
      expect(res.status).toBe(500)
      expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
      expect(res.headers.get('access-control-allow-credentials')).toBe('true')
      // Every header the client reads (core's CLIENT_READ_HEADERS), so a page's client can read them.
      for (const name of Object.values(CLIENT_READ_HEADERS)) {
        expect(res.headers.get('access-control-expose-headers')).toContain(name)
      }
      expect(await res.json()).toMatchObject({ success: false, errors: [{ code: 'INTERNAL_ERROR' }] })
      const other = await fetch(`${running.url}/v1/whatsapp/senders`, { headers: { origin: 'https://evil.example' } })
      expect(other.status).toBe(500)
      expect(other.headers.get('access-control-allow-origin')).toBeNull()
      expect(errors).toHaveBeenCalledWith('briq-mock: could not answer a request:', expect.any(Error))
    } finally {
      errors.mockRestore()
    }
  })

  it('takes the URL from the Host header: a //host target is only a path (any prefix before /v1 is served), a bad Host is a 400', async () => {
    running = await startMockHttpServer({ port: 0 })
    const { port } = running
    const raw = (path: string, headers: Record<string, string>) => rawGet(port, path, headers)
    const key = { 'x-api-key': 'mock-api-key' }
    expect((await raw('/v1/whatsapp/senders', key)).status).toBe(200)
    expect((await raw('//evil.example/v1/whatsapp/senders', key)).status).toBe(200)
    expect((await raw('/\\evil.example/v1/whatsapp/senders', key)).status).toBe(200)
    const badHost = await raw('/v1/whatsapp/senders', { ...key, host: 'a@evil.example' })
    expect(badHost.status).toBe(400)
    expect(JSON.parse(badHost.body)).toMatchObject({ success: false, errors: [{ code: 'BAD_REQUEST' }] })
  })

  // Latin-1 letters alone (é, ñ, £: one UTF-16 unit, two UTF-8 bytes) as well as emoji.
  it.each([
    ['Habari 👋🏽 — karibu, ñandú', 'Ndiyo ✅'],
    ['Karibu café, ñandú: £5 ¡olé!', 'Sí'],
  ])('sends non-ASCII text whole: Content-Length counts UTF-8 bytes (%s)', async (text, title) => {
    running = await startMockHttpServer({ port: 0, seed: 'utf8' })
    const headers = { 'content-type': 'application/json', 'x-api-key': DEFAULT_API_KEY }
    const sent = await fetch(`${running.url}${sendInteractiveRoute.path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        to: '255712345678',
        interactive: {
          type: 'button',
          body: { text },
          action: { buttons: [{ type: 'reply', reply: { id: 'yes', title } }] },
        },
      }),
    })
    expect(sent.status).toBe(202)
    const { data } = (await sent.json()) as { data: { message_id: string } }
    const path = `/v1/whatsapp/messages/${data.message_id}`
    const read = await fetch(`${running.url}${path}`, { headers })
    const body = await read.text()
    expect(JSON.stringify(JSON.parse(body))).toContain(text)
    expect(Number(read.headers.get('content-length'))).toBe(new TextEncoder().encode(body).byteLength)
  })

  it('close() twice, or twice at once, resolves both times', async () => {
    const once = await startMockHttpServer({ port: 0 })
    await once.close()
    await expect(once.close()).resolves.toBeUndefined()
    const both = await startMockHttpServer({ port: 0 })
    await expect(Promise.all([both.close(), both.close()])).resolves.toEqual([undefined, undefined])
  })

  it('serves a mock it is given and stops accepting after close', async () => {
    running = await startMockHttpServer({ port: 0, seed: 'given' })
    const { url, mock } = running
    const again = await startMockHttpServer({ port: 0, mock })
    expect(again.mock).toBe(mock)
    await again.close()
    await running.close()
    running = undefined
    await expect(fetch(`${url}/__mock/state`)).rejects.toThrow()
  })

  it('closes the mock it created: no status webhook goes out after close; a given mock keeps its own', async () => {
    const events: string[] = []
    const webhook = {
      url: 'http://127.0.0.1:9/briq-webhook',
      fetch: async (_url: string, init: RequestInit) => {
        events.push(JSON.parse(String(init.body)).event)
        return new Response(null, { status: 204 })
      },
    }
    const statusSchedule = { sentAfterMs: 30, deliveredAfterMs: 60, readAfterMs: 90 }
    const sendOne = (url: string) =>
      fetch(`${url}${sendInteractiveRoute.path}`, {
        method: 'POST',
        headers: { 'X-API-Key': DEFAULT_API_KEY, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          to: '255712345678',
          interactive: {
            type: 'button',
            body: { text: 'Hi' },
            action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
          },
        }),
      })
    const own = await startMockHttpServer({ port: 0, webhook, statusSchedule })
    expect((await sendOne(own.url)).status).toBe(202)
    await own.close()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(events).toEqual([])

    const mock = createBriqMock({ webhook, statusSchedule })
    onTestFinished(() => mock.close())
    const serving = await startMockHttpServer({ port: 0, mock })
    expect((await sendOne(serving.url)).status).toBe(202)
    await serving.close()
    await vi.waitFor(() => expect(events).toEqual(['whatsapp.sent', 'whatsapp.delivered', 'whatsapp.read']))
  })

  // The latency's timers, told apart from the server's own by their length, and those cleared.
  function watchLatencyTimers() {
    const started: ReturnType<typeof setTimeout>[] = []
    const cleared: unknown[] = []
    const setTimer = globalThis.setTimeout
    const clearTimer = globalThis.clearTimeout
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((run: () => void, ms?: number) => {
      const timer = setTimer(run, ms)
      if (ms === 20_000) started.push(timer)
      return timer
    }) as typeof setTimeout)
    const clearSpy = vi.spyOn(globalThis, 'clearTimeout').mockImplementation((timer) => {
      cleared.push(timer)
      clearTimer(timer)
    })
    onTestFinished(() => {
      spy.mockRestore()
      clearSpy.mockRestore()
      for (const timer of started) clearTimer(timer)
    })
    return { started, cleared }
  }
  const latency = { latencyMs: 20_000, scope: 'all' } as const

  it('lets Node exit once closed while a request still waits out its latency', async () => {
    const timers = watchLatencyTimers()
    running = await startMockHttpServer({ port: 0, faults: latency })
    const answer = fetch(`${running.url}/v1/whatsapp/senders`, { headers: { 'X-API-Key': DEFAULT_API_KEY } })
    await vi.waitFor(() => expect(timers.started).toHaveLength(1))
    await running.close()
    running = undefined
    // Told it was not carried out, rather than cut.
    await expectStopped(await answer)
    // Closing the mock the server made ends the wait: its timer (it held Node 20 s) is gone.
    expect(timers.cleared).toContain(timers.started[0])
  })

  it('lets Node exit once closed while a request waits out the latency of a mock it was given', async () => {
    const timers = watchLatencyTimers()
    const mock = createBriqMock({ faults: latency })
    onTestFinished(() => mock.close())
    const serving = await startMockHttpServer({ port: 0, mock })
    const answer = fetch(`${serving.url}/v1/whatsapp/senders`, { headers: { 'X-API-Key': DEFAULT_API_KEY } })
    await vi.waitFor(() => expect(timers.started).toHaveLength(1))
    await serving.close()
    await expectStopped(await answer)
    // The mock is its owner's and still runs; nobody waits for this answer, so the timer no longer
    // holds the process.
    await vi.waitFor(() => expect(timers.started[0]?.hasRef()).toBe(false))
  })
})
