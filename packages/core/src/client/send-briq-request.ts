import { BRIQ_API_KEY_HEADER, BRIQ_API_ORIGIN } from '../contract/briq-api-origin.ts'
import type { Shape, ShapeOutput } from '../contract/shape.ts'
import { errorReason } from '../error-reason.ts'
import { BriqError, isBriqError } from './briq-error.ts'
import { buildUrl, type QueryValue, splitEndpoint } from './build-url.ts'
import { createCallSignal } from './call-signal.ts'
import type { FetchLike, HeadersInitLike, HeadersOption, RequestOptions } from './client-options.ts'
import { readFetchFailure } from './fetch-failure.ts'
import { readBriqResponse } from './read-briq-response.ts'
import { type ResolvedRetry, retryDelay } from './retry-delay.ts'
import { untilAborted, wait } from './wait.ts'

/** What every call of one client shares. */
export interface ClientConfig {
  /** The endpoint, e.g. `/api/briq`. */
  endpoint: string
  /** The `fetch` given, or undefined to use `globalThis.fetch` at call time. */
  fetch: FetchLike | undefined
  /** The client's headers. */
  headers: HeadersOption | undefined
  /** The total time limit per call; 0 for none. */
  timeoutMs: number
  /** The GET retry policy. */
  retry: ResolvedRetry
}

/** One call to a Briq path. */
export interface BriqRequest<S extends Shape> {
  /** HTTP method; only GET is ever retried. */
  method: 'GET' | 'POST'
  /** The Briq path, ids already encoded, e.g. `/v1/whatsapp/messages/abc`. */
  path: string
  /** Query parameters. */
  query?: Record<string, QueryValue>
  /** A JSON body (POST only). */
  body?: unknown
  /** The answer's documented shape, which its payload is checked against. */
  shape: S
  /** It sends a message: an answer without `status` takes it from the HTTP code. */
  sends?: boolean
}

