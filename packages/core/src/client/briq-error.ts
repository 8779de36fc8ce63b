import type { Issue } from '../issue.ts'
import type { WebPageAnswer } from './web-page-answer.ts'

/**
 * What kind of failure a {@link BriqError} is:
 * - `validation` — the request broke a rule before it was sent (no request was made);
 * - `http` — Briq (or your proxy) answered with an error status, or an envelope with `success: false`
 *   and the errors saying why,
 *   or fetch was redirected to a page that is no Briq answer (code `REDIRECTED`, no `status`: a
 *   sign-in page, say; nothing was sent), or, outside a web page, answered a redirect, which the
 *   client does not follow there (`REDIRECTED` too);
 * - `network` — no answer at all (offline, DNS, CORS, connection reset; code `FAILED_BEFORE_REQUEST`
 *   when the call could not start: nothing can have been sent);
 * - `timeout` — no answer within `timeoutMs` (code `TIMEOUT_BEFORE_REQUEST` when the time ran out
 *   while its headers were still being made: nothing can have been sent);
 * - `aborted` — your `AbortSignal` cancelled the call (code `ABORTED_BEFORE_REQUEST` when it did so
 *   before the request left: nothing can have been sent);
 * - `invalid_response` — a success status whose body is not JSON or not the documented shape (or
 *   says `success: false` with no error saying why).
 */
export type BriqErrorKind = 'validation' | 'http' | 'network' | 'timeout' | 'aborted' | 'invalid_response'

/** One error reported for a call, normalised from every error shape Briq uses. */
export interface BriqErrorDetail {
  /** Machine-readable code, e.g. `WINDOW_CLOSED`, or an issue code such as `too_long` for validation. */
  code: string
  /** Human-readable explanation. */
  message: string
  /** The request field it is about, dot-separated (e.g. `interactive.action.buttons.1.reply.title`). */
  field?: string
  /**
   * For a `VALIDATION_ERROR` of the kit's proxy or mock (not Briq's own): the issue `message`
   * words, for `formatIssue` to word in another language. `refusalIssues` lists them.
   */
  issue?: Issue
}

/** Everything a {@link BriqError} carries. */
export interface BriqErrorInit {
  /** The kind of failure. */
  kind: BriqErrorKind
  /** A sentence saying what happened. */
  message: string
  /** The HTTP status, when there was an answer. */
  status?: number | undefined
  /** The first error code Briq sent, e.g. `WINDOW_CLOSED` or `WORKSPACE_REQUIRED`. */
  code?: string | undefined
  /** Every error reported. */
  errors?: BriqErrorDetail[] | undefined
  /** Briq's request id, to quote to Briq support. */
  requestId?: string | undefined
  /** How long the server asked to wait before retrying (from `Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined
  /** The validator's issues, for `validation` errors. */
  issues?: Issue[] | undefined
  /**
   * For an `http` or `invalid_response` error whose body was a web page (HTML), not Briq's JSON:
   * `page`, or `headers_too_large` for a page saying the request's headers were too large (see
   * `WebPageAnswer`).
   */
  webPage?: WebPageAnswer | undefined
  /** Whether an API key went with the request, as the client can tell (see `BriqError.keySent`). */
  keySent?: boolean | undefined
  /** The underlying error or abort reason. */
  cause?: unknown
}

