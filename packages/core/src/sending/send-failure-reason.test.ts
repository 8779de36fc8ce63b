import { describe, expect, it } from 'vitest'
import { BriqError } from '../client/briq-error.ts'
import { describeRequestFailure, describeSendFailure } from '../i18n/format-issue.ts'
import { coreMessagesEn } from '../i18n/messages-en.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import * as core from '../index.ts'
import { mayHaveBeenSent } from './may-have-been-sent.ts'
import { requestFailureReason } from './request-failure-reason.ts'
import { sendFailureReason } from './send-failure-reason.ts'

type ErrorInit = ConstructorParameters<typeof BriqError>[0]
// An http error with a status is Briq's own answer here, with its error details, unless a test
// gives `errors` or a `code` itself: an answer with none of them (`errors: []`) is a page from a
// server between the page and Briq.
const BRIQ_SAID = [{ code: 'ERROR', message: 'Briq said why' }]
const error = (init: ErrorInit) =>
  new BriqError(
    init.kind === 'http' && init.status !== undefined && init.errors === undefined && init.code === undefined
      ? { ...init, errors: BRIQ_SAID }
      : init,
  )

// A failure said four ways: a send's sentence and another call's, in English and Swahili.
const allSentences = (failed: BriqError) => [
  describeSendFailure(failed),
  describeSendFailure(failed, coreMessagesSw),
  describeRequestFailure(failed),
  describeRequestFailure(failed, coreMessagesSw),
]
describe('sendFailureReason', () => {
  it('classifies by code first, then status, then kind', () => {
    expect(sendFailureReason(error({ kind: 'validation', message: 'x', code: 'DUPLICATE_SEND' }))).toEqual({
      reason: 'duplicate',
    })
    expect(sendFailureReason(error({ kind: 'validation', message: 'x', code: 'MAYBE_SENT' }))).toEqual({
      reason: 'maybe_sent',
      maybeSent: true,
    })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 422, code: 'WINDOW_CLOSED' }))).toEqual({
      reason: 'window_closed',
    })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 429, retryAfterMs: 6500 }))).toEqual({
      reason: 'rate_limited',
      askedBy: 'briq',
      retryAfterSeconds: 7,
    })
    expect(sendFailureReason(error({ kind: 'http', message: 'x', status: 429 }))).toEqual({
      reason: 'rate_limited',
      askedBy: 'briq',
    })
    expect(sendFailureReason(error({ kind: 'validation', message: 'x' }))).toEqual({ reason: 'validation' })
    expect(sendFailureReason(error({ kind: 'network', message: 'x', code: 'FAILED_BEFORE_REQUEST' }))).toEqual({
      reason: 'network',
    })
    // A network failure nothing places before the request (a host's own client's) may have sent it.
    expect(sendFailureReason(error({ kind: 'network', message: 'x' }))).toEqual({ reason: 'network', maybeSent: true })
    expect(sendFailureReason(error({ kind: 'timeout', message: 'x' }))).toEqual({ reason: 'timeout', maybeSent: true })
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
    expect(sendFailureReason(error({ kind: 'aborted', message: 'x' }))).toEqual({ reason: 'aborted', maybeSent: true })
    const early = error({ kind: 'aborted', message: 'x', code: 'ABORTED_BEFORE_REQUEST' })
    expect(sendFailureReason(early)).toEqual({ reason: 'aborted' })
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

  it("reads the mock's 503 MOCK_STOPPING as the mock stopping, not sent, never as Briq's problem", () => {
    const stopping = error({ kind: 'http', message: 'x', status: 503, code: 'MOCK_STOPPING' })
    expect(sendFailureReason(stopping)).toEqual({ reason: 'mock_stopping' })
    expect(requestFailureReason(stopping)).toEqual({ reason: 'mock_stopping' })
    expect(describeSendFailure(stopping)).toBe(
      'The mock server is stopping (HTTP 503) and did not handle the request, so the message was not sent and nothing changed. Send it again once the mock runs again.',
    )
    expect(describeSendFailure(stopping, coreMessagesSw)).toBe(
      'Seva ya majaribio (mock) inazimwa (HTTP 503) na haikulishughulikia ombi, kwa hiyo ujumbe haukutumwa na hakuna kilichobadilika. Uutume tena seva ya majaribio ikishawashwa tena.',
    )
    expect(describeRequestFailure(stopping)).toBe(
      'the mock server is stopping (HTTP 503) and did not handle the request: try again once it runs again',
    )
    expect(describeRequestFailure(stopping, coreMessagesSw)).toBe(
      'seva ya majaribio (mock) inazimwa (HTTP 503) na haikulishughulikia ombi: jaribu tena ikishawashwa tena',
    )
    for (const sentence of allSentences(stopping)) expect(sentence).not.toMatch(/Briq/)
  })

  it("reads the proxy's 502 UPSTREAM_UNREACHABLE (Briq never reached) as not sent", () => {
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
  })

  it("reads the proxy's 504 UPSTREAM_TIMEOUT as Briq not answering it in time: the send may have reached Briq", () => {
    const late = error({ kind: 'http', message: 'x', status: 504, code: 'UPSTREAM_TIMEOUT' })
    // A host reading the flag learns what the sentence says, as after the client's own timeout.
    expect(sendFailureReason(late)).toEqual({ reason: 'upstream_timeout', maybeSent: true })
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

  // Whether the message may have gone, by hand from what each failure means, for every reason
  // and every code of the proxy's: the flag and both languages' sentences must say the same as
  // mayHaveBeenSent, which the send controller holds a retry by.
  const http = (status: number, code?: string) => error({ kind: 'http', message: 'x', status, code })
  const rule: [string, BriqError, string, boolean][] = [
    [
      'the controller refusing a duplicate',
      error({ kind: 'validation', message: 'x', code: 'DUPLICATE_SEND' }),
      'duplicate',
      false,
    ],
    [
      'the controller holding a maybe-sent retry',
      error({ kind: 'validation', message: 'x', code: 'MAYBE_SENT' }),
      'maybe_sent',
      true,
    ],
    ['a request breaking a rule', error({ kind: 'validation', message: 'x' }), 'validation', false],
    [
      'no fetch (nothing left the page)',
      error({ kind: 'network', message: 'x', code: 'FAILED_BEFORE_REQUEST' }),
      'network',
      false,
    ],
    [
      'fetch failing after it started',
      error({ kind: 'network', message: 'x', cause: new TypeError('reset') }),
      'network',
      true,
    ],
    ["the client's own timeout", error({ kind: 'timeout', message: 'x' }), 'timeout', true],
    ['the caller aborting once the request may have left', error({ kind: 'aborted', message: 'x' }), 'aborted', true],
    [
      'the caller aborting before the request left',
      error({ kind: 'aborted', message: 'x', code: 'ABORTED_BEFORE_REQUEST' }),
      'aborted',
      false,
    ],
    [
      'an accepted answer that could not be read',
      error({ kind: 'invalid_response', message: 'x', status: 202 }),
      'invalid_response',
      true,
    ],
    ['a closed window', http(422, 'WINDOW_CLOSED'), 'window_closed', false],
    ['rate limited', http(429), 'rate_limited', false],
    ['the key refused', http(401, 'UNAUTHORIZED'), 'unauthorized', false],
    ['a refusal', http(409), 'other', false],
    ['Briq failing inside', http(500), 'server', true],
    ['a bad gateway before Briq', http(502), 'server', true],
    ['Briq unavailable', http(503), 'server', false],
    ['a gateway timeout', http(504), 'server', true],
    ["a CDN's origin timeout (Briq got the request, its answer was not waited for)", http(524), 'server', true],
    ['an unknown answer from the origin, through a CDN', http(520), 'server', true],
    ['Briq out of storage part way', http(507), 'server', true],
    ['Briq not implementing the method', http(501), 'server', false],
    ['an HTTP version Briq does not take', http(505), 'server', false],
    ['a captive portal in the way', http(511), 'server', false],
    ['PROXY_UNAUTHORIZED', http(401, 'PROXY_UNAUTHORIZED'), 'proxy_unauthorized', false],
    ['PROXY_ORIGIN_NOT_ALLOWED', http(403, 'PROXY_ORIGIN_NOT_ALLOWED'), 'proxy_forbidden', false],
    ['PROXY_HOST_NOT_ALLOWED', http(403, 'PROXY_HOST_NOT_ALLOWED'), 'proxy_forbidden', false],
    ['PROXY_NOT_CONFIGURED', http(500, 'PROXY_NOT_CONFIGURED'), 'proxy_not_configured', false],
    ['MOCK_ORIGIN_NOT_ALLOWED', http(403, 'MOCK_ORIGIN_NOT_ALLOWED'), 'mock_forbidden', false],
    ['MOCK_HOST_NOT_ALLOWED', http(403, 'MOCK_HOST_NOT_ALLOWED'), 'mock_forbidden', false],
    // The standalone mock stopping handled nothing: its own reason, not Briq's 503.
    ['MOCK_STOPPING', http(503, 'MOCK_STOPPING'), 'mock_stopping', false],
    ['PROXY_NOT_FOUND', http(404, 'PROXY_NOT_FOUND'), 'proxy_refused', false],
    ['PROXY_METHOD_NOT_ALLOWED', http(405, 'PROXY_METHOD_NOT_ALLOWED'), 'proxy_refused', false],
    ['PROXY_PAYLOAD_TOO_LARGE', http(413, 'PROXY_PAYLOAD_TOO_LARGE'), 'proxy_refused', false],
    ['PROXY_UNSUPPORTED_MEDIA_TYPE', http(415, 'PROXY_UNSUPPORTED_MEDIA_TYPE'), 'proxy_refused', false],
    ['PROXY_BAD_REQUEST', http(400, 'PROXY_BAD_REQUEST'), 'proxy_refused', false],
    ['PROXY_HEADERS_TOO_LARGE', http(431, 'PROXY_HEADERS_TOO_LARGE'), 'proxy_refused', false],
    ['PROXY_REQUEST_TIMEOUT', http(408, 'PROXY_REQUEST_TIMEOUT'), 'proxy_refused', false],
    ['PROXY_EXPECTATION_FAILED', http(417, 'PROXY_EXPECTATION_FAILED'), 'proxy_refused', false],
    // Not a gateway's 503, which may come after passing the request on: the proxy forwarded nothing.
    ['PROXY_CONNECTION_REQUEST_LIMIT', http(503, 'PROXY_CONNECTION_REQUEST_LIMIT'), 'proxy_refused', false],
    // Stopping (a deploy), it forwards nothing more: not sent, and sent again it goes elsewhere.
    ['PROXY_STOPPING', http(503, 'PROXY_STOPPING'), 'proxy_refused', false],
    ['PROXY_BODY_ALREADY_READ', http(500, 'PROXY_BODY_ALREADY_READ'), 'proxy_not_configured', false],
    ['PROXY_ERROR', http(500, 'PROXY_ERROR'), 'proxy_error', true],
    ['UPSTREAM_UNREACHABLE', http(502, 'UPSTREAM_UNREACHABLE'), 'upstream_unreachable', false],
    ['UPSTREAM_REDIRECT', http(502, 'UPSTREAM_REDIRECT'), 'upstream_unreachable', false],
    ['UPSTREAM_ANSWER_LOST', http(502, 'UPSTREAM_ANSWER_LOST'), 'upstream_answer_lost', true],
    ['UPSTREAM_RESPONSE_TOO_LARGE', http(502, 'UPSTREAM_RESPONSE_TOO_LARGE'), 'upstream_answer_lost', true],
    ['UPSTREAM_RESPONSE_UNREADABLE', http(502, 'UPSTREAM_RESPONSE_UNREADABLE'), 'upstream_answer_lost', true],
    ['UPSTREAM_REDIRECT_FOLLOWED', http(502, 'UPSTREAM_REDIRECT_FOLLOWED'), 'upstream_answer_lost', true],
    ['UPSTREAM_TIMEOUT', http(504, 'UPSTREAM_TIMEOUT'), 'upstream_timeout', true],
  ]

  it.each(rule)(
    '%s: the reason, its maybeSent flag and its sentences follow the one rule',
    (_name, failed, reason, maybe) => {
      expect(mayHaveBeenSent(failed)).toBe(maybe)
      const failure = sendFailureReason(failed)
      expect(failure.reason).toBe(reason)
      expect(failure.maybeSent === true).toBe(maybe)
      expect(coreMessagesEn.sendFailure[failure.reason](failure)).toMatch(
        maybe ? /may (have reached|have been sent)/ : /^(?!.*may have)/,
      )
      expect(coreMessagesSw.sendFailure[failure.reason](failure)).toMatch(maybe ? /huenda/i : /^(?!.*huenda)/i)
    },
  )

  it('has a row for every code the proxy or the mock makes, as core exports them', () => {
    const codes = Object.keys(core).filter((name) => /^(PROXY|UPSTREAM|MOCK)_[A-Z_]+$/.test(name))
    expect(codes.length).toBeGreaterThanOrEqual(17)
    for (const code of codes) expect(rule.map(([name]) => name)).toContain(code)
  })

  it("reads a code that only looks like the proxy's by its status, as any other", () => {
    const lookalike = http(502, 'UPSTREAM_SOMETHING_NEW')
    expect(sendFailureReason(lookalike)).toEqual({ reason: 'server', status: 502, maybeSent: true })
    expect(describeSendFailure(lookalike)).toMatch(/^Briq had a problem on its side \(HTTP 502\)/)
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

  it('says the whole wait Briq asked for, in seconds, minutes or hours, in English and Swahili', () => {
    const throttled = sendFailureReason(error({ kind: 'http', message: 'x', status: 429, retryAfterMs: 90_000 }))
    expect(throttled).toEqual({ reason: 'rate_limited', askedBy: 'briq', retryAfterSeconds: 90 })
    // Rounded up: never back before the wait is over.
    expect(coreMessagesEn.sendFailure.rate_limited(throttled)).toBe(
      'Too many messages at once. Try again in 2 minutes.',
    )
    expect(coreMessagesSw.sendFailure.rate_limited(throttled)).toBe(
      'Jumbe nyingi mno kwa wakati mmoja. Jaribu tena baada ya dakika 2.',
    )
    const unavailable = { code: 'SERVICE_UNAVAILABLE', message: 'Try later' }
    // A whole day (a daily sending limit) is still a wait to hold for and to name.
    const away = sendFailureReason(
      error({
        kind: 'http',
        message: 'x',
        status: 503,
        retryAfterMs: core.MAX_SEND_HOLD_MS - 30_000,
        requestId: 'req-1',
        errors: [unavailable],
      }),
    )
    expect(away).toMatchObject({ reason: 'server', retryAfterSeconds: 86_370 })
    expect(coreMessagesEn.sendFailure.server(away)).toContain('Try again in 24 hours;')
    expect(coreMessagesSw.sendFailure.server(away)).toContain('Jaribu tena baada ya muda wa saa 24;')
    expect(describeRequestFailure(error({ kind: 'http', message: 'x', status: 429, retryAfterMs: 7_200_000 }))).toBe(
      'too many requests at once; try again in 2 hours',
    )
    // A status poll told to wait a year names no wait either (its watcher backs off instead).
    const year = error({ kind: 'http', message: 'x', status: 429, retryAfterMs: 31_536_000_000 })
    expect(requestFailureReason(year)).toEqual({ reason: 'rate_limited', askedBy: 'briq', waitTooLong: true })
    expect([describeRequestFailure(year), describeRequestFailure(year, coreMessagesSw)]).toEqual([
      'too many requests at once, and the server asked to wait more than a day, which is most likely a setting gone wrong',
      'maombi mengi mno kwa wakati mmoja, na seva imeomba kusubiri zaidi ya siku moja; huenda ni mpangilio uliokosewa',
    ])
    expect(coreMessagesEn.sendHold({ reason: 'server', askedBy: 'briq', seconds: 60 })).toBe(
      'Sending is on hold for another 1 minute: Briq asked to wait (it had a problem on its side).',
    )
    expect(coreMessagesSw.sendHold({ reason: 'server', askedBy: 'briq', seconds: 59 })).toBe(
      'Kutuma kumesimamishwa kwa sekunde 59 zaidi: Briq imeomba kusubiri (imepata hitilafu upande wake).',
    )
    // A gateway's 429 page, named as its failure's sentence names it; a host's call that does not
    // say who asked: "the server".
    expect(coreMessagesEn.sendHold({ reason: 'rate_limited', askedBy: 'gateway', seconds: 5 })).toBe(
      'Sending is on hold for another 5 seconds: a server on the way to Briq asked to wait (too many requests at once).',
    )
    expect(coreMessagesSw.sendHold({ reason: 'rate_limited', askedBy: 'gateway', seconds: 5 })).toBe(
      'Kutuma kumesimamishwa kwa sekunde 5 zaidi: seva iliyo njiani kuelekea Briq imeomba kusubiri (maombi mengi mno kwa wakati mmoja).',
    )
    expect(coreMessagesEn.sendHold({ reason: 'rate_limited', seconds: 5 })).toBe(
      'Sending is on hold for another 5 seconds: the server asked to wait (too many messages at once).',
    )
    expect(coreMessagesSw.sendHold({ reason: 'rate_limited', seconds: 5 })).toBe(
      'Kutuma kumesimamishwa kwa sekunde 5 zaidi: seva imeomba kusubiri (jumbe nyingi mno kwa wakati mmoja).',
    )
  })

  it('a Retry-After past a day is a setting gone wrong: no wait named (no "8760 hours"), try again soon', () => {
    const year = 365 * 86_400_000
    const throttled = sendFailureReason(error({ kind: 'http', message: 'x', status: 429, retryAfterMs: year }))
    expect(throttled).toEqual({ reason: 'rate_limited', askedBy: 'briq', waitTooLong: true })
    expect(describeSendFailure(error({ kind: 'http', message: 'x', status: 429, retryAfterMs: year }))).toBe(
      'Too many messages at once. Briq asked to wait more than a day before sending again, which is most likely a setting gone wrong, so sending is not put on hold: try again in a few minutes, and if it is refused again, tell whoever set up this page.',
    )
    expect(coreMessagesSw.sendFailure.rate_limited(throttled)).toBe(
      'Jumbe nyingi mno kwa wakati mmoja. Briq imeomba kusubiri zaidi ya siku moja kabla ya kutuma tena; huenda ni mpangilio uliokosewa, kwa hiyo kutuma hakujasimamishwa: jaribu tena baada ya dakika chache, na ujumbe ukikataliwa tena, mjulishe aliyeandaa ukurasa huu.',
    )
    // A host's own failure that does not say who asked names nobody it cannot know, as the hold does.
    expect([
      coreMessagesEn.sendFailure.rate_limited({ reason: 'rate_limited', waitTooLong: true }),
      coreMessagesSw.sendFailure.rate_limited({ reason: 'rate_limited', waitTooLong: true }),
    ]).toEqual([
      'Too many messages at once. The server asked to wait more than a day before sending again, which is most likely a setting gone wrong, so sending is not put on hold: try again in a few minutes, and if it is refused again, tell whoever set up this page.',
      'Jumbe nyingi mno kwa wakati mmoja. Seva imeomba kusubiri zaidi ya siku moja kabla ya kutuma tena; huenda ni mpangilio uliokosewa, kwa hiyo kutuma hakujasimamishwa: jaribu tena baada ya dakika chache, na ujumbe ukikataliwa tena, mjulishe aliyeandaa ukurasa huu.',
    ])
    const page = error({ kind: 'http', message: 'x', status: 429, retryAfterMs: year, errors: [] })
    expect(describeSendFailure(page)).toBe(
      'A server on the way to Briq got too many requests at once (HTTP 429), not Briq, so the message was not sent. That server asked to wait more than a day before sending again, which is most likely a setting gone wrong, so sending is not put on hold: try again in a few minutes, and if it is refused again, tell whoever set up this page.',
    )
    const unavailable = error({
      kind: 'http',
      message: 'x',
      status: 503,
      retryAfterMs: core.MAX_SEND_HOLD_MS + 1_000,
      requestId: 'req-1',
      errors: [{ code: 'SERVICE_UNAVAILABLE', message: 'Try later' }],
    })
    expect(sendFailureReason(unavailable)).toEqual({
      reason: 'server',
      status: 503,
      requestId: 'req-1',
      waitTooLong: true,
    })
    expect(describeSendFailure(unavailable)).toBe(
      'Briq had a problem on its side (HTTP 503) and asked to wait more than a day before sending again, which is most likely a setting gone wrong, so sending is not put on hold. Try again in a few minutes; if it keeps failing, give Briq customer support the request id.',
    )
    expect(describeSendFailure(unavailable, coreMessagesSw)).toBe(
      'Briq imepata hitilafu upande wake (HTTP 503) na imeomba kusubiri zaidi ya siku moja kabla ya kutuma tena; huenda ni mpangilio uliokosewa, kwa hiyo kutuma hakujasimamishwa. Jaribu tena baada ya dakika chache; ikiendelea kushindikana, wasiliana na huduma kwa wateja ya Briq ukitaja kitambulisho cha ombi.',
    )
  })

  it("names a gateway's 429 as the note beside Send does: a server on the way to Briq, not Briq", () => {
    const page = error({ kind: 'http', message: 'x', status: 429, retryAfterMs: 30_000, errors: [] })
    expect(sendFailureReason(page)).toEqual({ reason: 'rate_limited', askedBy: 'gateway', retryAfterSeconds: 30 })
    expect(describeSendFailure(page)).toBe(
      'A server on the way to Briq got too many requests at once (HTTP 429), not Briq, so the message was not sent. Try again in 30 seconds.',
    )
    expect(describeSendFailure(page, coreMessagesSw)).toBe(
      'Seva iliyo njiani kuelekea Briq imepokea maombi mengi mno kwa wakati mmoja (HTTP 429), si Briq, kwa hiyo ujumbe haukutumwa. Jaribu tena baada ya sekunde 30.',
    )
    const noWait = error({ kind: 'http', message: 'x', status: 429, errors: [] })
    expect(describeSendFailure(noWait)).toBe(
      'A server on the way to Briq got too many requests at once (HTTP 429), not Briq, so the message was not sent. Wait a moment, then try again.',
    )
    // A status poll a gateway turned away names it too, as the send does, not "too many requests" as Briq's.
    expect(requestFailureReason(page)).toEqual({ reason: 'rate_limited', askedBy: 'gateway', retryAfterSeconds: 30 })
    expect([describeRequestFailure(page), describeRequestFailure(page, coreMessagesSw)]).toEqual([
      'a server on the way to Briq got too many requests at once (HTTP 429), not Briq; try again in 30 seconds',
      'seva iliyo njiani kuelekea Briq imepokea maombi mengi mno kwa wakati mmoja (HTTP 429), si Briq; jaribu tena baada ya sekunde 30',
    ])
    const pageYear = error({ kind: 'http', message: 'x', status: 429, retryAfterMs: 365 * 86_400_000, errors: [] })
    expect([describeRequestFailure(pageYear), describeRequestFailure(pageYear, coreMessagesSw)]).toEqual([
      'a server on the way to Briq got too many requests at once (HTTP 429), not Briq, and it asked to wait more than a day, which is most likely a setting gone wrong',
      'seva iliyo njiani kuelekea Briq imepokea maombi mengi mno kwa wakati mmoja (HTTP 429), si Briq, na seva hiyo imeomba kusubiri zaidi ya siku moja; huenda ni mpangilio uliokosewa',
    ])
    expect(describeRequestFailure(noWait)).toBe(
      'a server on the way to Briq got too many requests at once (HTTP 429), not Briq; wait a moment',
    )
    // The controller's refusal during the hold is read by the answer that began it (its cause).
    const held = error({ kind: 'validation', message: 'x', code: 'RATE_LIMITED', retryAfterMs: 9_000, cause: page })
    expect(sendFailureReason(held)).toEqual({ reason: 'rate_limited', askedBy: 'gateway', retryAfterSeconds: 9 })
    const byBriq = error({ kind: 'http', message: 'x', status: 429, code: 'RATE_LIMITED' })
    const heldByBriq = error({
      kind: 'validation',
      message: 'x',
      code: 'RATE_LIMITED',
      retryAfterMs: 9_000,
      cause: byBriq,
    })
    expect(describeSendFailure(heldByBriq)).toBe('Too many messages at once. Try again in 9 seconds.')
  })

  it("a gateway's 408 is a request too slow to arrive, not a wrong address: not sent, check the connection", () => {
    // RFC 9110, 408: the server did not receive a complete request in time; a client may repeat it.
    const page = error({ kind: 'http', message: 'x', status: 408, errors: [] })
    expect(sendFailureReason(page)).toEqual({ reason: 'gateway', status: 408 })
    expect(describeSendFailure(page)).toBe(
      'A server on the way to Briq stopped waiting before the whole request reached it (HTTP 408), so the message was not sent. This is usually a slow or unsteady connection: check it, then send the message again.',
    )
    expect(describeSendFailure(page, coreMessagesSw)).toBe(
      'Seva iliyo njiani kuelekea Briq iliacha kusubiri kabla ombi lote halijaifikia (HTTP 408), kwa hiyo ujumbe haukutumwa. Mara nyingi chanzo ni muunganisho wa polepole au usio thabiti: angalia muunganisho wako, kisha utume ujumbe tena.',
    )
  })

  it("a gateway's 502 or other 5xx that may have passed the request on does not say it was not Briq", () => {
    // RFC 9110, 502: the gateway got no valid answer from the server behind it, which may be
    // Briq's; after a CDN's 520 (an unknown error from the origin) the request may have reached
    // Briq too. Only a 5xx that handled nothing (501, 505) is said not to be Briq's.
    const page = (status: number) => error({ kind: 'http', message: 'x', status, errors: [] })
    expect(describeSendFailure(page(502))).toBe(
      'A server on the way to Briq got no valid answer from the server behind it (HTTP 502), so the message may have been sent. Check the conversation before sending it again.',
    )
    expect(describeSendFailure(page(502), coreMessagesSw)).toBe(
      'Seva iliyo njiani kuelekea Briq haikupata jibu halali kutoka kwa seva iliyo nyuma yake (HTTP 502), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.',
    )
    expect(describeSendFailure(page(520))).toBe(
      'A server on the way to Briq failed (HTTP 520), so the message may have been sent. Check the conversation before sending it again.',
    )
    expect(describeSendFailure(page(520), coreMessagesSw)).toBe(
      'Seva iliyo njiani kuelekea Briq imeshindwa (HTTP 520), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.',
    )
    expect(describeSendFailure(page(501))).toBe(
      'A server on the way to Briq failed (HTTP 501), not Briq itself, so the message was not sent. Try again in a few minutes; if it keeps failing, tell whoever set up this page.',
    )
    expect(describeRequestFailure(page(502))).toBe(
      'a server on the way to Briq got no valid answer from the server behind it (HTTP 502)',
    )
    expect(describeRequestFailure(page(502), coreMessagesSw)).toBe(
      'seva iliyo njiani kuelekea Briq haikupata jibu halali kutoka kwa seva iliyo nyuma yake (HTTP 502)',
    )
    expect(describeRequestFailure(page(520))).toBe('a server on the way to Briq failed (HTTP 520)')
    expect(describeRequestFailure(page(520), coreMessagesSw)).toBe(
      'seva iliyo njiani kuelekea Briq imeshindwa (HTTP 520)',
    )
    expect(describeRequestFailure(page(505))).toBe('a server on the way to Briq failed (HTTP 505), not Briq itself')
  })

  it('words a send or a poll a redirect led away (a sign-in, most likely): not sent, reload and sign in', () => {
    const redirected = error({ kind: 'http', message: 'x', code: 'REDIRECTED' })
    const said = allSentences(redirected)
    expect(said).toEqual([
      'The request was sent on to another page instead of Briq, most likely a sign-in page (your session may have ended), so the message was not sent. Reload this page and sign in if it asks, then send the message again.',
      'Ombi lilielekezwa kwenye ukurasa mwingine badala ya Briq, pengine ukurasa wa kuingia (huenda muda wako wa kuingia umeisha), kwa hiyo ujumbe haukutumwa. Pakia upya ukurasa huu na uingie ukiombwa, kisha utume ujumbe tena.',
      'it was sent on to another page, most likely a sign-in: reload this page and sign in',
      'ombi lilielekezwa kwenye ukurasa mwingine, huenda wa kuingia: pakia upya ukurasa huu na uingie',
    ])
  })

  it('words a redirect the client did not follow (outside a web page) as the address redirecting, not a sign-in', () => {
    const answer = error({ kind: 'http', message: 'x', status: 301, errors: [] })
    const redirected = error({ kind: 'http', message: 'x', code: 'REDIRECTED', cause: answer })
    expect(sendFailureReason(redirected)).toEqual({ reason: 'redirected', status: 301 })
    expect(requestFailureReason(redirected)).toEqual({ reason: 'redirected', status: 301 })
    expect(allSentences(redirected)).toEqual([
      "The address the message was sent to answered with a redirect to another address (HTTP 301) instead of Briq's answer, and a redirect is not followed outside a web page, so the message was not sent. Whoever set up the sending should check that address (https:// rather than http://, say).",
      'Anwani ambayo ujumbe ulitumwa kwake imejibu kwa kuelekeza kwenye anwani nyingine (HTTP 301) badala ya kutoa jibu la Briq, na uelekezaji haufuatwi nje ya ukurasa wa wavuti, kwa hiyo ujumbe haukutumwa. Aliyeandaa utumaji ahakiki anwani hiyo (kwa mfano https:// badala ya http://).',
      'the address answered with a redirect (HTTP 301), which is not followed outside a web page: check the address',
      'anwani imejibu kwa kuelekeza kwingine (HTTP 301), na uelekezaji haufuatwi nje ya ukurasa wa wavuti: hakiki anwani',
    ])
  })

  it("a gateway's 408 on a poll is the request too slow to reach it, as a send's, not a refusal", () => {
    const page = error({ kind: 'http', message: 'x', status: 408, errors: [] })
    expect([describeRequestFailure(page), describeRequestFailure(page, coreMessagesSw)]).toEqual([
      'a server on the way to Briq stopped waiting before the whole request reached it (HTTP 408)',
      'seva iliyo njiani kuelekea Briq iliacha kusubiri kabla ombi lote halijaifikia (HTTP 408)',
    ])
    expect(describeSendFailure(page)).toMatch(/^A server on the way to Briq stopped waiting before the whole request/)
    expect(describeSendFailure(page, coreMessagesSw)).toMatch(/^Seva iliyo njiani kuelekea Briq iliacha kusubiri kabla/)
  })

  it("the runnable proxy's own 408 and 431 are said as a gateway's are, naming the proxy, not a wrong address", () => {
    const envelope = (status: number, code: string) =>
      error({ kind: 'http', message: 'x', status, code, errors: [{ code, message: 'x' }] })
    const slow = envelope(408, 'PROXY_REQUEST_TIMEOUT')
    expect(sendFailureReason(slow)).toEqual({ reason: 'proxy_refused', status: 408 })
    expect(requestFailureReason(slow)).toEqual({ reason: 'proxy_refused', status: 408 })
    expect(allSentences(slow)).toEqual([
      "Your server's proxy stopped waiting before the whole request reached it (HTTP 408), so the message was not sent. This is usually a slow or unsteady connection: check it, then send the message again.",
      'Proksi ya seva yako iliacha kusubiri kabla ombi lote halijaifikia (HTTP 408), kwa hiyo ujumbe haukutumwa. Mara nyingi chanzo ni muunganisho wa polepole au usio thabiti: angalia muunganisho wako, kisha utume ujumbe tena.',
      "your server's proxy stopped waiting before the whole request reached it (HTTP 408)",
      'proksi ya seva yako iliacha kusubiri kabla ombi lote halijaifikia (HTTP 408)',
    ])
    const large = envelope(431, 'PROXY_HEADERS_TOO_LARGE')
    expect([describeRequestFailure(large), describeRequestFailure(large, coreMessagesSw)]).toEqual([
      "your server's proxy refused the request because its headers were too large (HTTP 431), most often because of this site's cookies",
      'proksi ya seva yako imekataa ombi kwa sababu vichwa vyake (headers) ni vikubwa mno (HTTP 431), mara nyingi kwa sababu ya vidakuzi (cookies) vya tovuti hii',
    ])
    expect(describeSendFailure(large)).toMatch(
      /^Your server's proxy refused the request because its headers were too large/,
    )
  })

  it("the runnable proxy's own 417 and 503 say what to do: send without Expect, send again", () => {
    const envelope = (status: number, code: string) =>
      error({ kind: 'http', message: 'x', status, code, errors: [{ code, message: 'x' }] })
    const expectation = envelope(417, 'PROXY_EXPECTATION_FAILED')
    expect(requestFailureReason(expectation)).toEqual({ reason: 'proxy_refused', status: 417 })
    expect(allSentences(expectation)).toEqual([
      "Your server's proxy cannot meet the request's Expect header (HTTP 417), so the message was not sent. Whoever set up the sending should send it without that header.",
      'Proksi ya seva yako haiwezi kutimiza kichwa Expect (header) cha ombi (HTTP 417), kwa hiyo ujumbe haukutumwa. Aliyeandaa utumaji autume bila kichwa hicho.',
      "your server's proxy cannot meet the request's Expect header (HTTP 417)",
      'proksi ya seva yako haiwezi kutimiza kichwa Expect (header) cha ombi (HTTP 417)',
    ])
    const spent = envelope(503, 'PROXY_CONNECTION_REQUEST_LIMIT')
    expect(sendFailureReason(spent)).toEqual({ reason: 'proxy_refused', status: 503 })
    expect(allSentences(spent)).toEqual([
      "Your server's proxy took no more requests on that connection (HTTP 503), so the message was not sent. Send it again: it goes on a new connection.",
      'Proksi ya seva yako haipokei maombi zaidi kwenye muunganisho huo (HTTP 503), kwa hiyo ujumbe haukutumwa. Uutume tena: utaenda kwa muunganisho mpya.',
      "your server's proxy took no more requests on that connection (HTTP 503): try again",
      'proksi ya seva yako haipokei maombi zaidi kwenye muunganisho huo (HTTP 503): jaribu tena',
    ])
    // Stopping, it takes no more on that connection either, and sent again the message goes on a
    // new one: the same sentences.
    const stopping = envelope(503, 'PROXY_STOPPING')
    expect(sendFailureReason(stopping)).toEqual({ reason: 'proxy_refused', status: 503 })
    expect(allSentences(stopping)).toEqual(allSentences(spent))
  })

  it("a gateway's 431 is headers too large (cookies, most often), not a wrong address", () => {
    const page = error({ kind: 'http', message: 'x', status: 431, errors: [] })
    // Marked as a page saying so is (nginx's 400), for a UI to branch on once.
    expect(sendFailureReason(page)).toEqual({ reason: 'gateway', status: 431, headersTooLarge: true })
    expect([describeSendFailure(page), describeSendFailure(page, coreMessagesSw)]).toEqual([
      "A server on the way to Briq refused the request because its headers were too large (HTTP 431), most often because this site keeps too many or too large cookies, so the message was not sent. Clearing this site's cookies and signing in again may help; otherwise tell whoever set up this page.",
      'Seva iliyo njiani kuelekea Briq imekataa ombi kwa sababu vichwa vyake (headers) ni vikubwa mno (HTTP 431), mara nyingi kwa sababu tovuti hii inahifadhi vidakuzi (cookies) vingi au vikubwa mno, kwa hiyo ujumbe haukutumwa. Kufuta vidakuzi vya tovuti hii kisha kuingia tena kunaweza kusaidia; vinginevyo mjulishe aliyeandaa ukurasa huu.',
    ])
  })

  it('a send answered 404 by no route (a dev server, FastAPI’s bare Not Found) is a wrong address, not Briq refusing', () => {
    const page = error({ kind: 'http', message: 'x', status: 404, errors: [] })
    const fastApi = error({
      kind: 'http',
      message: 'x',
      status: 404,
      errors: [{ code: 'HTTP_404', message: 'Not Found' }],
    })
    for (const noRoute of [page, fastApi]) {
      expect(sendFailureReason(noRoute)).toEqual({ reason: 'no_endpoint' })
      expect(coreMessagesEn.sendFailure.no_endpoint(sendFailureReason(noRoute))).toBe(
        "Nothing answers sends at the address this page sends to (HTTP 404), so the message was not sent. Whoever set up the page should check that address (the proxy's URL).",
      )
      expect(coreMessagesSw.sendFailure.no_endpoint(sendFailureReason(noRoute))).toMatch(/^Hakuna kinachopokea ujumbe/)
    }
    // Briq's own 404 about the request (its envelope, its code) stays Briq's refusal, in its words.
    const briq = error({
      kind: 'http',
      message: 'x',
      status: 404,
      code: 'NOT_FOUND',
      errors: [{ code: 'NOT_FOUND', message: 'Conversation not found', field: 'conversation_id' }],
    })
    expect(sendFailureReason(briq)).toEqual({ reason: 'other', status: 404 })
    // A bare detail saying something else is Briq's too.
    const said = error({
      kind: 'http',
      message: 'x',
      status: 404,
      errors: [{ code: 'HTTP_404', message: 'Sender not found' }],
    })
    expect(sendFailureReason(said)).toEqual({ reason: 'other', status: 404 })
  })

  it('asks for the request id only when the answer had one (a gateway’s own error page has none)', () => {
    const briq = error({ kind: 'http', message: 'x', status: 502, requestId: 'req-9' })
    expect(sendFailureReason(briq)).toEqual({ reason: 'server', status: 502, maybeSent: true, requestId: 'req-9' })
    expect(coreMessagesEn.sendFailure.server(sendFailureReason(briq))).toMatch(
      /; if it keeps failing, give Briq customer support the request id\.$/,
    )
    expect(coreMessagesSw.sendFailure.server(sendFailureReason(briq))).toMatch(/ukitaja kitambulisho cha ombi\.$/)
    // The controller's hold has no answer of its own, so no id.
    const held = error({ kind: 'validation', message: 'x', code: 'SERVICE_UNAVAILABLE', retryAfterMs: 2000 })
    expect(coreMessagesEn.sendFailure.server(sendFailureReason(held))).toBe(
      'Briq had a problem on its side. Try again in 2 seconds.',
    )
    expect(coreMessagesSw.sendFailure.server(sendFailureReason(held))).not.toContain('kitambulisho cha ombi')
  })

  it('tells an answer that could not be read (the send may have been accepted) from a refusal', () => {
    expect(sendFailureReason(error({ kind: 'invalid_response', message: 'x', status: 202 }))).toEqual({
      reason: 'invalid_response',
      status: 202,
      maybeSent: true,
    })
  })
})
