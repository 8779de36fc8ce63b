import { describe, expect, it } from 'vitest'
import { BriqError } from '../client/briq-error.ts'
import { describeRequestFailure, describeSendFailure } from '../i18n/format-issue.ts'
import { coreMessagesEn } from '../i18n/messages-en.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { requestFailureReason } from './request-failure-reason.ts'
import { sendFailureReason } from './send-failure-reason.ts'

const error = (init: ConstructorParameters<typeof BriqError>[0]) => new BriqError(init)

describe('sendFailureReason', () => {
  it('classifies by code first, then status, then kind', () => {
    expect(sendFailureReason(error({ kind: 'validation', message: 'x', code: 'DUPLICATE_SEND' }))).toEqual({
      reason: 'duplicate',
    })
    expect(sendFailureReason(error({ kind: 'validation', message: 'x', code: 'MAYBE_SENT' }))).toEqual({
      reason: 'maybe_sent',
    })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 422, code: 'WINDOW_CLOSED' }))).toEqual({
      reason: 'window_closed',
    })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 429, retryAfterMs: 6500 }))).toEqual({
      reason: 'rate_limited',
      retryAfterSeconds: 7,
    })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 429 }))).toEqual({ reason: 'rate_limited' })
    expect(sendFailureReason(error({ kind: 'validation', message: 'x' }))).toEqual({ reason: 'validation' })
    expect(sendFailureReason(error({ kind: 'network', message: 'x' }))).toEqual({ reason: 'network' })
    expect(sendFailureReason(error({ kind: 'timeout', message: 'x' }))).toEqual({ reason: 'timeout' })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 503 }))).toEqual({
      reason: 'server',
      status: 503,
    })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 401 }))).toEqual({ reason: 'unauthorized' })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 403 }))).toEqual({ reason: 'unauthorized' })
    // The proxy refusing where a request came from is its own setting, not the API key.
    for (const code of ['PROXY_ORIGIN_NOT_ALLOWED', 'PROXY_HOST_NOT_ALLOWED'])
      expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 403, code }))).toEqual({
        reason: 'proxy_forbidden',
      })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 409 }))).toEqual({
      reason: 'other',
      status: 409,
    })
    expect(sendFailureReason(error({ kind: 'aborted', message: 'x' }))).toEqual({ reason: 'other' })
  })

  it('marks a server failure that may have come after Briq passed the message on (500, 502, 504)', () => {
    for (const status of [500, 502, 504]) {
      expect(sendFailureReason(error({ kind: 'http', message: 'x', status }))).toEqual({
        reason: 'server',
        status,
        maybeSent: true,
      })
    }
    // Worded so nobody is told to just try again: check the conversation first.
    const failure = sendFailureReason(error({ kind: 'http', message: 'x', status: 500 }))
    expect(coreMessagesEn.sendFailure.server(failure)).toMatch(/may have been sent\. Check the conversation/)
    expect(coreMessagesEn.sendFailure.server(failure)).not.toMatch(/Try again/)
    expect(coreMessagesSw.sendFailure.server(failure)).toMatch(/huenda ujumbe umetumwa\. Angalia mazungumzo/)
  })

  it("reads the proxy's 502 UPSTREAM_UNREACHABLE (Briq never reached) as not sent, its UPSTREAM_ANSWER_LOST as maybe", () => {
    const unreachable = error({ kind: 'http', message: 'x', status: 502, code: 'UPSTREAM_UNREACHABLE' })
    expect(sendFailureReason(unreachable)).toEqual({ reason: 'upstream_unreachable' })
    // The proxy's own connection to Briq failed: nothing went, and Briq had no problem to report.
    expect(describeSendFailure(unreachable)).toBe(
      "Your server's proxy could not reach Briq (HTTP 502), so the message was not sent. Check the server's connection to Briq, then try again.",
    )
    expect(describeSendFailure(unreachable, coreMessagesSw)).toBe(
      'Proksi ya seva yako haikuweza kuifikia Briq (HTTP 502), kwa hiyo ujumbe haukutumwa. Angalia muunganisho wa seva na Briq, kisha ujaribu tena.',
    )
    expect(requestFailureReason(unreachable)).toEqual({ reason: 'upstream_unreachable' })
    expect(describeRequestFailure(unreachable)).toBe("your server's proxy could not reach Briq (HTTP 502)")
    expect(describeRequestFailure(unreachable, coreMessagesSw)).toBe(
      'proksi ya seva yako haikuweza kuifikia Briq (HTTP 502)',
    )
    const lost = error({ kind: 'http', message: 'x', status: 502, code: 'UPSTREAM_ANSWER_LOST' })
    expect(sendFailureReason(lost)).toEqual({ reason: 'server', status: 502, maybeSent: true })
  })

  it("reads the proxy's 504 UPSTREAM_TIMEOUT as Briq not answering it in time: the send may have reached Briq", () => {
    const late = error({ kind: 'http', message: 'x', status: 504, code: 'UPSTREAM_TIMEOUT' })
    expect(sendFailureReason(late)).toEqual({ reason: 'upstream_timeout' })
    expect(describeSendFailure(late)).toBe(
      "Briq did not answer your server's proxy in time (HTTP 504), so the message may have been sent. Check the conversation before sending it again.",
    )
    expect(describeSendFailure(late, coreMessagesSw)).toBe(
      'Briq haikuijibu proksi ya seva yako kwa wakati (HTTP 504), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.',
    )
    expect(requestFailureReason(late)).toEqual({ reason: 'upstream_timeout' })
    expect(describeRequestFailure(late)).toBe("Briq did not answer your server's proxy in time (HTTP 504)")
    expect(describeRequestFailure(late, coreMessagesSw)).toBe(
      'Briq haikuijibu proksi ya seva yako kwa wakati (HTTP 504)',
    )
    // A 504 from Briq's own side (no proxy code) is still Briq's problem, maybe sent.
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 504 }))).toMatchObject({ reason: 'server' })
  })

  it("reads the proxy's 502 UPSTREAM_REDIRECT (Briq answered a redirect, took nothing) as not sent", () => {
    const redirect = error({ kind: 'http', message: 'x', status: 502, code: 'UPSTREAM_REDIRECT' })
    expect(sendFailureReason(redirect)).toEqual({ reason: 'server', status: 502 })
    expect(coreMessagesEn.sendFailure.server(sendFailureReason(redirect))).toBe(
      'Briq had a problem on its side (HTTP 502). Try again; if it keeps failing, give Briq customer support the request id.',
    )
    expect(coreMessagesSw.sendFailure.server(sendFailureReason(redirect))).not.toMatch(/huenda ujumbe umetumwa/)
    // The one the proxy's own fetch followed anyway may have reached Briq first.
    const followed = error({ kind: 'http', message: 'x', status: 502, code: 'UPSTREAM_REDIRECT_FOLLOWED' })
    expect(sendFailureReason(followed)).toEqual({ reason: 'server', status: 502, maybeSent: true })
  })

  it("keeps a 5xx's Retry-After in whole seconds when it was not maybe sent (a 503 says how long Briq is away)", () => {
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 503, retryAfterMs: 2001 }))).toEqual({
      reason: 'server',
      status: 503,
      retryAfterSeconds: 3,
    })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 500, retryAfterMs: 2000 }))).toEqual({
      reason: 'server',
      status: 500,
      maybeSent: true,
    })
    // The controller's hold until then has no answer of its own: no status, the seconds left.
    const held = error({ kind: 'validation', message: 'x', code: 'SERVICE_UNAVAILABLE', retryAfterMs: 20_000 })
    expect(sendFailureReason(held)).toEqual({ reason: 'server', retryAfterSeconds: 20 })
  })

  it('says to wait no longer than the send controller holds Send, in English and Swahili', () => {
    const day = 86_400_000
    const throttled = sendFailureReason(error({ kind: 'http', message: 'x', status: 429, retryAfterMs: day }))
    expect(throttled).toEqual({ reason: 'rate_limited', retryAfterSeconds: 60 })
    expect(coreMessagesEn.sendFailure.rate_limited(throttled)).toBe(
      'Too many messages at once. Try again in 60 seconds.',
    )
    const away = sendFailureReason(error({ kind: 'http', message: 'x', status: 503, retryAfterMs: day }))
    expect(coreMessagesSw.sendFailure.server(away)).toContain('Jaribu tena baada ya sekunde 60;')
  })

  it('tells an answer that could not be read (the send may have been accepted) from a refusal', () => {
    expect(sendFailureReason(error({ kind: 'invalid_response', message: 'x', status: 202 }))).toEqual({
      reason: 'invalid_response',
      status: 202,
    })
  })
})
