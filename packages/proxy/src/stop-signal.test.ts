import { SEND_REQUEST } from '@briq-interactive/fixtures'
import { afterEach, describe, expect, it } from 'vitest'
import { createBriqProxy } from './create-briq-proxy.ts'
import type { BriqProxyLogEvent } from './proxy-options.ts'
import { type FakeUpstream, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { TEST_KEY } from './testing/start-test-proxy.ts'

let upstream: FakeUpstream | undefined
afterEach(async () => {
  await upstream?.close()
  upstream = undefined
})

describe('createBriqProxy with a stopSignal', () => {
  it('forwards as usual until it aborts, then nothing: 503 PROXY_STOPPING, logged, not sent', async () => {
    upstream = await startFakeUpstream((_req, res) => json(res, 202, { success: true, data: { status: 'pending' } }))
    const stop = new AbortController()
    const logs: BriqProxyLogEvent[] = []
    const proxy = createBriqProxy({
      apiKey: TEST_KEY,
      upstream: upstream.url,
      allowAnonymous: true,
      stopSignal: stop.signal,
      log: (event) => logs.push(event),
    })
    const send = () =>
      proxy(
        new Request('http://localhost/v1/whatsapp/messages/interactive', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(SEND_REQUEST),
        }),
      )
    expect((await send()).status).toBe(202)
    stop.abort()
    const refused = await send()
    expect(refused.status).toBe(503)
    expect(refused.headers.get('cache-control')).toBe('no-store')
    expect(await refused.json()).toMatchObject({
      errors: [
        {
          code: 'PROXY_STOPPING',
          message:
            'The proxy is stopping (a restart or a deploy) and did not send this request to Briq. Send it again.',
        },
      ],
    })
    const read = await proxy(new Request('http://localhost/v1/whatsapp/senders'))
    expect(read.status).toBe(503)
    expect(upstream.requests).toHaveLength(1)
    expect(logs.map((event) => [event.status, event.message])).toEqual([
      [202, 'forwarded'],
      [503, 'refused: stopping, not forwarded'],
      [503, 'refused: stopping, not forwarded'],
    ])
  })

  it('refuses a stopSignal that is no AbortSignal at creation', () => {
    expect(() =>
      createBriqProxy({ apiKey: TEST_KEY, allowAnonymous: true, stopSignal: new AbortController() as never }),
    ).toThrow(
      "createBriqProxy: stopSignal must be an AbortSignal (an AbortController's signal), aborted when the server stops.",
    )
  })
})
