import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { createWebhookFailureLog, WEBHOOK_FAILURE_SUMMARY_MS } from './webhook-failure-log.ts'
import { MAX_WAITING_DELIVERIES, type WebhookFailure } from './webhook-sender.ts'

const URL_ = 'http://localhost:3000/api/briq-webhook'
const DROPPED = `dropped (${MAX_WAITING_DELIVERIES} deliveries waiting for the route)`

function failure(reason: string, n = 0): [string, WebhookFailure] {
  const messageId = `msg-${n}`
  return [
    `webhook whatsapp.sent for ${messageId} was ${reason}`,
    { event: 'whatsapp.sent', messageId, reason, dropped: reason.startsWith('dropped') },
  ]
}

/** The count each summary line gives ("N more webhook deliveries"), summed. */
const summed = (lines: string[]) =>
  lines.reduce((sum, line) => sum + Number(/^(\d+) more webhook deliver/.exec(line)?.[1] ?? 0), 0)

describe('createWebhookFailureLog', () => {
  let lines: string[]
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
    lines = []
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('prints the first failure in full, then one summary per interval with the counts', () => {
    const log = createWebhookFailureLog({ url: URL_, print: (line) => lines.push(line) })
    // 13 923 failures over 35 s, as a route slower than statuses move gave one probe.
    const total = 13_923
    for (let i = 0; i < total; i++) {
      vi.advanceTimersByTime(Math.floor((i * 35_000) / total) - Date.now())
      log.onFailure(...failure(DROPPED, i))
    }
    vi.advanceTimersByTime(WEBHOOK_FAILURE_SUMMARY_MS)
    log.flush()
    expect(lines.length).toBeLessThanOrEqual(5)
    expect(lines[0]).toBe(`webhook whatsapp.sent for msg-0 was ${DROPPED}`)
    expect(lines[1]).toMatch(
      new RegExp(`^\\d+ more webhook deliveries to ${URL_} failed in the last 10 s: \\d+ dropped \\(1000 deliveries`),
    )
    // Nothing lost: every failure is in the first line or a summary.
    expect(1 + summed(lines)).toBe(total)
    for (const line of lines.slice(1)) {
      const [, count, itemised] = /^(\d+) more .*: (\d+) dropped/.exec(line) ?? []
      expect(count).toBe(itemised)
    }
  })

  it('counts each kind, prints the first of each in full, and sums up the rest by kind', () => {
    const log = createWebhookFailureLog({ url: URL_, print: (line) => lines.push(line) })
    for (let i = 0; i < 30; i++) log.onFailure(...failure('answered 500', i))
    for (let i = 0; i < 7; i++) log.onFailure(...failure('not delivered (connect ECONNREFUSED 127.0.0.1:3000)', i))
    expect(lines).toEqual([
      'webhook whatsapp.sent for msg-0 was answered 500',
      'webhook whatsapp.sent for msg-0 was not delivered (connect ECONNREFUSED 127.0.0.1:3000)',
    ])
    vi.advanceTimersByTime(WEBHOOK_FAILURE_SUMMARY_MS)
    expect(lines.slice(2)).toEqual([
      `35 more webhook deliveries to ${URL_} failed in the last 10 s: 29 answered 500, 6 not delivered (connect ECONNREFUSED 127.0.0.1:3000)`,
    ])
    // Nothing more comes: no more lines, however long it runs.
    vi.advanceTimersByTime(10 * WEBHOOK_FAILURE_SUMMARY_MS)
    expect(lines).toHaveLength(3)
  })

  it('says when deliveries succeed again, with what it had not summed up, then starts afresh', () => {
    const log = createWebhookFailureLog({ url: URL_, print: (line) => lines.push(line) })
    log.onDelivered()
    expect(lines).toEqual([])
    for (let i = 0; i < 4; i++) log.onFailure(...failure('answered 401', i))
    vi.advanceTimersByTime(2_600)
    log.onDelivered()
    log.onDelivered()
    expect(lines).toEqual([
      'webhook whatsapp.sent for msg-0 was answered 401',
      `3 more webhook deliveries to ${URL_} failed in the last 3 s: 3 answered 401`,
      `webhook deliveries to ${URL_} succeed again, after 4 failed`,
    ])
    vi.advanceTimersByTime(WEBHOOK_FAILURE_SUMMARY_MS)
    expect(lines).toHaveLength(3)
    // A later run of failures is printed in full again.
    log.onFailure(...failure('answered 401', 9))
    expect(lines.at(-1)).toBe('webhook whatsapp.sent for msg-9 was answered 401')
  })

  it('names at most five reasons in a summary, however many kinds there are', () => {
    const log = createWebhookFailureLog({ url: URL_, print: (line) => lines.push(line) })
    for (let i = 0; i < 200; i++) log.onFailure(...failure(`not delivered (error ${i % 100})`, i))
    expect(lines).toHaveLength(5)
    vi.advanceTimersByTime(WEBHOOK_FAILURE_SUMMARY_MS)
    expect(lines).toHaveLength(6)
    expect(lines[5]).toBe(
      `195 more webhook deliveries to ${URL_} failed in the last 10 s: 2 not delivered (error 5), 2 not delivered (error 6), 2 not delivered (error 7), 2 not delivered (error 8), 2 not delivered (error 9), 185 for 95 other reasons`,
    )
  })

  it('one summary of a single failure says "delivery"', () => {
    const log = createWebhookFailureLog({ url: URL_, print: (line) => lines.push(line) })
    log.onFailure(...failure('answered 500', 0))
    log.onFailure(...failure('answered 500', 1))
    vi.advanceTimersByTime(WEBHOOK_FAILURE_SUMMARY_MS)
    expect(lines.at(-1)).toBe(`1 more webhook delivery to ${URL_} failed in the last 10 s: 1 answered 500`)
  })

  it('a slow route (drops beside successes) ends the run only once the drops stop for an interval', () => {
    const log = createWebhookFailureLog({ url: URL_, print: (line) => lines.push(line) })
    for (let ms = 0; ms < 60_000; ms += 5) {
      vi.advanceTimersByTime(5)
      log.onFailure(...failure(DROPPED, ms))
      log.onFailure(...failure(DROPPED, ms))
      log.onDelivered()
    }
    expect(lines.some((line) => line.includes('succeed again'))).toBe(false)
    expect(lines.length).toBeLessThanOrEqual(7)
    // The sends stop: the queue drains, every delivery succeeds.
    for (let ms = 0; ms < 2 * WEBHOOK_FAILURE_SUMMARY_MS; ms += 5) {
      vi.advanceTimersByTime(5)
      log.onDelivered()
    }
    expect(lines.filter((line) => line.includes('succeed again'))).toEqual([
      `webhook deliveries to ${URL_} succeed again, after 24000 failed`,
    ])
    expect(1 + summed(lines)).toBe(24_000)
  })

  it('a route that fails every other delivery prints a bounded number of lines', () => {
    const log = createWebhookFailureLog({ url: URL_, print: (line) => lines.push(line) })
    for (let ms = 0; ms < 60_000; ms += 10) {
      vi.advanceTimersByTime(10)
      log.onFailure(...failure('answered 502', ms))
      vi.advanceTimersByTime(10)
      log.onDelivered()
    }
    log.flush()
    // The first failure, one success line, then one summary per interval.
    expect(lines.length).toBeLessThanOrEqual(3 + 120_000 / WEBHOOK_FAILURE_SUMMARY_MS)
    expect(lines.filter((line) => line.includes('succeed again'))).toHaveLength(1)
    expect(1 + summed(lines)).toBe(6_000)
  })

  it('flush() prints what was counted but not yet summed up (the bin, at shutdown)', () => {
    const log = createWebhookFailureLog({ url: URL_, print: (line) => lines.push(line) })
    for (let i = 0; i < 3; i++) log.onFailure(...failure('answered 500', i))
    // Rounded, not up: a summary timer a busy event loop fires 300 ms late still says 10 s.
    vi.advanceTimersByTime(1_400)
    log.flush()
    expect(lines).toEqual([
      'webhook whatsapp.sent for msg-0 was answered 500',
      `2 more webhook deliveries to ${URL_} failed in the last 1 s: 2 answered 500`,
    ])
    vi.advanceTimersByTime(WEBHOOK_FAILURE_SUMMARY_MS)
    expect(lines).toHaveLength(2)
  })

  it('prints the URL without its credentials or query', () => {
    const log = createWebhookFailureLog({
      url: 'https://bot:PW_SECRET@hooks.example/h?token=TOK_SECRET',
      print: (line) => lines.push(line),
    })
    log.onFailure(...failure('answered 500', 0))
    log.onFailure(...failure('answered 500', 1))
    log.onDelivered()
    expect(lines.join('\n')).not.toMatch(/PW_SECRET|TOK_SECRET|bot:/)
    expect(lines.at(-1)).toBe(
      'webhook deliveries to https://hooks.example/h (its credentials and query not shown) succeed again, after 2 failed',
    )
  })
})

