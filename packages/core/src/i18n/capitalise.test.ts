import { describe, expect, it } from 'vitest'
import { BriqError } from '../client/briq-error.ts'
import * as core from '../index.ts'
import { REQUEST_FAILURE_REASONS, SEND_FAILURE_REASONS } from '../sending/failure-reasons.ts'
import { requestFailureReason } from '../sending/request-failure-reason.ts'
import { sendFailureReason } from '../sending/send-failure-reason.ts'
import { ISSUE_CORPUS } from '../test-support/issue-corpus.ts'
import { afterColon } from './capitalise.ts'
import { formatIssue } from './format-issue.ts'
import { coreMessagesEn } from './messages-en.ts'
import { coreMessagesSw } from './messages-sw.ts'

// What may open the words after a colon with a capital: a name (Briq's, Meta's, WhatsApp, India),
// an acronym (JSON, KB, HTTP), or a value (a number, a quoted or isolated name, an ID).
const NAME_AFTER_COLON = /^(?:\p{Lu}{2,}\b|Briq\b|Meta\b|WhatsApp\b|India\b)/u
// Every colon and the first word after it (not a clock's "09:41", nor a URL's "https://").
const AFTER_COLON = /(?<!\d|https?)[:：]\s*(\S+)/gu

/** The words after each colon in `sentence` that open with a capital and are no name. */
export const capitalsAfterColons = (sentence: string): string[] =>
  [...sentence.matchAll(AFTER_COLON)]
    .map((match) => match[1] ?? '')
    .filter((word) => /^\p{Lu}/u.test(word) && !NAME_AFTER_COLON.test(word))

const http = (status: number, init: Partial<ConstructorParameters<typeof BriqError>[0]> = {}) =>
  new BriqError({ kind: 'http', status, message: 'x', errors: [{ code: 'ERROR', message: 'Briq said why' }], ...init })

// Failures of every kind, status and code the proxy, the mock and the send controller give.
const codes = Object.keys(core).filter((name) => /^(PROXY|UPSTREAM|MOCK)_[A-Z_]+$/.test(name))
const failures: BriqError[] = [
  ...(['network', 'timeout', 'aborted', 'invalid_response', 'validation'] as const).map(
    (kind) => new BriqError({ kind, message: 'x' }),
  ),
  new BriqError({ kind: 'validation', message: 'x', code: 'SERVICE_UNAVAILABLE', retryAfterMs: 30_000 }),
  ...[400, 401, 403, 404, 405, 408, 409, 413, 415, 422, 429, 431, 500, 502, 503, 504, 520, 524].flatMap((status) => [
    http(status, { requestId: 'req-1' }),
    http(status, { errors: [] }),
    http(status, { retryAfterMs: 30_000 }),
  ]),
  http(404, { errors: [{ code: 'HTTP_404', message: 'Not Found' }] }),
  http(302, { code: 'REDIRECTED' }),
  ...['DUPLICATE_SEND', 'MAYBE_SENT', 'WINDOW_CLOSED', ...codes].map((code) => http(422, { code })),
]

// Every sentence core words, in both languages: issues, send and request failures, holds.
const sentences = [coreMessagesEn, coreMessagesSw].flatMap((messages) => [
  ...ISSUE_CORPUS.flatMap(({ issues }) => issues()).map((issue) => formatIssue(issue, messages)),
  ...failures.map((error) => messages.sendFailure[sendFailureReason(error).reason](sendFailureReason(error))),
  ...failures.map((error) => messages.requestFailure[requestFailureReason(error).reason](requestFailureReason(error))),
  ...(['rate_limited', 'server'] as const).flatMap((reason) =>
    ([undefined, 'briq', 'gateway'] as const).map((askedBy) => messages.sendHold({ reason, seconds: 30, askedBy })),
  ),
])

describe('after a colon', () => {
  it('core’s sentences go on with a small letter, in English and Swahili, but for a name', () => {
    // The walk reaches every reason a send or another call can fail for.
    expect(new Set(failures.map((error) => sendFailureReason(error).reason))).toEqual(new Set(SEND_FAILURE_REASONS))
    expect(new Set(failures.map((error) => requestFailureReason(error).reason))).toEqual(
      new Set(REQUEST_FAILURE_REASONS),
    )
    expect(sentences.length).toBeGreaterThan(400)
    expect(sentences.filter((sentence) => capitalsAfterColons(sentence).length > 0)).toEqual([])
  })

  it('afterColon sets a sentence after a colon as the kit’s languages write it there', () => {
    expect(afterColon('Too many messages at once. Try again.', 'en')).toBe('too many messages at once. Try again.')
    expect(afterColon('Namba ya +255 ina tarakimu 9', 'sw-TZ')).toBe('namba ya +255 ina tarakimu 9')
    // A name keeps its capital: Briq's, an acronym, one with capitals inside.
    expect(afterColon('Briq refused it.', 'en')).toBe('Briq refused it.')
    expect(afterColon('Briq imeukataa ujumbe.', 'sw')).toBe('Briq imeukataa ujumbe.')
    expect(afterColon('HTTP 502 came back.', 'en')).toBe('HTTP 502 came back.')
    expect(afterColon('WhatsApp refused it.', 'en')).toBe('WhatsApp refused it.')
    // A language the kit does not word keeps what its author wrote (German writes nouns capitalised).
    expect(afterColon('Nachrichten wurden abgelehnt.', 'de')).toBe('Nachrichten wurden abgelehnt.')
  })

  it('finds a capital after a colon that is no name', () => {
    expect(capitalsAfterColons('Not sent: Too many messages at once.')).toEqual(['Too'])
    expect(capitalsAfterColons('Not sent: Briq refused it, at 09:41: see https://a.example')).toEqual([])
  })
})
