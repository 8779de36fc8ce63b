import type { BriqClient } from '../client/briq-client.ts'
import type { BriqError } from '../client/briq-error.ts'
import { interactiveReplyFromContent } from '../client/interactive-reply-from-content.ts'
import type { MessageDetail, MessageStatusValue } from '../client/responses.ts'
import { advanceStatus, furthestStep, readMessageStatus } from '../contract/message-status-order.ts'
import type { MessageStatusSnapshot } from './message-status-snapshot.ts'
import { type PollTiming, pollDelay } from './poll-delay.ts'
import { runIsolated } from './run-isolated.ts'
import { stableJson } from './stable-json.ts'
import { toBriqError } from './to-briq-error.ts'

/** Options for {@link createMessageStatusWatcher}. */
export interface MessageStatusWatcherOptions {
  /** The gap between polls (default 1500 ms). */
  intervalMs?: number | undefined
  /** The longest gap backoff reaches (default 10 000 ms). A `Retry-After` longer than this is still honoured. */
  maxIntervalMs?: number | undefined
  /** How many polls run at `intervalMs` before the gap grows (default 20). */
  backoffAfterPolls?: number | undefined
  /** The status known before the first poll, e.g. the send result's `status`. */
  initialStatus?: MessageStatusValue | undefined
}

/**
 * Follows one message's delivery status by polling `client.getMessage`. Polling starts with
 * the first subscriber (so creating one has no side effects, and nothing runs during server
 * rendering), pauses when the last one leaves, asks nothing while the page is hidden (a poll
 * that comes due then runs as soon as the page is shown), and ends for good on `stop()`, on a terminal
 * status (`failed`, or the customer's reply, which reads as `read`) or on 400/401/403/404/422.
 */
export interface MessageStatusWatcher {
  /** The current state; the same object until something changes. */
  getSnapshot(): MessageStatusSnapshot
  /** Calls `listener` after every change (the first subscriber starts polling); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** Ends polling for good and aborts a poll in flight; the snapshot keeps what it had, with `polling: false`. */
  stop(): void
  /**
   * Polls now instead of waiting for the next poll, at the starting pace again, e.g. right after
   * the UI learns the customer answered (even while the page is hidden: the host asked). Polling that ended on a terminal status resumes until it
   * is terminal again; after `stop()`, a 400/401/403/404/422, or with no subscriber, it does nothing.
   */
  refresh(): void
}

// Answers that will not change by asking again: bad key, no workspace, unknown message, and an
// id Briq cannot read (its path parameter is a uuid: FastAPI answers 422, a gateway may say 400).
const FATAL_STATUSES: readonly (number | undefined)[] = [400, 401, 403, 404, 422]
const isFatal = (error: BriqError) =>
  error.kind === 'validation' || (error.kind === 'http' && FATAL_STATUSES.includes(error.status))

// A page in a background tab (Page Visibility API): nobody sees the status, and every poll would
// spend a call on the host's key. Outside a browser there is no document, and polling never pauses.
const page = (): Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> | undefined =>
  typeof globalThis.document?.addEventListener === 'function' ? globalThis.document : undefined
const pageHidden = () => page()?.visibilityState === 'hidden'

/**
 * Creates a {@link MessageStatusWatcher} for `messageId` (the `message_id` a send returned).
 *
 * @example
 * const watcher = createMessageStatusWatcher(client, sent.message_id, { initialStatus: sent.status })
 * const unsubscribe = watcher.subscribe(() => render(watcher.getSnapshot()))
 */