/** The one error type every client method throws. Branch on `kind`, then `code`. */
// The fields are `declare`d: the constructor sets every one, so field initialisers would only
// repeat the names in every browser bundle.
export class BriqError extends Error {
  override readonly name = 'BriqError'
  /** The kind of failure. */
  declare readonly kind: BriqErrorKind
  /** The HTTP status, when there was an answer. */
  declare readonly status: number | undefined
  /** The first error code Briq sent, e.g. `WINDOW_CLOSED` or `WORKSPACE_REQUIRED`. */
  declare readonly code: string | undefined
  /** Every error reported (empty when there were none to read). */
  declare readonly errors: BriqErrorDetail[]
  /** Briq's request id, to quote to Briq support. */
  declare readonly requestId: string | undefined
  /** How long the server asked to wait before retrying (from `Retry-After`), in milliseconds. */
  declare readonly retryAfterMs: number | undefined
  /** The validator's issues, for `validation` errors. */
  declare readonly issues: Issue[] | undefined
  /**
   * For an `http` or `invalid_response` error whose body was a web page (HTML), not Briq's JSON
   * (a gateway's error page, a captive portal, a site's index.html): `page`, or
   * `headers_too_large` for a page saying the request's headers were too large. Never the page.
   */
  declare readonly webPage: WebPageAnswer | undefined
  /**
   * For an `http` error: whether an API key (`X-API-Key`) went with the request. `true` when the
   * client sent one itself (its `headers`) or the answer came through `@briq-interactive/proxy`,
   * which adds it (its forwarded answers say so in `Via`); `false` when the client sent none
   * straight to Briq's own API (`BRIQ_API_ORIGIN`) through the runtime's fetch, where nothing on
   * the way adds one; undefined when it cannot tell (a server between the page and Briq, the
   * standalone mock, a `fetch` given, which may add the key itself).
   */
  declare readonly keySent: boolean | undefined

  /** Creates an error; the client does this for you. */
  constructor(init: BriqErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.kind = init.kind
    this.status = init.status
    this.code = init.code
    this.errors = init.errors ?? []
    this.requestId = init.requestId
    this.retryAfterMs = init.retryAfterMs
    this.issues = init.issues
    this.webPage = init.webPage
    this.keySent = init.keySent
  }
}

// Marks the kit's errors, on the class's prototype, for `isBriqError`: with two copies of core
// loaded (a host's bundle holds one, the react package brings another, as npm installs
// duplicates), each has its own class and `instanceof` knows only its own. A registered symbol
// (`Symbol.for`) is the same in every copy; a plain object never carries it.
const BRIQ_ERROR = Symbol.for('@briq-interactive/core/BriqError')
Object.defineProperty(BriqError.prototype, BRIQ_ERROR, { value: true })

// An Error (by its internal tag, which no plain object has) whose class is some copy's BriqError.
const isBranded = (value: unknown): value is BriqError =>
  typeof value === 'object' &&
  value !== null &&
  (value as { [BRIQ_ERROR]?: unknown })[BRIQ_ERROR] === true &&
  Object.prototype.toString.call(value) === '[object Error]'

// The kinds the client makes before any answer or without one: an error of these never has a
// `status`.
const UNANSWERED: readonly BriqErrorKind[] = ['validation', 'network', 'timeout', 'aborted']

/**
 * A {@link BriqError} of the kind `K`: `kind` is that literal, and for the kinds that had no
 * answer (`validation`, `network`, `timeout`, `aborted`) `status` is `undefined`.
 */
export type BriqErrorOf<K extends BriqErrorKind> = K extends BriqErrorKind
  ? BriqError & { readonly kind: K } & (K extends 'http' | 'invalid_response'
        ? unknown
        : { readonly status: undefined })
  : never

/**
 * Whether `value` is a {@link BriqError} (what a `catch` or a query library's `error` holds is
 * `unknown`), made by this copy of core or by any other (a host's bundle and the react package
 * may each load one; `instanceof` knows only its own copy's class), and, given `kind`, one of
 * that kind: `kind` then narrows to it, and for a kind that had no answer `status` to `undefined`. A hand-made `BriqError` of such a kind carrying a
 * `status` is not one of it (the narrowing would not hold).
 *
 * @example
 * try {
 *   await briq.sendInteractive(request)
 * } catch (error) {
 *   if (isBriqError(error, 'validation')) showIssues(error.issues ?? [])
 *   else if (isBriqError(error, 'http') && error.code === 'WINDOW_CLOSED') offerTemplate()
 *   else throw error
 * }
 */
export function isBriqError<K extends BriqErrorKind = BriqErrorKind>(
  value: unknown,
  kind?: K,
): value is BriqErrorOf<K> {
  if (!isBranded(value)) return false
  if (kind === undefined) return true
  return value.kind === kind && (!UNANSWERED.includes(kind) || value.status === undefined)
}
