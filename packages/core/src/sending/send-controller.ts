import type { BriqClient } from '../client/briq-client.ts'
import { BriqError } from '../client/briq-error.ts'
import { abortedError } from '../client/call-signal.ts'
import type { SendResult } from '../client/responses.ts'
import { isRecord } from '../is-record.ts'
import type { ReadonlyDeep } from '../readonly-deep.ts'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { anySignal } from './any-signal.ts'
import { mayHaveBeenSent } from './may-have-been-sent.ts'
import { rememberedSends, type SendPersistOptions } from './remembered-sends.ts'
import { requestCopy } from './request-copy.ts'
import { runIsolated } from './run-isolated.ts'
import { sendFailureReason } from './send-failure-reason.ts'
import { type SendHold, sendHoldSecondsLeft } from './send-hold.ts'
import { type SendWait, sendMemoryOf } from './send-memory.ts'
import { IDLE_SEND_SNAPSHOT, type SendSnapshot } from './send-snapshot.ts'
import type { SentBefore } from './sent-before.ts'
import { stableJson } from './stable-json.ts'
import { toBriqError } from './to-briq-error.ts'

// The sends whose record the browser's storage refused (`unremembered`): a controller following
// one (another form of the client, a form mounted again while it was under way) says so too.
const unrememberedSends = new WeakSet<Promise<SendResult>>()

/** Options for {@link createSendController}. */
export interface SendControllerOptions {
  /** Called once per accepted send (not again for a double click that joined it). */
  onSuccess?: ((data: SendResult, request: SendInteractiveRequest) => void) | undefined
  /** Called once per failed or refused send, with the request that failed. */
  onError?: ((error: BriqError, request: SendInteractiveRequest) => void) | undefined
  /** The clock for `submittedAt` (default `Date.now`). */
  now?: (() => number) | undefined
  /**
   * Remembers what was sent across a reload, beside the draft persisted under `key` (the
   * builder's `persistKey`, which brings the draft back after one): an identical request sent, or
   * maybe sent, from this key in the last day (`REMEMBERED_SEND_MS`, the last 100 requests) is held as in
   * the page (`DUPLICATE_SEND`, `MAYBE_SENT`), in any tab; one under way is kept as maybe sent
   * until it settles, so a page closed before Briq answered holds it too (a success, or a failure
   * that may have sent it, whose record the storage refused has the snapshot's `unremembered`). Stored under `<key>:sent`: a
   * fingerprint of each request (no number, no message), when, and Briq's answer. `forgetSends`
   * removes them, for a server that forgot them too (an in-page mock made anew).
   */
  persist?: SendPersistOptions | undefined
}

/** Options for one {@link SendController.send} call. */
export interface SendCallOptions {
  /**
   * Cancels this send; it then fails with kind `aborted` (code `ABORTED_BEFORE_REQUEST`, not
   * maybe sent, when it was cancelled before its request left).
   */
  signal?: AbortSignal | undefined
  /**
   * Sends even when the request is identical to one sent successfully before, or to one whose
   * failure left it maybe sent. Without it such a send is refused with kind `validation`, code
   * `DUPLICATE_SEND` (or `MAYBE_SENT`), and makes no request.
   */
  allowDuplicate?: boolean | undefined
}

/**
 * A framework-agnostic store around `client.sendInteractive` that never sends twice by accident
 * and never loses the draft. Subscribe to it from any UI (React's `useSyncExternalStore` fits).
 */