export function createMessageStatusWatcher(
  client: BriqClient,
  messageId: string,
  options: MessageStatusWatcherOptions = {},
): MessageStatusWatcher {
  const timing: PollTiming = {
    intervalMs: Math.max(0, options.intervalMs ?? 1500),
    maxIntervalMs: Math.max(0, options.maxIntervalMs ?? 10_000),
    backoffAfterPolls: Math.max(0, options.backoffAfterPolls ?? 20),
  }
  const listeners = new Set<() => void>()
  const initialStatus = options.initialStatus === undefined ? undefined : readMessageStatus(options.initialStatus)
  const initialStep = furthestStep(undefined, initialStatus)
  let snapshot: MessageStatusSnapshot = Object.freeze({
    status: initialStatus,
    ...(initialStep === undefined ? {} : { reached: initialStep }),
    polling: false,
  })
  let finished = false
  // stop() or an answer that will not change: refresh() cannot bring these back.
  let stopped = false
  let running = false
  let polls = 0
  let failures = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: AbortController | undefined
  // A poll came due while the page was hidden: it runs when the page is shown.
  let waitingForPage = false

  const publish = (changes: Partial<MessageStatusSnapshot>) => {
    const next: MessageStatusSnapshot = { ...snapshot, ...changes }
    const changed = (Object.keys(changes) as (keyof MessageStatusSnapshot)[]).some((key) => next[key] !== snapshot[key])
    if (!changed) return
    snapshot = Object.freeze(next)
    for (const listener of [...listeners]) runIsolated(listener)
  }

  const halt = (finish: boolean, permanently = false) => {
    if (finish) finished = true
    if (permanently) stopped = true
    running = false
    waitingForPage = false
    page()?.removeEventListener('visibilitychange', onVisibilityChange)
    clearTimeout(timer)
    timer = undefined
    inFlight?.abort()
    inFlight = undefined
    publish({ polling: false })
  }

  const schedule = (delay: number) => {
    if (running) timer = setTimeout(() => void poll(), delay)
  }

  // Returns true when the message will not change any more.
  const accept = (detail: MessageDetail) => {
    const previous = snapshot.message
    const said = readMessageStatus(detail.status)
    // A reply never disappears once seen, whatever a later (stale) answer says.
    const pairedReply = detail.reply ?? previous?.reply
    // The customer answered this message, so it reached their phone and they saw it: read,
    // whatever the status says (a customer who turned read receipts off never sends `read`, and
    // polling for it would never end), but never over a failure.
    const shown = advanceStatus(snapshot.status, said) ?? said
    const status = pairedReply == null ? shown : (advanceStatus(shown, 'read') ?? shown)
    const reached = furthestStep(snapshot.reached, status, detail.provider_message_id)
    const fresh: MessageDetail = { ...detail, status, reply: pairedReply ?? null }
    // An unchanged answer keeps the same objects, so polling does not re-render anything.
    const message = previous && stableJson(previous) === stableJson(fresh) ? previous : fresh
    const reply =
      message === previous
        ? snapshot.reply
        : interactiveReplyFromContent(pairedReply?.content, pairedReply?.message_type)
    publish({ status, reached, message, reply, error: undefined })
    return status === 'failed' || (status === 'read' && pairedReply != null)
  }

  async function poll(asked = false) {
    timer = undefined
    if (!asked && pageHidden()) {
      waitingForPage = true
      return
    }
    const abort = new AbortController()
    inFlight = abort
    polls++
    try {
      const detail = await client.getMessage(messageId, { signal: abort.signal })
      if (inFlight !== abort) return
      inFlight = undefined
      failures = 0
      if (accept(detail)) halt(true)
      else schedule(pollDelay(timing, polls, 0))
    } catch (thrown) {
      if (inFlight !== abort) return
      inFlight = undefined
      const error = toBriqError(thrown, `Checking message ${messageId}`)
      publish({ error })
      if (isFatal(error)) halt(true, true)
      else schedule(pollDelay(timing, polls, ++failures, error))
    }
  }

  function onVisibilityChange() {
    if (!waitingForPage || pageHidden() || !running) return
    waitingForPage = false
    void poll()
  }

  const start = () => {
    running = true
    page()?.addEventListener('visibilitychange', onVisibilityChange)
  }

  const resume = () => {
    if (running || finished || listeners.size === 0) return
    start()
    publish({ polling: true })
    void poll()
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      // Deferred so React StrictMode's subscribe → unsubscribe → subscribe makes one request.
      queueMicrotask(resume)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && running) halt(false)
      }
    },
    stop: () => halt(true, true),
    refresh() {
      if (stopped || listeners.size === 0 || inFlight) return
      finished = false
      polls = 0
      clearTimeout(timer)
      timer = undefined
      waitingForPage = false
      if (!running) {
        start()
        publish({ polling: true })
      }
      void poll(true)
    },
  }
}
