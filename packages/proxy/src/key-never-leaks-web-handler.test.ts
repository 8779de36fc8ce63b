import { describe, expect, it } from 'vitest'
import { createBriqProxy } from './create-briq-proxy.ts'
import type { BriqProxyLogEvent } from './proxy-options.ts'

const KEY = 'briq_live_WEBHANDLER_SECRET'

// The Web handler as Workers, Deno and Bun call it: they hand it any method token a client sent
// (node's parser refuses unknown ones before the proxy runs), and a host's authorize or fetch
// answers with whatever it builds.
function proxyWith(options: Partial<Parameters<typeof createBriqProxy>[0]> = {}) {
  const logs: BriqProxyLogEvent[] = []
  const handler = createBriqProxy({
    apiKey: KEY,
    allowAnonymous: true,
    fetch: async () => Response.json([]),
    log: (event) => logs.push(event),
    ...options,
  })
  return { handler, logs }
}

describe('the key never leaves the Web handler', () => {
  it('is no header name of an answer, in any case, while the other headers stay', async () => {
    const { handler } = proxyWith({
      fetch: async () =>
        Response.json([], {
          headers: { [`x-debug-${KEY}`]: '1', [`X-Trace-${KEY.toUpperCase()}`]: '2', 'x-kept': 'yes' },
        }),
    })
    const response = await handler(new Request('https://app.example/v1/whatsapp/senders'))
    expect(response.status).toBe(200)
    const names = [...response.headers.keys()]
    expect(names.filter((name) => name.includes(KEY.toLowerCase()))).toEqual([])
    expect(response.headers.get('x-kept')).toBe('yes')
  })

  it("is cut out of the status text of authorize's own Response", async () => {
    const { handler } = proxyWith({
      allowAnonymous: false,
      authorize: () => new Response('{}', { status: 403, statusText: `Denied for ${KEY}` }),
    })
    const response = await handler(new Request('https://app.example/v1/whatsapp/senders'))
    expect(response.status).toBe(403)
    expect(response.statusText).toBe('Denied for [redacted]')
  })

  it('is in no log event: not as the method a client sent, nor in an upstream failure described', async () => {
    const { handler, logs } = proxyWith({
      fetch: async () => {
        throw Object.assign(new TypeError('fetch failed'), { name: `Failure_${KEY}` })
      },
    })
    expect((await handler(new Request('https://app.example/v1/whatsapp/senders', { method: KEY }))).status).toBe(405)
    expect((await handler(new Request('https://app.example/v1/whatsapp/senders'))).status).toBe(502)
    expect(logs.map(({ method, message }) => ({ method, message }))).toEqual([
      { method: '[redacted]', message: 'refused: method' },
      { method: 'GET', message: 'upstream unreachable: Failure_[redacted]' },
    ])
  })
})
