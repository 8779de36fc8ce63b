'use client'

import {
  type BriqClient,
  type BriqError,
  createSendController,
  type ReadonlyDeep,
  type SendCallOptions,
  type SendController,
  type SendHold,
  type SendInteractiveRequest,
  type SendResult,
  type SendSnapshot,
  type SentBefore,
  sameBriqClient,
} from '@briq-interactive/core'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { type ClientCaller, useClientFor } from '../provider/use-briq-client.ts'

/** Options of {@link useSendInteractive}; the callbacks are always the latest ones passed. */
export interface UseSendInteractiveOptions {
  /** Called once when a send is accepted (not again for a double click that joined it). */
  onSuccess?: ((data: SendResult, request: SendInteractiveRequest) => void) | undefined
  /** Called once when a send fails or is refused (e.g. `DUPLICATE_SEND`), with the request that failed. */
  onError?: ((error: BriqError, request: SendInteractiveRequest) => void) | undefined
  /** A client to use instead of the `BriqProvider`'s. */
  client?: BriqClient | undefined
  /**
   * The builder's `persistKey`: what is sent is remembered beside the draft (in `localStorage`,
   * under `<persistKey>:sent`, for a day), so after a reload that brings the draft back, the
   * message sent just before is refused as `DUPLICATE_SEND` (or held as `MAYBE_SENT`) as in the page.
   */
  persistKey?: string | undefined
}

/** What {@link useSendInteractive} returns whatever its `status`. The functions keep their identity across renders. */
interface UseSendInteractiveControls {
  /**
   * Sends the request. Never rejects: resolves with Briq's answer, or with undefined when the
   * send failed (the error is in `error` and goes to `onError`). A click while a send is pending
   * joins it; an identical resend after success is refused (`DUPLICATE_SEND`) unless
   * `{ allowDuplicate: true }`. A message written `as const` goes in as it is (`ReadonlyDeep`):
   * the request is read as the press finds it and never changed, and what was sent is a copy
   * (`request`, the callbacks' `request`) that a later change of your object does not reach.
   */
  send: (request: ReadonlyDeep<SendInteractiveRequest>, options?: SendCallOptions) => Promise<SendResult | undefined>
  /** Like `send`, but rejects with the `BriqError` (for `await` + `try`/`catch` code). */
  sendAsync: (request: ReadonlyDeep<SendInteractiveRequest>, options?: SendCallOptions) => Promise<SendResult>
  /**
   * What is known of a request identical to `request` sent before (core's
   * `SendController.sentBefore`): `sent` (Briq's answer, and when) or `maybe_sent` (when), by
   * any form of the client or, with `persistKey`, before a reload; undefined otherwise. Exactly
   * what `send` without `allowDuplicate` would refuse it over, so say it before the press (a form
   * mounted again after its send otherwise shows a plain Send). While `status` is `idle`, the
   * hook renders again when it may have changed (a send settled, `forgetSends`).
   */
  sentBefore: (request: ReadonlyDeep<SendInteractiveRequest>) => SentBefore | undefined
  /** Back to `idle`, aborting a pending send. */
  reset: () => void
  /** Aborts the pending send (it fails with kind `aborted`; check `maybeSent`). */
  cancel: () => void
  /**
   * The request of the current or last send, kept on failure so the draft can be restored: a copy
   * made as it was sent, so a change to the object given to `send` afterwards does not reach it.
   */
  request: SendInteractiveRequest | undefined
  /** When the current or last send started (`Date.now()` milliseconds). */
  submittedAt: number | undefined
  /** The failure happened after the request may have reached Briq: ask the user to check before resending. */
  maybeSent: boolean
  /**
   * Set while every send is held after a 429's or a 503's `Retry-After` (a send before `until` is
   * refused): say so beside Send before it is pressed (`useSendHoldSecondsLeft` counts it down).
   */
  hold: SendHold | undefined
  /**
   * With `persistKey`: the last send went, or may have gone (`maybeSent`), but the browser's
   * storage refused to keep its record (full, blocked), so after a reload the restored draft's
   * Send would not ask before posting it again. Say so after the send (the send dialog does,
   * under "Message sent" or "Not confirmed").
   */
  unremembered: boolean
}

/** Before the first send (and after `reset`): nothing sent, nothing failed. */
interface SendIdle {
  /** No send yet. */
  status: 'idle'
  /** None yet. */
  data: undefined
  /** None yet. */
  error: undefined
  /** False: nothing is under way. */
  isPending: false
}

/** Waiting for Briq's answer. */
interface SendPending {
  /** A send is under way. */
  status: 'pending'
  /** None yet. */
  data: undefined
  /** None yet. */
  error: undefined
  /**
   * `status === 'pending'`: mark the send button `aria-disabled` with it (not `disabled`, which
   * drops keyboard focus to the page; a click while pending joins the send in flight anyway).
   */
  isPending: true
}