// An absolute or scheme-relative URL with `user@` or `user:password@` before its host.
const CREDENTIALS = /^(?:[a-z][\w+.-]*:)?[/\\]{2}[^/?#\\]*@/i

// Whether fetch would read a user name or password in `endpoint`: as written, and as a URL
// parser reads it, which also takes `http:user:pw@host`, one slash or three, and spaces around
// (WHATWG URL, "special authority ignore slashes state").
function holdsCredentials(endpoint: string): boolean {
  if (CREDENTIALS.test(endpoint)) return true
  try {
    const url = new URL(endpoint)
    return url.username !== '' || url.password !== ''
  } catch {
    return false
  }
}

/**
 * Performs one client call: builds the URL and headers, fetches under the combined
 * signal, reads the answer, and retries idempotent GETs. Always settles with the parsed
 * payload or a {@link BriqError}.
 */
export async function sendBriqRequest<S extends Shape>(
  config: ClientConfig,
  request: BriqRequest<S>,
  options: RequestOptions = {},
): Promise<ShapeOutput<S>> {
  const what = `${request.method} ${request.path}`
  const url = buildUrl(config.endpoint, request.path, request.query)
  // Looked up per call, not at creation, so a fetch installed (or mocked) later is used.
  const fetchFn = config.fetch ?? globalThis.fetch
  if (typeof fetchFn !== 'function') {
    throw cannotSend(what, 'there is no fetch here; pass one as createBriqClient({ fetch })')
  }
  // fetch refuses it in words that quote the URL, password and all (Fetch standard, "Request").
  if (holdsCredentials(config.endpoint)) {
    throw cannotSend(
      what,
      'its endpoint holds a user name or password, which fetch refuses to send; give credentials in headers instead',
    )
  }
  const call = createCallSignal(options.signal, config.timeoutMs, what)
  try {
    for (let retries = 0; ; retries++) {
      // Aborted (or timed out) while the headers were made (a token refresh that hangs): the call
      // ends then, not when they come, and nothing leaves once the caller has gone (React
      // StrictMode's first effect), whatever a fetch given does with the signal.
      const headers = await untilAborted(
        buildHeaders(config.headers, options.headers, request.body !== undefined, what),
        call.signal,
      ).catch((error: unknown) => {
        throw call.failure() ?? error
      })
      let failure: BriqError
      let response: Response | undefined
      const offlineAtStart = isOffline()
      try {
        const init: RequestInit = { method: request.method, headers, signal: call.signal }
        // Outside a page (a server, a script) no CORS asks another origin first: fetch would
        // follow a redirect to any host with the call's headers (it drops only Authorization and
        // cookies there; an X-API-Key or a custom token go along) and, for a 307/308, a send's
        // body: the message and the customer's number (Fetch standard, "HTTP-redirect fetch").
        // Briq's routes never redirect, and @briq-interactive/proxy passes no redirect on.
        if (pageHref() === undefined) init.redirect = 'manual'
        if (request.body !== undefined) init.body = JSON.stringify(request.body)
        // From here the request may reach the server: a caller's abort no longer means "not sent"
        // (one before was thrown above, as ABORTED_BEFORE_REQUEST).
        call.leaving()
        // The browser's fetch gives up on the answer and its body when the signal aborts; a fetch
        // handed in (a test double, a mock's handle) may not: the call still ends on time.
        response = await untilAborted(fetchFn(url, init), call.signal)
        // A "network error" is a Response of type "error" (Fetch standard); fetch rejects on
        // one, but a fetch handed in (a mock's handle) may resolve with it: no answer came.
        if (response.type === 'error') throw new TypeError('the connection closed without an answer')
        const sent = keySent(headers, url, config.fetch === undefined)
        const read = readBriqResponse(response, request.shape, request.sends === true, sent)
        return await untilAborted(read, call.signal)
      } catch (error) {
        failure = toBriqError(redirected(error, response, what), call.failure(), what, config.endpoint)
        // The page's own fetch refuses a URL it cannot parse before anything leaves (a relative
        // endpoint outside a web page): not a network failure that may have sent the message.
        if (failure.kind === 'network' && fetchFn === globalThis.fetch && !isRequestUrl(url)) {
          throw cannotSend(
            what,
            // Without its query, as a network error names the endpoint.
            `${splitEndpoint(url)[0]} is not a URL fetch can use here; outside a web page give createBriqClient an absolute endpoint (https://…/api/briq)`,
          )
        }
        // Offline from before the call to its failure, the browser failed it before anything
        // left the device (fetch's TypeError): not a lost answer, so the same send may go again.
        if (failure.kind === 'network' && error instanceof TypeError && offlineAtStart && isOffline()) {
          throw cannotSend(what, 'the browser is offline (navigator.onLine is false)')
        }
      }
      const delay = retryDelay(failure, request.method, retries, config.retry)
      // A wait that would outlast the deadline only turns a clear 429/503 into a vague timeout.
      if (delay === undefined || Date.now() + delay >= call.deadline) throw failure
      try {
        await wait(delay, call.signal)
      } catch (error) {
        throw toBriqError(error, call.failure(), what, config.endpoint)
      }
    }
  } finally {
    call.dispose()
  }
}

/**
 * In a page fetch follows redirects, so an answer that is no Briq answer (not JSON, not the
 * documented shape, an error without Briq's error body) from a page it was redirected to came
 * from somewhere else: typically an `authorize` sending a lapsed session to sign in. Outside a
 * page the redirect itself is the answer (not followed). Either way nothing was sent, which
 * `invalid_response` (or a 5xx from that page, or an http 3xx) would deny or obscure.
 */
function redirected(error: unknown, response: Response | undefined, what: string): unknown {
  // A redirect fetch did not follow (outside a page): its status, and where it points.
  const location = response && response.status > 299 && response.status < 400 && response.headers.get('location')
  if (!(location || response?.redirected) || !isBriqError(error) || error.errors.length > 0) return error
  // Without its query: a sign-in page's may carry the URL it came from (`?next=`), query and all.
  const message = location
    ? `${what} was redirected to ${splitEndpoint(location)[0]} (HTTP ${response.status}), which the client follows only in a web page`
    : `${what} was redirected to ${splitEndpoint(response.url)[0]}, whose answer is not Briq's (a sign-in page?)`
  return new BriqError({ kind: 'http', message, code: REDIRECTED, cause: error })
}

/**
 * The code of an `http` error for an answer that came from where a redirect led, not from Briq or
 * the proxy (a sign-in page, typically: a session that lapsed), or a redirect outside a web page,
 * which the client does not follow: nothing was sent.
 */
export const REDIRECTED = 'REDIRECTED'

/**
 * The code of a `network` error the client gives a call that failed before its request left (no
 * fetch, an endpoint fetch refuses, the browser offline, headers that could not be made): nothing
 * can have been sent. Every other network failure may have come after the request left.
 */
export const FAILED_BEFORE_REQUEST = 'FAILED_BEFORE_REQUEST'

/** A call that fails before anything leaves. */
function cannotSend(what: string, why: string): BriqError {
  return new BriqError({ kind: 'network', message: `${what} cannot be sent: ${why}`, code: FAILED_BEFORE_REQUEST })
}

// navigator.onLine false means no network at all; true proves nothing, so only false is read
// (MDN, Navigator.onLine). A page's service worker or in-page mock answers offline, not failing.
function isOffline(): boolean {
  try {
    return globalThis.navigator?.onLine === false
  } catch {
    return false
  }
}

// The page's URL, when there is a page (a browser, a worker, jsdom). Deno throws on reading
// `location` when it runs without --location.
function pageHref(): string | undefined {
  try {
    return globalThis.location?.href
  } catch {
    return undefined
  }
}

// Whether fetch can resolve `url`: against the page, when there is one.
function isRequestUrl(url: string): boolean {
  try {
    return new URL(url, pageHref()).href !== ''
  } catch {
    return false
  }
}

function toBriqError(error: unknown, abortFailure: BriqError | undefined, what: string, endpoint: string) {
  if (abortFailure !== undefined) return abortFailure
  if (isBriqError(error)) return error
  // Node's "fetch failed" hides the useful part (ECONNREFUSED, ENOTFOUND) in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
  // Without its query, where a host may have put a token, even where fetch's words quote the URL.
  const [base, query] = splitEndpoint(endpoint)
  const reason = `${errorReason(error)}${cause}`
  const said = query === '' ? reason : reason.split(query).join('…')
  return new BriqError({
    kind: 'network',
    message: `${what} could not reach ${base}: ${said}`,
    // Refused or unresolved at connect (a runtime's code says so: Node, Bun, Deno): nothing left.
    // A browser's "Failed to fetch" says nothing of where it failed, so it may have been sent.
    code: readFetchFailure(error).beforeRequest ? FAILED_BEFORE_REQUEST : undefined,
    // fetch's error may quote the URL, query and all, where its words do not show: in its stack,
    // its cause's, or as its cause's `input` (a URL it could not parse), printed wherever the
    // BriqError is logged with its cause. Then a stand-in saying what the message says is kept.
    cause: query === '' ? error : new Error(said),
  })
}

// A header value is visible ASCII, spaces, tabs and bytes 0x80–0xFF (RFC 9110, "Field Values"),
// once the white space around it, which Headers drops, is gone.
const FIELD_VALUE = /^[\t\n\r ]*[\t\x20-\x7e\x80-\xff]*[\t\n\r ]*$/

// HeadersInitLike as name-value pairs: a Headers (of any realm), an array of pairs, or a record.
function headerEntries(init: HeadersInitLike | undefined): Iterable<readonly [string, string]> {
  if (init === undefined || init === null) return []
  if (typeof (init as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function') {
    return init as Iterable<readonly [string, string]>
  }
  return Object.entries(init)
}

/**
 * Why a header in `init` cannot be sent, found before Headers or fetch see it: they refuse a value
 * in words that quote it (a token, a key), and a refusal thrown by fetch would read as a request
 * that may have left. Undefined when every value can go (a malformed init is left to Headers).
 */
function unsendableHeader(init: HeadersInitLike | undefined): string | undefined {
  try {
    for (const [name, value] of headerEntries(init)) {
      if (typeof value === 'string' && !FIELD_VALUE.test(value)) {
        return `its ${name} header holds a character no header can carry (a line break, a control character, or one past Latin-1 such as €)`
      }
    }
  } catch {}
  return undefined
}

// Briq's API host (BRIQ_API_ORIGIN) and those under it (its pre-release).
const BRIQ_API_HOST = new URL(BRIQ_API_ORIGIN).hostname

/**
 * What the client knows of the API key before the answer: sent by its own headers; not sent,
 * to Briq's own API through the runtime's own fetch, where nothing on the way can add one;
 * otherwise unknown (a proxy may add it, and so may a `fetch` given, as a server's wrapper that
 * signs its calls does).
 */
function keySent(headers: Headers, url: string, ownFetch: boolean): boolean | undefined {
  if (headers.has(BRIQ_API_KEY_HEADER)) return true
  if (!ownFetch) return undefined
  try {
    const host = new URL(url).hostname
    return host === BRIQ_API_HOST || host.endsWith(`.${BRIQ_API_HOST}`) ? false : undefined
  } catch {
    return undefined
  }
}

async function buildHeaders(
  base: HeadersOption | undefined,
  perCall: HeadersInitLike | undefined,
  hasBody: boolean,
  what: string,
) {
  try {
    const given = typeof base === 'function' ? await base() : base
    const unsendable = unsendableHeader(given) ?? unsendableHeader(perCall)
    if (unsendable !== undefined) throw new Error(unsendable)
    const headers = new Headers(given)
    if (perCall !== undefined) {
      for (const [key, value] of new Headers(perCall)) headers.set(key, value)
    }
    headers.set('accept', 'application/json')
    if (hasBody) headers.set('content-type', 'application/json')
    return headers
  } catch (error) {
    // A headers function that failed (a token not refreshed) or a header fetch refuses.
    throw cannotSend(what, `its headers could not be made: ${errorReason(error)}`)
  }
}
