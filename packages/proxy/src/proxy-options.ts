import type { ValidateOptions } from '@briq-interactive/core'

/**
 * Decides whether a request may use the proxy. Return `true` to let it through, `false` to
 * answer 401, or your own `Response` (e.g. a redirect to a login page), which is sent instead
 * (with CORS headers for an allowed origin, and like every answer, never carrying the key).
 */
export type BriqProxyAuthorize = (request: Request) => boolean | Response | Promise<boolean | Response>

/** A structured line for your logger. It never carries the API key, headers or bodies. */
export interface BriqProxyLogEvent {
  /** `info` for 1xx–3xx, `warn` for 4xx, `error` for 5xx and proxy failures. */
  level: 'info' | 'warn' | 'error'
  /** What happened, in a sentence, e.g. "forwarded" or "upstream timed out after 15000 ms". */
  message: string
  /** The incoming HTTP method; `-` for a request refused before its head was read whole. */
  method: string
  /**
   * The incoming path (no query string, which may hold phone numbers), at most 200 characters;
   * `-` for a request refused before its head was read whole.
   */
  path: string
  /** The status the proxy answered with. */
  status: number
  /**
   * Milliseconds from receiving the request to having the response ready. For an answer the
   * server gave in the proxy's place (`boundProxyServer`'s refusals, a stop's last word), from
   * the request's arrival as `ClientErrorRefusal.durationMs` says.
   */
  durationMs: number
  /** The id in the response's `X-Request-Id` header and error envelopes. */
  requestId: string
}

/** Options for `createBriqProxy`. */
export interface BriqProxyOptions {
  /**
   * Your Briq API key: printable ASCII, at least 8 characters. It is sent upstream as `X-API-Key`
   * and never leaves the server otherwise.
   */
  apiKey: string
  /**
   * Briq's base URL. Default (also when blank) `https://karibu.briq.tz`; `http://localhost:4010`
   * for the standalone mock. Creation throws on a user name, password, query or fragment in it.
   */
  upstream?: string | undefined
  /**
   * Allow a plain-http `upstream` on another machine (`http://briq-mock:4010` in a private
   * container network). Without it creation throws: the key, sent as `X-API-Key`, would cross the
   * network unencrypted. Loopback (`localhost`, 127.0.0.0/8, `::1`) never needs it. Default false.
   */
  allowInsecureUpstream?: boolean | undefined
  /** The path the proxy is mounted under, e.g. `/api/briq`. Stripped before matching routes. Default `''`. */
  basePath?: string | undefined
  /** Who may use the proxy (a session check, a bearer token). Required unless `allowAnonymous` is true. */
  authorize?: BriqProxyAuthorize | undefined
  /** Serve anyone who can reach the URL. Only for local prototyping: it lets them send on your account. */
  allowAnonymous?: boolean | undefined
  /**
   * Origins (`https://admin.example.com`) whose browsers may call the proxy; they get CORS headers.
   * The request URL's own origin is always allowed. Requests without an `Origin` header (curl, servers) pass.
   */
  allowedOrigins?: readonly string[] | undefined
  /**
   * Which reading of the rules Meta's own sources disagree on the send check applies (core's
   * `ValidateOptions`, e.g. `{ extendedListBody: true }`). Give the browser's client the same
   * options, or it will send what the proxy refuses. Default: core's defaults. A typo or a wrong
   * type throws at creation (core's `validationOptionsProblem`).
   */
  validation?: ValidateOptions | undefined
  /** Largest request body accepted, in bytes; bigger bodies get 413. Default 64 KiB. */
  maxBodyBytes?: number | undefined
  /**
   * Largest answer from Briq passed on, in bytes; a bigger one is never held in memory whole
   * and gets 502 `UPSTREAM_RESPONSE_TOO_LARGE`. Default 16 MiB (a page of 200 messages is far
   * less).
   */
  maxResponseBytes?: number | undefined
  /** How long to wait for Briq's full answer before replying 504. Default 15000 ms. */
  timeoutMs?: number | undefined
  /**
   * The fetch used to reach Briq. Default `globalThis.fetch`. It must honour `redirect: 'manual'`
   * (a redirect it follows takes the key along); an answer it reached by following one is
   * refused with 502 `UPSTREAM_REDIRECT_FOLLOWED`. It is asked for `cache: 'no-store'` (asked
   * again without it, once and for good, if it throws that the field is not implemented).
   */
  fetch?: typeof fetch | undefined
  /** Receives one structured event per request. Exceptions it throws are ignored. */
  log?: ((event: BriqProxyLogEvent) => void) | undefined
  /**
   * Abort it when the server begins to stop (SIGTERM, a deploy): from then on nothing more is
   * forwarded to Briq, and a request not yet forwarded (a body still arriving, an `authorize`
   * still running) is answered 503 `PROXY_STOPPING`: not sent, safe to send again. Calls already
   * with Briq go on to their answer. Without it, a request that arrives whole late in a stop is
   * forwarded, and the stop may cut it before Briq answers: sent or not, no one could tell.
   */
  stopSignal?: AbortSignal | undefined
}

/** The handler `createBriqProxy` returns: a Web-standard fetch handler. */
export type BriqProxyHandler = (request: Request) => Promise<Response>
