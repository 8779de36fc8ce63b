import { signWebhookBody, WEBHOOK_SIGNATURE_HEADER } from '@briq-interactive/core'
import type { IdGenerator } from '../ids/id-generator.ts'
import type { MessageRecord } from '../store/records.ts'
import { isoTime } from '../views/iso-time.ts'
import { shownWebhookUrl } from './shown-webhook-url.ts'

/** One failed delivery as `onFailure` gets it beside its sentence, for a log that groups them. */
export interface WebhookFailure {
  /** The event that was not delivered, e.g. `whatsapp.sent`. */
  event: string
  /** The message the event is about. */
  messageId: string
  /**
   * How it failed, in the same words for every delivery that failed the same way: `answered 401`,
   * `not delivered (no answer within 10000 ms)`, `not delivered (connect ECONNREFUSED …)`,
   * `dropped (1000 deliveries waiting for the route)`. Never the secret, nor a URL's credentials.
   */
  reason: string
  /** Dropped before it was posted (`MAX_WAITING_DELIVERIES` waiting), rather than posted and failed. */
  dropped: boolean
}

/**
 * Where the mock delivers Briq's WhatsApp status events (docs.briq.tz, guides/whatsapp-webhooks):
 * `whatsapp.sent`, `.delivered`, `.read` and `.failed`, as Briq posts them to a webhook URL.
 */
export interface MockWebhookOptions {
  /** Your webhook route, e.g. `http://localhost:3000/api/briq-webhook`. */
  url: string
  /**
   * The signing secret: each delivery carries `X-Briq-Signature: sha256=<hex>`, an HMAC-SHA256
   * of exactly the body's bytes. Without one (or a blank one) the header is left out, as Briq
   * does for an endpoint with no secret; white space around it is ignored.
   */
  secret?: string | undefined
  /** The developer app the events name (`app_id`, `X-Briq-App-ID`). Default a fixed uuid. */
  appId?: string | undefined
  /** How deliveries are posted (default `fetch`); tests pass a recorder. */
  fetch?: ((url: string, init: RequestInit) => Promise<unknown>) | undefined
  /**
   * Called when a delivery fails: the route answered other than 2xx (a 401 is usually a secret
   * that differs from the route's), could not be reached, did not answer within `timeoutMs`,
   * or was dropped because `MAX_WAITING_DELIVERIES` were already waiting. The sentence names
   * the event and the status or error, never the secret or the URL; `failure` says the same in
   * parts, its `reason` shared by every delivery that failed the same way. One call per failed
   * event. The delivery is not retried.
   */
  onFailure?: ((problem: string, failure: WebhookFailure) => void) | undefined
  /**
   * Called when the route answers a delivery 2xx: with `onFailure`, what a log needs to say that
   * deliveries work again.
   */
  onDelivered?: (() => void) | undefined
  /** How long one delivery may take before it is given up, in whole ms (default 10 000). */
  timeoutMs?: number | undefined
}

/**
 * The most deliveries that wait behind one that is under way. Deliveries go one at a time,
 * so a route that hangs (a breakpoint, a dead server) would otherwise hold every later event,
 * and the memory of each, for as long as the mock runs.
 */
export const MAX_WAITING_DELIVERIES = 1000

const DEFAULT_TIMEOUT_MS = 10_000

/** `appId` when none is given. */
export const DEFAULT_WEBHOOK_APP_ID = '6d1f0b2a-7c3e-4f5a-9b8c-000000000001'

/** What the store calls on every outbound status move, and how the mock stops it. */
export interface WebhookSender {
  /** Queues the event of `message`'s status move at `at`. */
  deliver(message: MessageRecord, at: number): void
  /**
   * Stops for good, without a report: the deliveries waiting are dropped, the one under way is
   * aborted, and later moves post nothing (`reset()` starts a new sender; `close()` none).
   */
  cancel(): void
}

/**
 * Builds the sender the store calls on every outbound status move: it posts the event to
 * `options.url`, one delivery at a time so a message's events arrive in the order they happened.
 * The envelope is the WhatsApp webhooks guide's (`event`, `event_id` `wa_<32 hex>`, `app_id`,
 * `service_type`, `timestamp`, `data`); the headers and the `sha256=` signature are those the
 * webhooks guide for SMS describes for the same delivery engine. A delivery that fails is
 * reported to `onFailure` and dropped: the mock does not model Briq's (undocumented) retries.
 */
