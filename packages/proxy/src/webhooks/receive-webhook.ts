import { COUNT_OPTION_WORDS, isCountOption, WEBHOOK_SIGNATURE_HEADER } from '@briq-interactive/core'
import { readBodyWithLimit } from '@briq-interactive/core/server'
import { parseWebhookEvent } from './parse-webhook-event.ts'
import { verifyWebhookSignature } from './verify-webhook-signature.ts'
import type { WebhookEvent } from './webhook-event.ts'

/** Options of {@link receiveWebhook}. */
export interface ReceiveWebhookOptions {
  /**
   * The webhook's signing secret (revealed once by Briq when the endpoint is created); white
   * space around it (a file's trailing newline) is ignored.
   */
  secret: string
  /** Largest body read, in bytes (a whole number ≥ 1); Briq's events are a few hundred. Default 64 KiB. */
  maxBodyBytes?: number | undefined
}

/**
 * What {@link receiveWebhook} found: the event, or the status to answer and why. Each side has
 * the other's keys as absent, so `if (!received.ok) return …` reads `received.status` and then
 * `received.event` also compiled without strictNullChecks (`strict: false`), where `!received.ok`
 * narrows nothing.
 */
export type ReceivedWebhook =
  | { ok: true; event: WebhookEvent; status?: never; error?: never; headers?: never }
  | {
      ok: false
      event?: never
      /**
       * 405 not a POST (with `headers`: `Allow: POST`), 413 too large, 401 bad or missing
       * signature, 400 unreadable or no event, 500 no secret on
       * this server (a deployment without its secret, not a forged delivery), and 202 for a
       * signed delivery of an event this kit does not handle (`whatsapp.received`, which Briq
       * lists as upcoming, or a newer event): Briq retries any non-2xx answer, and no retry
       * would make such an event readable, so it is acknowledged and left alone.
       */
      status: 202 | 400 | 401 | 405 | 413 | 500
      /** A sentence saying what is wrong (never quotes the body or the secret). */
      error: string
      /** Headers to answer with (`Allow: POST` beside a 405; none otherwise). */
      headers: Readonly<Record<string, string>>
    }

const DEFAULT_MAX_BODY_BYTES = 64 * 1024
const NONE: Readonly<Record<string, string>> = Object.freeze({})

/**
 * Reads a webhook request the safe way, in order: its method (405 unless POST), the body under a byte cap (a declared
 * `Content-Length` over it is refused unread), then Briq's `X-Briq-Signature` over exactly those
 * bytes, then the event (`parseWebhookEvent`, either documented envelope); an event this kit
 * does not handle is acknowledged (202), since Briq retries non-2xx answers. Never throws. With
 * no secret (unset or blank, e.g. a missing environment variable) every delivery is answered
 * 500, so a server missing its configuration says so instead of calling Briq's signatures wrong;
 * non-2xx deliveries are retried by Briq.
 *
 * @example
 * const received = await receiveWebhook(request, { secret: process.env.BRIQ_WEBHOOK_SECRET ?? '' })
 * if (!received.ok) return new Response(received.error, { status: received.status, headers: received.headers })
 */
export async function receiveWebhook(request: Request, options: ReceiveWebhookOptions): Promise<ReceivedWebhook> {
  // Briq delivers each event as a signed JSON body (docs.briq.tz, guides/webhooks), which only a
  // POST carries: anything else (a browser, an uptime check) is no delivery, neither forged (401)
  // nor this server's fault (500).
  if (request.method !== 'POST') {
    const error = 'Briq delivers webhooks with POST; this endpoint takes nothing else.'
    return { ok: false, status: 405, error, headers: { Allow: 'POST' } }
  }
  if (typeof options.secret !== 'string' || options.secret.trim() === '') {
    return {
      ok: false,
      status: 500,
      headers: NONE,
      error: 'The webhook signing secret is not set on this server, so no delivery can be checked.',
    }
  }
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  // NaN would read any body whole, 0 or less would refuse every delivery: both are this server's mistake.
  if (!isCountOption(maxBytes)) {
    return {
      ok: false,
      status: 500,
      headers: NONE,
      error: `maxBodyBytes must be ${COUNT_OPTION_WORDS} (bytes) on this server.`,
    }
  }
  // A secret read from a file or an env file often ends in a newline; Briq's secrets never hold
  // white space, and with it every genuine delivery would read as forged.
  const secret = options.secret.trim()
  let read: Awaited<ReturnType<typeof readBodyWithLimit>>
  try {
    read = await readBodyWithLimit(request, maxBytes)
  } catch {
    return { ok: false, status: 400, headers: NONE, error: 'The webhook body could not be read.' }
  }
  if (!read.ok)
    return { ok: false, status: 413, headers: NONE, error: `The webhook body is larger than ${maxBytes} bytes.` }
  const signature = request.headers.get(WEBHOOK_SIGNATURE_HEADER)
  if (!(await verifyWebhookSignature(read.bytes, signature, secret))) {
    return {
      ok: false,
      status: 401,
      headers: NONE,
      error: 'The X-Briq-Signature header is missing or does not match the body.',
    }
  }
  const parsed = parseWebhookEvent(read.bytes)
  if (parsed.ok) return parsed
  return { ok: false, status: parsed.unsupported ? 202 : 400, headers: NONE, error: parsed.error }
}