describe('createWebhookFailureLog on a mock whose route hangs', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('turns hundreds of dropped events into a few lines that count them all', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const lines: string[] = []
    const log = createWebhookFailureLog({ url: URL_, print: (line) => lines.push(line) })
    const reported: string[] = []
    const mock = createBriqMock({
      clock: 'manual',
      openWindows: true,
      webhook: {
        url: URL_,
        onFailure: (problem, failure) => {
          reported.push(problem)
          log.onFailure(problem, failure)
        },
        onDelivered: log.onDelivered,
        fetch: () => new Promise(() => {}),
      },
    })
    const sends = Math.ceil(MAX_WAITING_DELIVERIES / 3) + 200
    for (let i = 0; i < sends; i++) {
      await mock.handle(
        new Request(`https://karibu.briq.tz${SEND_INTERACTIVE}`, {
          method: 'POST',
          headers: { 'X-API-Key': 'mock-api-key', 'Content-Type': 'application/json' },
          body: JSON.stringify({ to: '255712345678', interactive: buttonInteractive() }),
        }),
      )
    }
    mock.advance(10_000)
    vi.advanceTimersByTime(WEBHOOK_FAILURE_SUMMARY_MS)
    mock.close()
    // The library still reports each event (its contract); the log prints two lines for them.
    expect(reported).toHaveLength(sends * 3 - MAX_WAITING_DELIVERIES)
    expect(lines).toEqual([
      reported[0],
      `${reported.length - 1} more webhook deliveries to ${URL_} failed in the last 10 s: ${reported.length - 1} ${DROPPED}`,
    ])
  }, 20_000)
})