export interface SendController {
  /** The current state; the same object until something changes. */
  getSnapshot(): SendSnapshot
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /**
   * Sends `request`. Never throws synchronously: resolves with Briq's answer or rejects with a
   * `BriqError`, and the snapshot follows. While a send is pending, it makes no second request
   * and returns the same in-flight promise (whatever `request` is); an identical request another
   * controller of the same client has under way is followed (this snapshot shows it, its
   * callbacks are that controller's; cancelled, this one stops following, maybe sent), not sent
   * again. A request identical to one sent successfully before (any of the last 100, by any
   * controller of the client) is refused (code `DUPLICATE_SEND`), and one identical to a request
   * whose failure may still have reached Briq (`maybeSent`, likewise) is held (code `MAYBE_SENT`,
   * with that failure's `requestId` when it had one; the snapshot keeps `maybeSent`), unless `allowDuplicate` is set: Briq documents no idempotency
   * key, so a plain retry could deliver it twice. After a 429 with `Retry-After`, every send until
   * it has passed, by any controller of the client (Briq's limits are per account), is refused the
   * same way (code `RATE_LIMITED`, `retryAfterMs` the time left); after a 5xx with one that did not
   * take the message (a 503), too (code `SERVICE_UNAVAILABLE`). Such a hold lasts as long as
   * Briq asked, up to a day (`MAX_SEND_HOLD_MS`; its failure's sentence and `hold` say how long):
   * a send before then would only be refused again. A longer wait is a setting gone wrong, not a
   * limit: it holds nothing (the failure's `waitTooLong`), so Send is not shut until a reload.
   *
   * `request` is read once, as the press finds it, and is never changed: a message written
   * `as const` goes in as it is (`ReadonlyDeep`). The controller keeps a copy of it, its own, which
   * is what it sends and what the snapshot's `request` and the callbacks give back, so a draft
   * edited after the press (a form's state changed in place) does not change what was sent.
   */
  send(request: ReadonlyDeep<SendInteractiveRequest>, options?: SendCallOptions): Promise<SendResult>
  /**
   * What is known of a request identical to `request` sent before, by any controller of the
   * client or, with `persist`, by a page before this one (a reload, another tab), in the last
   * day: sent (Briq's answer, and when), or maybe sent (a try whose answer was lost, and when).
   * Exactly what a `send` of it without `allowDuplicate` would be refused over (`DUPLICATE_SEND`,
   * `MAYBE_SENT`), so a UI can say so before Send is pressed: a form mounted again after its send
   * (a route change and back, a reload that brought the draft back) otherwise shows a plain Send.
   * Undefined for a request never sent (or forgotten: a day on, beyond the last 100, `forgetSends`); a
   * request under way from this page is not "maybe sent" (a send of it follows it). Reads the
   * memory as it is now: while idle, the snapshot is published anew when a send of the client
   * settles, when `forgetSends` empties it, and (with `persist`) when the sends kept beside the
   * draft change (another tab's send, a `storage` event), so a UI reads it again. While
   * subscribed, what it read of a `localStorage` is kept until then: a form may call it on every
   * render at no cost. Makes no request; never throws.
   *
   * @example
   * const before = sending.sentBefore(request)
   * if (before?.kind === 'sent') note.textContent = `Sent at ${new Date(before.at).toLocaleTimeString()}`
   */
  sentBefore(request: ReadonlyDeep<SendInteractiveRequest>): SentBefore | undefined
  /**
   * Back to `idle`, aborting a pending send (its promise still rejects, the snapshot stays idle).
   * The duplicate guard remembers the requests sent (or maybe sent) across resets, the pending
   * one included: sent after all, or aborted once its request had left, it is held
   * (`DUPLICATE_SEND`, `MAYBE_SENT`) like any other. Until its abort settles nobody knows which,
   * so the same request sent in the reset's own turn is held (`MAYBE_SENT`); once the abort says
   * it never left, it goes.
   */
  reset(): void
  /** Aborts the pending send, if any: it fails with kind `aborted` (check `maybeSent`). */
  cancel(): void
}

interface InFlight {
  promise: Promise<SendResult>
  abort: AbortController
  /** The request's stable key (undefined when it has none). */
  key: string | undefined
}

/**
 * Creates a {@link SendController} for `client`.
 *
 * @example
 * const sending = createSendController(createBriqClient({ endpoint: '/api/briq' }))
 * sending.subscribe(() => render(sending.getSnapshot()))
 * button.onclick = () => sending.send(draft).catch(() => {}) // the snapshot shows the error
 */
