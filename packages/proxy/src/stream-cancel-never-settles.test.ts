import { describe, expect, it } from 'vitest'
import { createBriqProxy } from './create-briq-proxy.ts'
import { TEST_KEY } from './testing/start-test-proxy.ts'

// In Next.js's edge runtime (`export const runtime = 'edge'`), cancelling the body of a request
// the client is still sending returns a promise that never settles; these streams do the same.
const neverSettlingCancel = (chunks: number, size: number) => {
  let sent = 0
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent++ < chunks) controller.enqueue(new Uint8Array(size).fill(0x20))
      },
      cancel: () => new Promise<void>(() => {}),
    },
    { highWaterMark: 0 },
  )
}

const SEND = 'https://app.example/v1/whatsapp/messages/interactive'

describe('a body stream whose cancel never settles', () => {
  it('still gets its 413 when the request body passes maxBodyBytes', { timeout: 2000 }, async () => {
    const handler = createBriqProxy({ apiKey: TEST_KEY, allowAnonymous: true, maxBodyBytes: 1024 })
    const request = new Request(SEND, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: neverSettlingCancel(100, 512),
      duplex: 'half',
    } as RequestInit)
    const response = await handler(request)
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ errors: [{ code: 'PROXY_PAYLOAD_TOO_LARGE', field: 'body' }] })
  })

  it.each([
    ['declared over maxResponseBytes', { 'Content-Length': '4096' }],
    ['chunked past maxResponseBytes', {}],
  ])('still gets its 502 when an answer is too large (%s)', { timeout: 2000 }, async (_name, headers) => {
    const handler = createBriqProxy({
      apiKey: TEST_KEY,
      allowAnonymous: true,
      maxResponseBytes: 1024,
      fetch: (async () =>
        new Response(neverSettlingCancel(100, 512), {
          headers: { 'Content-Type': 'application/json', ...headers },
        })) as unknown as typeof fetch,
    })
    const response = await handler(new Request('https://app.example/v1/whatsapp/senders'))
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ errors: [{ code: 'UPSTREAM_RESPONSE_TOO_LARGE' }] })
  })
})
