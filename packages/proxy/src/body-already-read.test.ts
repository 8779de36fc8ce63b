import { PROXY_BODY_ALREADY_READ } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { createBriqProxy } from './create-briq-proxy.ts'
import type { BriqProxyLogEvent } from './proxy-options.ts'
import { TEST_KEY, VALID_SEND } from './testing/start-test-proxy.ts'

describe('a Web Request whose body something before the proxy already read', () => {
  it('is refused with 500 PROXY_BODY_ALREADY_READ saying why, and nothing is forwarded', async () => {
    const calls: string[] = []
    const logs: BriqProxyLogEvent[] = []
    const handler = createBriqProxy({
      apiKey: TEST_KEY,
      allowAnonymous: true,
      log: (event) => logs.push(event),
      fetch: (async (url: string) => {
        calls.push(url)
        return Response.json({ success: true })
      }) as typeof fetch,
    })
    const request = new Request('https://app.example/v1/whatsapp/messages/interactive', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(VALID_SEND),
    })
    // What a Hono middleware calling `c.req.json()` leaves behind in `c.req.raw`.
    await request.json()
    const response = await handler(request)
    expect(response.status).toBe(500)
    expect((await response.json()).errors).toEqual([
      {
        code: PROXY_BODY_ALREADY_READ,
        message: expect.stringContaining('The request body was already read before the Briq proxy got it'),
        field: null,
      },
    ])
    expect(calls).toEqual([])
    expect(logs.map((event) => event.message)).toEqual(['refused: body already read'])
  })
})