export function createSendController(client: BriqClient, options: SendControllerOptions = {}): SendController {
  const now = options.now ?? Date.now
  const listeners = new Set<() => void>()
  let snapshot = IDLE_SEND_SNAPSHOT
  let inFlight: InFlight | undefined
  // Requests sent, with Briq's answer; requests whose failure may still have reached Briq (until
  // sent on purpose); requests a reset cut short, held until their own send settles (it then says
  // what went); requests under way. Every one of them, not only the last, so sending another
  // message in between (or undoing back to an earlier one) does not let it go twice unasked; and
  // shared by every controller of the client, so a composer mounted again, or another on the
  // page, does not either.
  const memory = sendMemoryOf(client)
  const { sent, maybeSent: maybeSentKeys, reset: resetKeys } = memory
  // What pages before this one sent (a reload, another tab), kept beside the persisted draft.
  const remembered = options.persist && rememberedSends(options.persist, now)
  // The hold after a 429's or a 5xx's Retry-After is the client's (`memory.wait`): before its
  // end no send of any of its controllers goes, whatever it is.

  // Every snapshot carries the hold until a send after it clears it.
  const publish = (next: SendSnapshot) => {
    const wait = memory.wait
    snapshot = Object.freeze(wait === undefined ? next : { ...next, hold: wait.hold })
    for (const listener of [...listeners]) runIsolated(listener)
  }
  // Another controller's answer began a hold: show it here too, before a press is refused. Or
  // `liftSendHold` lifted it: a refusal made during it no longer holds, nor does the hold shown.
  const holdChanged = () => {
    if (memory.wait !== undefined) publish(snapshot)
    else if (snapshot.error !== undefined && HOLD_REFUSALS.has(snapshot.error)) publish(IDLE_SEND_SNAPSHOT)
    else if (snapshot.hold !== undefined) publish({ ...snapshot, hold: undefined })
  }
  // `forgetSends` emptied the memory: a refusal made from it, and a hold, no longer hold; nor does
  // what `sentBefore` said, which an idle form may show (a new snapshot: a UI reads it again).
  const forgotten = () => {
    if (snapshot.error !== undefined && MEMORY_REFUSALS.has(snapshot.error)) publish(IDLE_SEND_SNAPSHOT)
    else if (snapshot.hold !== undefined || snapshot.status === 'idle') publish({ ...snapshot, hold: undefined })
  }
  // A send of the client settled into the memory: `sentBefore` may say otherwise now, which an
  // idle form may show. The controller that sent it publishes its outcome itself (unless reset).
  const sendSettled = () => {
    if (snapshot.status === 'idle') publish({ ...snapshot })
  }
  // The sends kept beside the draft changed (another tab's, another controller's on the page,
  // `forgetSends`): likewise. Watched while subscribed, so what `sentBefore` read is kept till then.
  let unwatchKept: (() => void) | undefined
  const memoryChanged = (mine: boolean) => {
    for (const watcher of [...memory.sendWatchers]) if (!mine || watcher !== sendSettled) runIsolated(watcher)
  }

  // What the memory knows of a request, in the order a send reads it: sent (this page, then pages
  // before), then maybe sent. A request under way from this page is followed, not held: its
  // entry from a page before (the marker written while it is under way) is not read.
  const sentEarlier = (key: string) => sent.get(key) ?? remembered?.sent(key)
  const maybeSentAt = (key: string) =>
    maybeSentKeys.get(key)?.at ?? (memory.inFlight.has(key) ? undefined : remembered?.maybeSentAt(key))
  const earlierSend = (key: string | undefined): SentBefore | undefined => {
    if (key === undefined) return undefined
    const earlier = sentEarlier(key)
    if (earlier !== undefined) return { kind: 'sent', at: earlier.at, data: earlier.data }
    const at = maybeSentAt(key)
    return at === undefined ? undefined : { kind: 'maybe_sent', at }
  }

  const fail = (
    error: BriqError,
    request: SendInteractiveRequest,
    submittedAt: number,
    maybeSent: boolean,
    unremembered = false,
  ) => {
    publish({ status: 'error', request, error, submittedAt, maybeSent, ...(unremembered ? { unremembered } : {}) })
    runIsolated(() => options.onError?.(error, request))
    return Promise.reject(error)
  }

  // `unremembered`: the storage refused the send's record (the snapshot's, which says why).
  const succeed = (request: SendInteractiveRequest, data: SendResult, submittedAt: number, unremembered: boolean) =>
    publish({
      status: 'success',
      request,
      data,
      submittedAt,
      maybeSent: false,
      ...(unremembered ? { unremembered } : {}),
    })

  const start = (given: ReadonlyDeep<SendInteractiveRequest>, callOptions: SendCallOptions): Promise<SendResult> => {
    const submittedAt = now()
    const request = requestCopy(given)
    const key = stableJson(request)
    const earlier = key === undefined ? undefined : sentEarlier(key)
    if (!callOptions.allowDuplicate && earlier !== undefined) {
      const error = duplicateError(earlier.data.message_id)
      // The earlier send's answer stays, so a UI following its message id keeps following it.
      publish({ status: 'error', request, data: earlier.data, error, submittedAt, maybeSent: false })
      runIsolated(() => options.onError?.(error, request))
      return Promise.reject(error)
    }
    // A request under way from this page is remembered as maybe sent until it settles (below):
    // that one is followed, not held.
    const heldBack = (key: string) => resetKeys.has(key) || maybeSentAt(key) !== undefined
    if (!callOptions.allowDuplicate && key !== undefined && heldBack(key)) {
      return fail(maybeSentError(maybeSentKeys.get(key)?.requestId), request, submittedAt, true)
    }
    // Briq's rate limits are per account, and a 503 is the whole service, so the wait holds every
    // request (docs.briq.tz, error handling: honour Retry-After); `allowDuplicate` answers a
    // different question.
    // The same test a UI's note reads (`sendHoldSecondsLeft`): the note shows while a press is refused.
    const wait = memory.wait
    const heldAt = wait?.now()
    const secondsLeft = wait && sendHoldSecondsLeft(wait.hold, heldAt)
    if (wait !== undefined && heldAt !== undefined && secondsLeft !== undefined) {
      return fail(retryLaterError(wait, heldAt, secondsLeft), request, submittedAt, false)
    }
    // Cancelled before it started: no request goes, whatever client this is (one of the host's
    // own might not say so), and nothing can have been sent.
    if (callOptions.signal?.aborted) {
      return fail(abortedError(callOptions.signal.reason, 'The send', false), request, submittedAt, false)
    }
    // The identical request is under way from another controller of this client (the composer
    // before it was mounted again, another panel): follow that send rather than make a second.
    const elsewhere = key === undefined || callOptions.allowDuplicate ? undefined : memory.inFlight.get(key)
    if (elsewhere !== undefined) return follow(elsewhere, request, submittedAt, callOptions.signal)
    memory.wait = undefined
    // Remembered as maybe sent while under way: a page closed or reloaded before the answer (the
    // request may have reached Briq) holds it after the reload, as a lost answer does. Written
    // only over nothing (an earlier send's entry says as much or more), and forgotten if it never left.
    const marked =
      key !== undefined && remembered !== undefined && remembered.sent(key) === undefined && !remembered.maybeSent(key)
    if (marked) remembered.remember(key, undefined)
    // Whether a reload would still ask before `key` goes again: its record is written now, or,
    // where the storage refused it, one kept from before still holds it (the mark written as the
    // request left, an earlier send's answer). Only then is the person told it would not.
    const recorded = (key: string, data: SendResult | undefined) =>
      remembered === undefined ||
      remembered.remember(key, data) ||
      remembered.sent(key) !== undefined ||
      remembered.maybeSent(key)
    const abort = new AbortController()
    const combined = callOptions.signal ? anySignal(abort.signal, callOptions.signal) : undefined
    const promise: Promise<SendResult> = callClient(client, request, combined?.signal ?? abort.signal).then(
      (data) => {
        combined?.dispose()
        settled(key, promise)
        if (key !== undefined) resetKeys.delete(key)
        // Even after a reset: it was sent, so the guard must know (a client deaf to the abort).
        let kept = true
        if (key !== undefined) {
          sent.set(key, { data, at: now() })
          maybeSentKeys.delete(key)
          kept = recorded(key, data)
          if (!kept) unrememberedSends.add(promise)
          memoryChanged(inFlight === current)
        }
        if (inFlight !== current) return data
        inFlight = undefined
        // The page's memory still guards; after a reload nothing would, so the person is told.
        succeed(request, data, submittedAt, !kept)
        runIsolated(() => options.onSuccess?.(data, request))
        return data
      },
      (thrown: unknown) => {
        combined?.dispose()
        settled(key, promise)
        const error = toBriqError(thrown, 'The send')
        // Only a wait the failure's sentence tells the person about (not one after a failure
        // that may have gone: that request is held as MAYBE_SENT, the person checks first).
        // Nor one past a day (`waitTooLong`): a setting gone wrong would shut Send until a reload.
        const { reason, retryAfterSeconds, askedBy } = sendFailureReason(error)
        if (error.retryAfterMs !== undefined && retryAfterSeconds !== undefined) {
          const until = now() + error.retryAfterMs
          const hold: SendHold = {
            until,
            reason: reason === 'rate_limited' ? 'rate_limited' : 'server',
            // The failure's own reading, so its sentence and the note beside Send name the same one.
            askedBy: askedBy ?? 'briq',
          }
          memory.wait = { asked: error, hold, now }
          for (const watcher of [...memory.holdWatchers]) if (watcher !== holdChanged) runIsolated(watcher)
        }
        // The one rule, whatever failed: a host's own client failing in a way of its own cannot be
        // placed before its request, so it is held as the sentence says. So is a send a reset cut
        // short once its request had left: reset forgets the result shown, not what may have gone.
        const maybeSent = mayHaveBeenSent(error)
        if (key !== undefined) resetKeys.delete(key)
        let kept = true
        if (maybeSent && key !== undefined) {
          maybeSentKeys.set(key, { at: now(), requestId: error.requestId })
          kept = recorded(key, undefined)
          if (!kept) unrememberedSends.add(promise)
          memoryChanged(inFlight === current)
        } else if (marked) {
          remembered.forgetMaybeSent(key)
        }
        if (inFlight !== current) return Promise.reject(error)
        inFlight = undefined
        return fail(error, request, submittedAt, maybeSent, !kept)
      },
    )
    const current: InFlight = { abort, promise, key }
    inFlight = current
    if (key !== undefined) memory.inFlight.set(key, promise)
    publish({ status: 'pending', request, submittedAt, maybeSent: false })
    return current.promise
  }

  const settled = (key: string | undefined, promise: Promise<SendResult>) => {
    if (key !== undefined && memory.inFlight.get(key) === promise) memory.inFlight.delete(key)
  }

  // Shows another controller's send of the identical request as this one's: pending, then its
  // outcome. Its callbacks are that controller's (called once per send, as for a double click).
  // Cancelled (`cancel`, `reset`, the call's signal), this one stops following, as after a send
  // of its own whose request had left (maybe sent); the send itself goes on.
  const follow = (
    shared: Promise<SendResult>,
    request: SendInteractiveRequest,
    submittedAt: number,
    signal: AbortSignal | undefined,
  ) => {
    const abort = new AbortController()
    const combined = signal ? anySignal(abort.signal, signal) : undefined
    const stop = combined?.signal ?? abort.signal
    const stopped = new Promise<never>((_resolve, reject) => {
      stop.addEventListener('abort', () => reject(abortedError(stop.reason, 'The send', true)), { once: true })
    })
    const promise = Promise.race([shared, stopped]).then(
      (data) => {
        combined?.dispose()
        if (inFlight === current) {
          inFlight = undefined
          succeed(request, data, submittedAt, unrememberedSends.has(shared))
        }
        return data
      },
      (thrown: unknown) => {
        combined?.dispose()
        const error = toBriqError(thrown, 'The send')
        if (inFlight !== current) return Promise.reject(error)
        inFlight = undefined
        const unremembered = unrememberedSends.has(shared)
        publish({
          status: 'error',
          request,
          error,
          submittedAt,
          maybeSent: mayHaveBeenSent(error),
          ...(unremembered ? { unremembered } : {}),
        })
        return Promise.reject(error)
      },
    )
    // No key: a reset of this one cuts nothing short (the send is the other controller's), so it
    // must hold nothing back (nor leave a key that settled send would never free).
    const current: InFlight = { abort, promise, key: undefined }
    inFlight = current
    publish({ status: 'pending', request, submittedAt, maybeSent: false })
    return promise
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      // Told of a hold, or of a forget, only while someone watches (the memory outlives a controller).
      memory.holdWatchers.add(holdChanged)
      memory.forgetWatchers.add(forgotten)
      memory.sendWatchers.add(sendSettled)
      unwatchKept ??= remembered?.watch(sendSettled)
      return () => {
        listeners.delete(listener)
        if (listeners.size > 0) return
        memory.holdWatchers.delete(holdChanged)
        memory.forgetWatchers.delete(forgotten)
        memory.sendWatchers.delete(sendSettled)
        unwatchKept?.()
        unwatchKept = undefined
      }
    },
    sentBefore: (request) => earlierSend(stableJson(request)),
    send(request, callOptions = {}) {
      if (inFlight) return inFlight.promise
      try {
        return start(request, callOptions)
      } catch (error) {
        // Only a throwing `now` gets here; the promise contract still holds.
        return Promise.reject(toBriqError(error, 'The send'))
      }
    },
    reset() {
      const pending = inFlight
      inFlight = undefined
      // Until its abort settles, nobody knows whether its request left: the same request sent in
      // this very turn is held as maybe sent, and freed once the failure says it never left.
      if (pending?.key !== undefined) {
        resetKeys.add(pending.key)
        // No other controller follows a send cut short: the same request there is held instead.
        if (memory.inFlight.get(pending.key) === pending.promise) memory.inFlight.delete(pending.key)
      }
      pending?.abort.abort(new BriqError({ kind: 'aborted', message: 'The send was reset' }))
      if (snapshot.status !== 'idle') publish(IDLE_SEND_SNAPSHOT)
    },
    cancel() {
      inFlight?.abort.abort(new BriqError({ kind: 'aborted', message: 'The send was cancelled' }))
    },
  }
}

