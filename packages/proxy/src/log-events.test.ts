import { describe, expect, it } from 'vitest'
import { createBriqProxy } from './create-briq-proxy.ts'
import type { BriqProxyLogEvent } from './proxy-options.ts'

const KEY = 'briq_live_LOGTEST_SECRET'

// A custom fetch stands in for Briq: the handler is called directly, as Workers, Deno or Bun would.
function proxyWith(answer: (url: string, init: RequestInit) => Response | Promise<Response>, extra = {}) {
  const logs: BriqProxyLogEvent[] = []
  const calls: { url: string; init: RequestInit }[] = []
  const handler = createBriqProxy({
    apiKey: KEY,
    allowAnonymous: true,
    fetch: async (input, init = {}) => {
      calls.push({ url: String(input), init })
      return answer(String(input), init)
    },
    log: (event) => logs.push(event),
    ...extra,
  })
  return { handler, logs, calls }
}

describe('log events', () => {
  it('carry level, message, method, path without query, status, duration and request id only', async () => {
    const { handler, logs } = proxyWith(() => Response.json([], { status: 200 }))
    const response = await handler(
      new Request('https://app.example/v1/whatsapp/conversations?recipient=255712345678', {
        headers: { 'X-Request-Id': 'trace-abc-123' },
      }),
    )
    expect(response.status).toBe(200)
    expect(logs).toEqual([
      {
        level: 'info',
        message: 'forwarded',
        method: 'GET',
        path: '/v1/whatsapp/conversations',
        status: 200,
        durationMs: expect.any(Number),
        requestId: 'trace-abc-123',
      },
    ])
  })

  it('are warn for refusals and error for upstream failures', async () => {
    const { handler, logs } = proxyWith(() => {
      throw new TypeError('fetch failed')
    })
    await handler(new Request('https://app.example/v1/whatsapp/templates'))
    await handler(new Request('https://app.example/v1/whatsapp/senders'))
    expect(logs.map(({ level, status, message }) => ({ level, status, message }))).toEqual([
      { level: 'warn', status: 404, message: 'refused: route not on the allow-list' },
      { level: 'error', status: 502, message: 'upstream unreachable: TypeError' },
    ])
  })

  it('describe an upstream failure even when the fetch throws something that throws when inspected', async () => {
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    const { handler, logs } = proxyWith(() => {
      throw revoked.proxy
    })
    const response = await handler(new Request('https://app.example/v1/whatsapp/senders'))
    expect(response.status).toBe(502)
    expect(logs.map(({ level, message }) => ({ level, message }))).toEqual([
      { level: 'error', message: 'upstream unreachable: unreadable error' },
    ])
  })

  it('never carry the key, even when it is in the requested path', async () => {
    const { handler, logs } = proxyWith(() => new Response('{}'))
    await handler(new Request(`https://app.example/v1/whatsapp/messages/${KEY}`))
    await handler(new Request(`https://app.example/${KEY}/x`))
    expect(logs).toHaveLength(2)
    for (const event of logs) expect(JSON.stringify(event)).not.toContain(KEY)
    expect(logs[1]?.path).toBe('/[redacted]/x')
  })

  it('a throwing logger does not change the answer', async () => {
    const handler = createBriqProxy({
      apiKey: KEY,
      allowAnonymous: true,
      fetch: async () => new Response('{"ok":true}'),
      log: () => {
        throw new Error('log sink down')
      },
    })
    const response = await handler(new Request('https://app.example/v1/whatsapp/senders'))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('{"ok":true}')
  })
})

describe('the Web handler with a custom fetch', () => {
  it('calls upstream with the canonical URL, manual redirects and the key header', async () => {
    const { handler, calls } = proxyWith(() => new Response(null, { status: 204 }), {
      upstream: 'https://pre-release.karibu.briq.tz/',
      basePath: '/api/briq/',
    })
    const response = await handler(new Request('https://app.example/api/briq/v1/whatsapp/messages?limit=5'))
    expect(response.status).toBe(204)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.url).toBe('https://pre-release.karibu.briq.tz/v1/whatsapp/messages?limit=5')
    expect(calls[0]?.init.redirect).toBe('manual')
    expect(new Headers(calls[0]?.init.headers).get('x-api-key')).toBe(KEY)
  })

  it('reads a blank upstream as unset, as the examples pass a blank BRIQ_UPSTREAM from an env file: Briq itself', async () => {
    for (const upstream of ['', '  ']) {
      const { handler, calls } = proxyWith(() => new Response(null, { status: 204 }), { upstream })
      await handler(new Request('https://app.example/v1/whatsapp/senders'))
      expect(calls[0]?.url).toBe('https://karibu.briq.tz/v1/whatsapp/senders')
    }
  })

  it('answers 404 for a path outside the base path', async () => {
    const { handler, calls } = proxyWith(() => new Response('{}'), { basePath: '/api/briq' })
    expect((await handler(new Request('https://app.example/v1/whatsapp/senders'))).status).toBe(404)
    expect((await handler(new Request('https://app.example/api/briqs/v1/whatsapp/senders'))).status).toBe(404)
    expect(calls).toHaveLength(0)
  })
})
