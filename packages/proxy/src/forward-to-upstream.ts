import {
  UPSTREAM_ANSWER_LOST,
  UPSTREAM_REDIRECT,
  UPSTREAM_REDIRECT_FOLLOWED,
  UPSTREAM_RESPONSE_TOO_LARGE,
  UPSTREAM_RESPONSE_UNREADABLE,
  UPSTREAM_TIMEOUT,
  UPSTREAM_UNREACHABLE,
} from '@briq-interactive/core'
import { BRIQ_PROXY_VIA, type ServerRequest } from '@briq-interactive/core/server'
import { errorResponse } from './error-envelope.ts'
import { buildUpstreamHeaders } from './forward-headers.ts'
import type { FinalReply } from './reply/proxy-reply.ts'
import type { ResolvedProxyOptions } from './resolve-options.ts'
import { copyUpstreamReply } from './scrub-upstream-response.ts'
import type { SecretRunRedactor } from './secret-fragments.ts'
import { isReadableCoding } from './upstream/readable-coding.ts'
import type { UpstreamAnswer } from './upstream/upstream-transport.ts'
import { describeUpstreamFailure } from './upstream-failure.ts'

/** A reply plus the sentence the log event carries. */
export interface ProxyOutcome<Reply = FinalReply> {
  /** What the caller receives. */
  response: Reply
  /** The log event's `message`. */
  message: string
}

/** What to send upstream, already checked. */
export interface UpstreamCall {
  /** `GET` or `POST`. */
  method: string
  /** Canonical path from the allow-list, e.g. `/v1/whatsapp/messages/interactive`. */
  path: string
  /** The incoming query string (`?…` or `''`). */
  search: string
  /** The raw body bytes to forward, or null for none. */
  body: Uint8Array | null
  /** Sent upstream as `X-Request-Id` and used in proxy errors. */
  requestId: string
}

/** The most of a 401 the proxy reads: Briq's refusal of the key is a JSON error of a few hundred bytes. */
export const KEY_REFUSAL_MAX_BYTES = 64 * 1024

// The code Briq refuses a missing, invalid, inactive or expired key with (401).
const BRIQ_KEY_REFUSED = 'UNAUTHORIZED'

// A read changes nothing, so it can simply be asked again; a send (or a read receipt) may have
// reached Briq before the deadline, and Briq documents no idempotency key for sends.
const TIMED_OUT_READ = 'Nothing was changed by this read; try again shortly.'
const MAY_HAVE_REACHED = "The request may have reached Briq: check the message's status before sending it again."

/**
 * Sends the checked request to Briq with the real key and a deadline covering the whole answer,
 * and copies what comes back (the caller redacts the key from every response). Redirects are
 * neither followed (one to another host would carry the `X-API-Key` header there; an answer a
 * given fetch reached by following one anyway is refused) nor passed on (502 `UPSTREAM_REDIRECT`).
 * An answer over `maxResponseBytes` is dropped unread past the cap and answered 502.
 */