// The refusals a controller made from the client's memory, which `forgetSends` takes back.
const MEMORY_REFUSALS = new WeakSet<BriqError>()
// Those made during a `Retry-After` hold, which `liftSendHold` takes back too.
const HOLD_REFUSALS = new WeakSet<BriqError>()

// A send the controller holds back: it made no request, so it is a validation failure.
function heldError(
  code: 'DUPLICATE_SEND' | 'MAYBE_SENT' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE',
  message: string,
  retryAfterMs?: number,
  requestId?: string,
  cause?: BriqError,
) {
  const error = new BriqError({
    kind: 'validation',
    code,
    message,
    errors: [{ code, message }],
    retryAfterMs,
    requestId,
    cause,
  })
  MEMORY_REFUSALS.add(error)
  if (code === 'RATE_LIMITED' || code === 'SERVICE_UNAVAILABLE') HOLD_REFUSALS.add(error)
  return error
}

function retryLaterError({ asked, hold }: SendWait, at: number, seconds: number): BriqError {
  return heldError(
    hold.reason === 'rate_limited' ? 'RATE_LIMITED' : 'SERVICE_UNAVAILABLE',
    `${hold.askedBy === 'briq' ? 'Briq' : 'A server between the page and Briq'} asked to wait before sending again (${asked.status ?? asked.code}, Retry-After): wait ${seconds} s more; nothing was sent.`,
    hold.until - at,
    undefined,
    // The answer that asked to wait: who it was, for the refusal's sentence.
    asked,
  )
}

