import { shownWebhookUrl } from './shown-webhook-url.ts'
import type { MockWebhookOptions, WebhookFailure } from './webhook-sender.ts'

/** How often, at most, the log sums up the failures it did not print: every 10 s. */
export const WEBHOOK_FAILURE_SUMMARY_MS = 10_000

/** The most kinds of failure printed in full in one run of failures; the rest are counted. */
const MAX_FULL_LINES = 5

/** The most reasons a summary names; the rest are counted together. */
const MAX_REASONS = 5

export interface WebhookFailureLogOptions {
  /** The webhook URL; the lines show it as the banner does (no credentials, no query). */
  url: string
  /** Prints one line (the bin: `console.warn` with its `briq-mock: ` prefix). */
  print: (line: string) => void
  /** The summary interval in ms (default `WEBHOOK_FAILURE_SUMMARY_MS`). */
  intervalMs?: number | undefined
}

/** The sender's callbacks that feed the log, and how to print what it has not yet said. */
export interface WebhookFailureLog extends Required<Pick<MockWebhookOptions, 'onFailure' | 'onDelivered'>> {
  /** Prints the failures counted but not yet summed up (at shutdown) and stops the timer. */
  flush(): void
}

/**
 * Turns the sender's one report per failed event into lines a terminal can hold: a route that is
 * down, or slower than statuses move, fails every event (thousands a minute). The first failure
 * of each kind (its `reason`) in a run of failures is printed in full; the rest are counted, and
 * summed up at most once per interval ("12 more webhook deliveries to <url> failed in the last
 * 10 s: 9 answered 500, 3 dropped (…)"); one line says when deliveries succeed again. A success
 * after the route's own failures ends the run at once; beside drops (a slow route answers some
 * while the queue is full), or just after an earlier run ended, only a whole interval without a
 * failure does, so a flapping route cannot print a line per event either.
 */
export function createWebhookFailureLog(options: WebhookFailureLogOptions): WebhookFailureLog {
  const { print } = options
  const intervalMs = options.intervalMs ?? WEBHOOK_FAILURE_SUMMARY_MS
  const url = shownWebhookUrl(options.url)
  // The run of failures under way: how many, and the kinds already printed in full.
  let failed = 0
  let shown = new Set<string>()
  // Whether the run began a whole interval after the last one ended (not a route that flaps).
  let fresh = true
  // Counted since the last summary, by reason.
  let counts = new Map<string, number>()
  let countedSince = 0
  let lastFailureAt = Number.NEGATIVE_INFINITY
  let lastFailureDropped = false
  let lastRecoveryAt = Number.NEGATIVE_INFINITY
  let succeededSinceFailure = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const summarize = () => {
    let total = 0
    for (const count of counts.values()) total += count
    if (total === 0) return
    const seconds = Math.max(1, Math.round((Date.now() - countedSince) / 1000))
    const sorted = [...counts].sort((a, b) => b[1] - a[1])
    const reasons = sorted.slice(0, MAX_REASONS).map(([reason, count]) => `${count} ${reason}`)
    // Errors that differ every time (a fetch of your own may word them so) must not make one line a flood.
    const others = sorted.slice(MAX_REASONS).reduce((sum, [, count]) => sum + count, 0)
    if (others > 0) reasons.push(`${others} for ${sorted.length - MAX_REASONS} other reasons`)
    print(
      `${total} more webhook ${total === 1 ? 'delivery' : 'deliveries'} to ${url} failed in the last ${seconds} s: ${reasons.join(', ')}`,
    )
    counts = new Map()
  }
  const arm = () => {
    if (timer !== undefined) return
    timer = setTimeout(tick, intervalMs)
    // A log must not keep a process alive that is otherwise done.
    ;(timer as { unref?: () => void }).unref?.()
  }
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  const recover = () => {
    stop()
    summarize()
    print(`webhook deliveries to ${url} succeed again, after ${failed} failed`)
    failed = 0
    succeededSinceFailure = false
    lastRecoveryAt = Date.now()
  }
  function tick() {
    timer = undefined
    summarize()
    if (!succeededSinceFailure) return
    if (Date.now() - lastFailureAt >= intervalMs) recover()
    else arm()
  }

  return {
    onFailure(problem: string, failure: WebhookFailure) {
      const now = Date.now()
      // A run that starts a whole interval after the last one ended prints its kinds afresh.
      if (failed === 0) {
        fresh = now - lastRecoveryAt >= intervalMs
        if (fresh) shown = new Set()
      }
      failed++
      lastFailureAt = now
      lastFailureDropped = failure.dropped
      succeededSinceFailure = false
      if (!shown.has(failure.reason) && shown.size < MAX_FULL_LINES) {
        shown.add(failure.reason)
        print(problem)
        return
      }
      if (counts.size === 0) countedSince = now
      counts.set(failure.reason, (counts.get(failure.reason) ?? 0) + 1)
      arm()
    },
    onDelivered() {
      if (failed === 0) return
      const now = Date.now()
      const quiet = now - lastFailureAt >= intervalMs
      if (quiet || (fresh && !lastFailureDropped)) recover()
      else {
        succeededSinceFailure = true
        arm()
      }
    },
    flush() {
      stop()
      summarize()
    },
  }
}