export async function forwardToUpstream(
  config: ResolvedProxyOptions,
  request: ServerRequest,
  call: UpstreamCall,
): Promise<ProxyOutcome> {
  // One signal for the deadline and the client going away. (AbortSignal.any does the same but
  // costs more than the rest of the proxy's own work on a small send.)
  const abort = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    abort.abort()
  }, config.timeoutMs)
  const clientGone = () => abort.abort()
  if (request.signal.aborted) abort.abort()
  else request.signal.addEventListener('abort', clientGone, { once: true })
  let stage: 'connect' | 'body' = 'connect'
  try {
    const upstream = await config.transport({
      url: `${config.upstream}${call.path}${call.search}`,
      method: call.method,
      headers: buildUpstreamHeaders(request.headers, config.apiKey, call.requestId, call.body !== null),
      body: call.body,
      signal: abort.signal,
    })
    stage = 'body'
    if (upstream.redirected === true) {
      // The key went along to wherever the redirect led; what came back from there is not Briq's.
      const maybe = call.method === 'GET' ? '' : ` ${MAY_HAVE_REACHED}`
      return notPassedOn(
        upstream,
        abort,
        call,
        UPSTREAM_REDIRECT_FOLLOWED,
        `Briq answered with a redirect, which the proxy's fetch followed; the proxy did not pass that answer on.${maybe}`,
        "the fetch given followed Briq's redirect (and took the API key with it): pass one that honours redirect: 'manual'",
      )
    }
    if (upstream.status >= 300 && upstream.status < 400) {
      // Briq's API routes never redirect, and the proxy asks only exact paths, so this is a
      // gateway, a maintenance page or a wrong upstream, and the request was not taken (RFC 9110,
      // "Redirection 3xx"). Passed back, a browser's fetch would follow it, re-POSTing a 307/308
      // send (message and phone number) to wherever Location points.
      return notPassedOn(
        upstream,
        abort,
        call,
        UPSTREAM_REDIRECT,
        `Briq answered with a redirect (HTTP ${upstream.status}) and did not take the request; the proxy neither followed it nor passed it on. Try again shortly; if it persists, check the proxy's upstream setting.`,
        `upstream answered with a redirect (HTTP ${upstream.status}): not followed, not passed on; check the upstream setting`,
      )
    }
    if (!isReadableCoding(upstream.headers)) {
      return notPassedOn(
        upstream,
        abort,
        call,
        UPSTREAM_RESPONSE_UNREADABLE,
        "Briq's answer came in a content coding the proxy cannot decode; the proxy did not pass it on.",
        'upstream answer in an unreadable content coding',
      )
    }
    // A 401 is Briq refusing the key: a short JSON error. Its runs of the key's characters are
    // cut out too (below), a search that grows faster than the body on one full of near-copies of
    // the key; so only a refusal's worth of it is ever read, and a longer one is not passed on.
    const refusal = upstream.status === 401
    const maxBytes = refusal ? Math.min(KEY_REFUSAL_MAX_BYTES, config.maxResponseBytes) : config.maxResponseBytes
    const read = await upstream.read(maxBytes)
    if (!read.ok) {
      // A hostile or broken upstream must not make the proxy hold gigabytes. A refusal too long
      // to pass on is still a refusal: nothing was sent, so it stays a 401 with Briq's code for
      // it (`UNAUTHORIZED`), which clients word as the key refused, not a send that may have gone.
      // It says Via the proxy as the refusals it passes on do: core's client reads that the key
      // went (keySent), not the words.
      if (refusal) {
        return {
          response: errorResponse(
            401,
            BRIQ_KEY_REFUSED,
            `Briq refused the API key (HTTP 401); its answer was larger than ${maxBytes} bytes, and the proxy did not pass it on.`,
            call.requestId,
            { Via: BRIQ_PROXY_VIA },
          ),
          message: 'upstream 401 answer too large',
        }
      }
      return {
        response: errorResponse(
          502,
          UPSTREAM_RESPONSE_TOO_LARGE,
          `Briq's answer was larger than ${maxBytes} bytes; the proxy did not pass it on.`,
          call.requestId,
        ),
        message: 'upstream answer too large',
      }
    }
    const reply = copyUpstreamReply(upstream, read.bytes)
    // Briq refusing the key (401: missing, invalid, inactive or expired) may quote it masked or
    // cut short (`briq_live_SECR****3c9d`), as many APIs do: runs of its characters go too. Only
    // there, an answer about the key and nothing the caller wrote: cut out of text a caller wrote
    // (an error quoting it, a message read back), runs would tell them, a character at a time,
    // how much of a guess is the key.
    if (refusal) withoutKeyRuns(reply, config.keyRuns)
    // The id the log event carries and Briq was sent, so a caller can quote it; Briq's docs name
    // no X-Request-Id answer header, and one Briq sends of its own is kept.
    if (!reply.headers.has('x-request-id')) reply.headers.set('X-Request-Id', call.requestId)
    return { response: reply, message: 'forwarded' }
  } catch (error) {
    if (timedOut) {
      return {
        response: errorResponse(
          504,
          UPSTREAM_TIMEOUT,
          `Briq did not answer within ${config.timeoutMs} ms. ${call.method === 'GET' ? TIMED_OUT_READ : MAY_HAVE_REACHED}`,
          call.requestId,
        ),
        message: `upstream timed out after ${config.timeoutMs} ms`,
      }
    }
    if (request.signal.aborted) {
      return {
        response: errorResponse(
          499,
          'CLIENT_CLOSED_REQUEST',
          'The client went away before Briq answered.',
          call.requestId,
        ),
        message: 'client closed the request',
      }
    }
    const failure = describeUpstreamFailure(error, stage)
    // A send whose connection was lost after it left may have been taken: "try again" would
    // send it twice. Its own code tells a client so (core's mayHaveBeenSent reads it).
    if (call.method !== 'GET' && failure.mayHaveReached) {
      const message = `Briq's answer did not reach the proxy: ${failure.reason}. ${MAY_HAVE_REACHED}`
      return {
        response: errorResponse(502, UPSTREAM_ANSWER_LOST, message, call.requestId),
        message: `upstream answer lost: ${failure.detail}`,
      }
    }
    const message = `Could not reach the Briq API from the proxy: ${failure.reason}. Try again shortly; if it persists, check the proxy's upstream setting and network.`
    return {
      response: errorResponse(502, UPSTREAM_UNREACHABLE, message, call.requestId),
      message: `upstream unreachable: ${failure.detail}`,
    }
  } finally {
    clearTimeout(timer)
    request.signal.removeEventListener('abort', clientGone)
  }
}

/** Drops the headers that hold a run of the key's characters and cuts the runs out of the body. */
function withoutKeyRuns(reply: FinalReply, keyRuns: SecretRunRedactor): void {
  const names = new Set<string>()
  reply.headers.forEach((value, name) => {
    if (keyRuns.test(value) || keyRuns.test(name)) names.add(name)
  })
  for (const name of names) reply.headers.delete(name)
  if (reply.body !== null) reply.body = keyRuns.redactBytes(reply.body)
}

/**
 * A 502 for an answer the proxy does not pass on, which it drops unread with its connection, as
 * it drops one past the byte cap. Its head decides it: the answer goes out at once, never after
 * a body the upstream may take until the deadline to send (or never send).
 */
function notPassedOn(
  upstream: UpstreamAnswer,
  abort: AbortController,
  call: UpstreamCall,
  code: string,
  text: string,
  message: string,
): ProxyOutcome {
  abort.abort()
  void upstream.read(0).catch(() => {})
  return { response: errorResponse(502, code, text, call.requestId), message }
}