function duplicateError(messageId: string): BriqError {
  return heldError(
    'DUPLICATE_SEND',
    `This exact request was already sent (message ${messageId}); it was not sent again. ` +
      'Change the message or the recipient, or send with { allowDuplicate: true } to send it twice on purpose.',
  )
}

// The earlier try may have failed in any of several ways (no answer in time, a connection lost, a
// 5xx, an answer that could not be read, a cancel once it had left, a try still under way in
// another tab): none confirmed it. Its request id, when Briq or the proxy gave one, is the one
// support can look up, so the refusal keeps it.
function maybeSentError(requestId: string | undefined): BriqError {
  return heldError(
    'MAYBE_SENT',
    'An earlier try of this exact request may have reached Briq (no answer confirmed it), so it was not sent again. ' +
      'Send with { allowDuplicate: true } to send it anyway.',
    undefined,
    requestId,
  )
}

// A hand-made client may throw instead of rejecting, or answer without a promise; the snapshot
// must still show what happened.
function callClient(client: BriqClient, request: SendInteractiveRequest, signal: AbortSignal): Promise<SendResult> {
  try {
    return Promise.resolve(client.sendInteractive(request, { signal })).then(withReceipt)
  } catch (error) {
    return Promise.reject(error)
  }
}

// The kit's client checks Briq's answer; a host's own may resolve with anything. Without a
// message id (Briq's receipt) there is no success to show or follow: an answer that cannot be
// read, which may have been sent.
function withReceipt(data: SendResult): SendResult {
  if (isRecord(data) && typeof data.message_id === 'string' && data.message_id !== '') return data
  const message = 'The send resolved without a message id (a client of your own?), so whether it was sent is unknown'
  throw new BriqError({ kind: 'invalid_response', message })
}