/** Briq accepted the send. */
interface SendSucceeded {
  /** The send was accepted. */
  status: 'success'
  /** Briq's answer (`message_id` to pass to `useMessageStatus`). */
  data: SendResult
  /** None: the send went. */
  error: undefined
  /** False: nothing is under way. */
  isPending: false
}

/** The send failed or was refused. */
interface SendFailed {
  /** The send failed or was refused. */
  status: 'error'
  /**
   * On a `DUPLICATE_SEND` refusal, the answer of the earlier send it repeats (so its status can
   * still be followed); otherwise undefined.
   */
  data: SendResult | undefined
  /** Why the send failed; branch on `kind`, then `code`. */
  error: BriqError
  /** False: nothing is under way. */
  isPending: false
}

/**
 * What {@link useSendInteractive} returns: narrow it by `status` (or `isPending`), and `data` is
 * Briq's answer once the send succeeded, `error` why it failed once it did.
 *
 * @example
 * const sending = useSendInteractive()
 * if (sending.status === 'success') follow(sending.data.message_id)
 * else if (sending.status === 'error') show(sending.error.kind, sending.error.code)
 */
export type UseSendInteractiveResult = UseSendInteractiveControls &
  (SendIdle | SendPending | SendSucceeded | SendFailed)

interface Bound {
  client: BriqClient
  persistKey: string | undefined
  controller: SendController
}

const CALLER: ClientCaller = { kind: 'hook', name: 'useSendInteractive()', given: 'useSendInteractive({ client })' }

/**
 * Sends interactive messages through the `BriqProvider`'s client, in the TanStack Query
 * `useMutation` style: a core `SendController` created once per client, read with
 * `useSyncExternalStore`, stable callbacks. A send in flight is not aborted on unmount (it may
 * already be on its way to the customer); what was sent is remembered per client, so a hook
 * mounted again follows it and refuses an identical resend (`DUPLICATE_SEND`).
 *
 * @example
 * const { send, isPending, error, maybeSent } = useSendInteractive({ onSuccess: (d) => setMessageId(d.message_id) })
 * <button aria-disabled={isPending} onClick={() => send({ to, interactive })}>Send</button>
 */
export function useSendInteractive(options: UseSendInteractiveOptions = {}): UseSendInteractiveResult {
  const client = useClientFor(options.client, CALLER)
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })
  const { persistKey } = options
  const [bound, setBound] = useState<Bound>(() => bind(client, persistKey, latest))
  let current = bound
  // A client made again with the same options (inline JSX, every render) is the one it had: a new
  // controller would forget the send under way and what was sent, and let it go again.
  if ((bound.client !== client && !sameBriqClient(bound.client, client)) || bound.persistKey !== persistKey) {
    current = bind(client, persistKey, latest)
    setBound(current)
  }
  const { controller } = current
  const snapshot: SendSnapshot = useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot,
    controller.getSnapshot,
  )
  const sendAsync = useCallback<UseSendInteractiveResult['sendAsync']>(
    (request, callOptions) => controller.send(request, callOptions),
    [controller],
  )
  const send = useCallback<UseSendInteractiveResult['send']>(
    (request, callOptions) => controller.send(request, callOptions).catch(() => undefined),
    [controller],
  )
  const sentBefore = useCallback<UseSendInteractiveResult['sentBefore']>(
    (request) => controller.sentBefore(request),
    [controller],
  )
  const reset = useCallback(() => controller.reset(), [controller])
  const cancel = useCallback(() => controller.cancel(), [controller])
  return useMemo(
    () =>
      // Core's snapshot narrows by `status` too; copied field by field, TypeScript no longer ties them.
      ({
        send,
        sendAsync,
        sentBefore,
        reset,
        cancel,
        status: snapshot.status,
        data: snapshot.data,
        error: snapshot.error,
        request: snapshot.request,
        submittedAt: snapshot.submittedAt,
        isPending: snapshot.status === 'pending',
        maybeSent: snapshot.maybeSent,
        hold: snapshot.hold,
        unremembered: snapshot.unremembered === true,
      }) as UseSendInteractiveResult,
    [send, sendAsync, sentBefore, reset, cancel, snapshot],
  )
}

function bind(
  client: BriqClient,
  persistKey: string | undefined,
  latest: { current: UseSendInteractiveOptions },
): Bound {
  const controller = createSendController(client, {
    onSuccess: (data, request) => latest.current.onSuccess?.(data, request),
    onError: (error, request) => latest.current.onError?.(error, request),
    persist: persistKey === undefined ? undefined : { key: persistKey },
  })
  return { client, persistKey, controller }
}
