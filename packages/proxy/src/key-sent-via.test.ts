import {
  BRIQ_API_KEY_HEADER,
  BriqError,
  createBriqClient,
  describeSendFailure,
  sendFailureReason,
} from '@briq-interactive/core'
import { afterEach, describe, expect, it } from 'vitest'
import { KEY_REFUSAL_MAX_BYTES } from './forward-to-upstream.ts'
import { json, startFakeUpstream } from './testing/fake-upstream.ts'
import { startTestProxy, TEST_KEY, VALID_SEND } from './testing/start-test-proxy.ts'

const running: { close(): Promise<void> }[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.close()
})

// Briq's 401, in whatever words: here the mock's for a key that never came.
async function proxyToA401(via?: string) {
  const upstream = await startFakeUpstream((_request, response) => {
    if (via !== undefined) response.setHeader('Via', via)
    json(response, 401, {
      success: false,
      data: null,
      errors: [{ code: 'UNAUTHORIZED', message: `Missing ${BRIQ_API_KEY_HEADER} header`, field: null }],
      request_id: 'r1',
    })
  })
  running.push(upstream)
  const proxy = await startTestProxy({ upstream: upstream.url })
  running.push(proxy)
  return { upstream, proxy }
}

describe("the proxy's mark on what it forwards (Via: 1.1 briq-proxy)", () => {
  it('follows any Via of Briq’s on a forwarded answer', async () => {
    const { proxy } = await proxyToA401('1.1 gateway.example')
    const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
    expect(response.status).toBe(401)
    expect(response.headers.get('via')).toBe('1.1 gateway.example, 1.1 briq-proxy')
  })

  it("has core's client word a 401 it forwarded as the key refused, never as no key sent, whatever Briq's words", async () => {
    const { upstream, proxy } = await proxyToA401()
    const client = createBriqClient({ endpoint: proxy.url, retry: false })
    const error = await client.sendInteractive(VALID_SEND).then(
      () => expect.unreachable('the send succeeded'),
      (reason: unknown) => reason as BriqError,
    )
    expect(error).toBeInstanceOf(BriqError)
    // The proxy sent its key: Briq refused it.
    expect(upstream.requests[0]?.headers[BRIQ_API_KEY_HEADER.toLowerCase()]).toBe(TEST_KEY)
    expect(error).toMatchObject({ status: 401, keySent: true })
    expect(sendFailureReason(error)).toEqual({ reason: 'unauthorized' })
    expect(describeSendFailure(error)).toMatch(/^Briq refused the API key, /)
  })

  it('names itself on each request it forwards to Briq, after any Via it received', async () => {
    const { upstream, proxy } = await proxyToA401()
    await fetch(`${proxy.url}/v1/whatsapp/senders`)
    await fetch(`${proxy.url}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Via: '1.1 lb.example, 1.0 edge' },
      body: JSON.stringify(VALID_SEND),
    })
    expect(upstream.requests.map((request) => request.headers.via)).toEqual([
      '1.1 briq-proxy',
      '1.1 lb.example, 1.0 edge, 1.1 briq-proxy',
    ])
  })

  it("marks its own 401 for a refusal too large to pass on, so core's client reads the key as sent", async () => {
    const upstream = await startFakeUpstream((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' })
      response.end(`{"detail":"Not authenticated","pad":"${' '.repeat(KEY_REFUSAL_MAX_BYTES)}"}`)
    })
    running.push(upstream)
    const proxy = await startTestProxy({ upstream: upstream.url })
    running.push(proxy)
    const client = createBriqClient({ endpoint: proxy.url, retry: false })
    const error = await client.listSenders().then(
      () => expect.unreachable('the read succeeded'),
      (reason: unknown) => reason as BriqError,
    )
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHORIZED', keySent: true })
    expect(sendFailureReason(error)).toEqual({ reason: 'unauthorized' })
  })
})
