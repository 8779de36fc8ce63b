import {
  BriqError,
  createBriqClient,
  createSendController,
  describeSendFailure,
  sendFailureReason,
} from '@briq-interactive/core'
import { afterEach, describe, expect, it } from 'vitest'
import { closedPortUrl, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { startTestProxy, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

// The proxy tells a send that never left ("Could not reach … Try again shortly") from one whose
// answer was lost after it left ("may have reached Briq"); the kit's client must read them the
// same way, or it holds a message nobody sent as maybe sent.
const running: { close(): Promise<void> }[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.close()
})

const send = VALID_SEND as Parameters<ReturnType<typeof createBriqClient>['sendInteractive']>[0]

async function sendThrough(proxy: TestProxy) {
  const client = createBriqClient({ endpoint: proxy.url, retry: false })
  const error = await client.sendInteractive(send).catch((reason: unknown) => reason)
  expect(error).toBeInstanceOf(BriqError)
  const controller = createSendController(client)
  await controller.send(send).catch(() => undefined)
  return { error: error as BriqError, maybeSent: controller.getSnapshot().maybeSent }
}

describe("createBriqClient reading the proxy's 502s for a send", () => {
  it('a send that could not reach Briq is not maybe sent: it can be sent again', async () => {
    const proxy = await startTestProxy({ upstream: await closedPortUrl() })
    running.push(proxy)
    const { error, maybeSent } = await sendThrough(proxy)
    expect(error).toMatchObject({ kind: 'http', status: 502, code: 'UPSTREAM_UNREACHABLE' })
    expect(sendFailureReason(error)).toEqual({ reason: 'upstream_unreachable' })
    expect(maybeSent).toBe(false)
  })

  it('a send whose answer was lost after it left is maybe sent', async () => {
    const upstream = await startFakeUpstream((_request, response) => response.destroy())
    running.push(upstream)
    const proxy = await startTestProxy({ upstream: upstream.url })
    running.push(proxy)
    const { error, maybeSent } = await sendThrough(proxy)
    expect(error).toMatchObject({ kind: 'http', status: 502, code: 'UPSTREAM_ANSWER_LOST' })
    expect(sendFailureReason(error)).toEqual({ reason: 'server', status: 502, maybeSent: true })
    expect(maybeSent).toBe(true)
  })

  // Passed back, the client's fetch followed a 307 and re-POSTed the message and the customer's
  // number to another host, and took that host's answer for Briq's.
  it('a send Briq answered with a redirect is not sent, and never reaches the Location', async () => {
    const elsewhere = await startFakeUpstream((_request, response) =>
      json(response, 200, { success: true, data: { message_id: 'elsewhere', status: 'pending' } }),
    )
    const upstream = await startFakeUpstream((_request, response) => {
      response.writeHead(307, { location: `${elsewhere.url}/collect` })
      response.end()
    })
    running.push(elsewhere, upstream)
    const proxy = await startTestProxy({ upstream: upstream.url })
    running.push(proxy)
    const { error, maybeSent } = await sendThrough(proxy)
    expect(elsewhere.requests).toHaveLength(0)
    expect(error).toMatchObject({ kind: 'http', status: 502, code: 'UPSTREAM_REDIRECT' })
    expect(sendFailureReason(error)).toEqual({ reason: 'server', status: 502 })
    expect(describeSendFailure(error)).not.toMatch(/may have been sent/)
    expect(maybeSent).toBe(false)
  })
})