export function createWebhookSender(options: MockWebhookOptions, ids: IdGenerator): WebhookSender {
  const post = options.fetch ?? ((url: string, init: RequestInit) => fetch(url, init))
  const appId = options.appId ?? DEFAULT_WEBHOOK_APP_ID
  // As the receiving side reads it (the proxy's receiveWebhook and verifyWebhookSignature):
  // white space around it is a file's newline, and a blank one is none.
  const secret = typeof options.secret === 'string' ? options.secret.trim() : ''
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  let queue: Promise<unknown> = Promise.resolve()
  let waiting = 0
  // Aborted by cancel(): the delivery under way stops, and the waiting ones never start.
  const cancelled = new AbortController()
  // A throwing onFailure or onDelivered must not stop the deliveries after this one.
  const report = (problem: string, failure: WebhookFailure) => {
    try {
      options.onFailure?.(problem, failure)
    } catch {}
  }
  const delivered = () => {
    try {
      options.onDelivered?.()
    } catch {}
  }
  const deliver = (message: MessageRecord, at: number) => {
    if (cancelled.signal.aborted) return
    const event = `whatsapp.${message.status}`
    // The id only: a waiting delivery must not keep an evicted message alive.
    const messageId = message.id
    if (waiting >= MAX_WAITING_DELIVERIES) {
      report(
        `webhook ${event} for ${messageId} was dropped: ${MAX_WAITING_DELIVERIES} deliveries are waiting for the route`,
        {
          event,
          messageId,
          reason: `dropped (${MAX_WAITING_DELIVERIES} deliveries waiting for the route)`,
          dropped: true,
        },
      )
      return
    }
    waiting++
    const data: Record<string, unknown> = {
      message_id: message.id,
      conversation_id: message.conversation_id,
      provider_message_id: message.provider_message_id,
    }
    if (message.status === 'failed') {
      data.error_code = message.error_code
      data.error_message = message.error_message
    }
    // Compact JSON in a fixed key order: exactly these bytes are signed and sent.
    const body = JSON.stringify({
      event,
      event_id: `wa_${ids.uuid().replaceAll('-', '')}`,
      app_id: appId,
      service_type: 'whatsapp',
      timestamp: isoTime(at),
      data,
    })
    queue = queue
      .then(async () => {
        waiting--
        if (cancelled.signal.aborted) return
        const headers: Record<string, string> = {
          'Content-Type': 'application/json',
          'User-Agent': 'Briq-Webhook/1.0',
          'X-Briq-App-ID': appId,
          'X-Briq-Service-Type': 'whatsapp',
        }
        if (secret !== '') {
          headers[WEBHOOK_SIGNATURE_HEADER] = await signWebhookBody(body, secret)
          // Cancelled while signing: the listener below would never hear an abort already done.
          if (cancelled.signal.aborted) return
        }
        // The deadline or a cancel, whichever comes first. Not AbortSignal.any: missing from
        // Safari before 17.4 (a page runs this), and each call would hang one more dependent on
        // the sender's long-lived signal; this listener goes once the delivery settles.
        const deadline = AbortSignal.timeout(timeoutMs)
        const stop = new AbortController()
        const onDeadline = () => stop.abort(deadline.reason)
        const onCancel = () => stop.abort(cancelled.signal.reason)
        deadline.addEventListener('abort', onDeadline, { once: true })
        cancelled.signal.addEventListener('abort', onCancel, { once: true })
        const { signal } = stop
        // Raced as well as passed on: a `fetch` given in the options may not heed the signal.
        const timedOut = new Promise<never>((_, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason), { once: true })
        })
        let answer: unknown
        try {
          answer = await Promise.race([post(options.url, { method: 'POST', headers, body, signal }), timedOut])
        } finally {
          deadline.removeEventListener('abort', onDeadline)
          cancelled.signal.removeEventListener('abort', onCancel)
        }
        const status = (answer as { status?: unknown } | undefined)?.status
        if (typeof status === 'number' && (status < 200 || status > 299)) {
          report(`webhook ${event} for ${messageId} was answered ${status}`, {
            event,
            messageId,
            reason: `answered ${status}`,
            dropped: false,
          })
        } else delivered()
      })
      .catch((error: unknown) => {
        if (cancelled.signal.aborted) return
        const reason =
          error instanceof Error
            ? error.name === 'TimeoutError'
              ? `no answer within ${timeoutMs} ms`
              : error.cause instanceof Error
                ? error.cause.message
                : error.message
            : 'failed'
        // fetch names the URL when it refuses one (`user:password@` in it): not its credentials.
        const shown = reason.replace(/\bhttps?:\/\/\S+/gi, (url) => shownWebhookUrl(url))
        report(`webhook ${event} for ${messageId} was not delivered: ${shown}`, {
          event,
          messageId,
          reason: `not delivered (${shown})`,
          dropped: false,
        })
      })
  }
  return { deliver, cancel: () => cancelled.abort() }
}
