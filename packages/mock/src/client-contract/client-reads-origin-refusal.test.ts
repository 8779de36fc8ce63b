import {
  BriqError,
  coreMessagesSw,
  createBriqClient,
  createSendController,
  describeRequestFailure,
  describeSendFailure,
  sendFailureReason,
} from '@briq-interactive/core'
import { afterEach, describe, expect, it } from 'vitest'
import { type MockHttpServer, startMockHttpServer } from '../server/create-http-server.ts'
import { buttonInteractive } from '../test-support/interactives.ts'

// A developer's page at an address the standalone mock was not started for (a LAN address, a
// second dev server): its send is refused, and must not read as the API key refused.
let running: MockHttpServer | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

describe("core's client reading the standalone mock refusing a page's origin", () => {
  it('says the mock does not take requests from this address and how to start it, in English and Swahili', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: ['http://localhost:5173'] })
    const client = createBriqClient({
      endpoint: running.url,
      headers: { Origin: 'http://192.168.1.20:5173', 'X-API-Key': 'mock-api-key' },
      retry: false,
    })
    const sending = createSendController(client)
    const error = await sending.send({ to: '255712345678', interactive: buttonInteractive() }).then(
      () => expect.unreachable('the send went'),
      (failed: unknown) => failed as BriqError,
    )
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ status: 403, code: 'MOCK_ORIGIN_NOT_ALLOWED' })
    expect(error.message).toMatch(/^The mock answered 403 MOCK_ORIGIN_NOT_ALLOWED: /)
    expect(sendFailureReason(error)).toEqual({ reason: 'mock_forbidden' })
    expect(describeSendFailure(error)).toBe(
      "The mock server does not take requests from this page's address (HTTP 403), so the message was not sent. Restart it with --allow-origin and this page's address (allowedOrigins in code).",
    )
    expect(describeSendFailure(error, coreMessagesSw)).toBe(
      'Seva ya majaribio (mock) haipokei maombi kutoka anwani ya ukurasa huu (HTTP 403), kwa hiyo ujumbe haukutumwa. Iwashe upya kwa --allow-origin pamoja na anwani ya ukurasa huu (allowedOrigins kwenye msimbo).',
    )
    expect(describeRequestFailure(error)).toBe(
      "the mock server does not take requests from this page's address (HTTP 403)",
    )
    expect(describeRequestFailure(error, coreMessagesSw)).toBe(
      'seva ya majaribio (mock) haipokei maombi kutoka anwani ya ukurasa huu (HTTP 403)',
    )
    // Nothing was taken: the same send may go once the mock allows the page.
    expect(sending.getSnapshot()).toMatchObject({ maybeSent: false })
  })
})
