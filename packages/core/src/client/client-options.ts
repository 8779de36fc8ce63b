import type { ValidateOptions } from '../validation/validate-interactive.ts'

/** A `fetch`-compatible function; `globalThis.fetch` fits. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

/**
 * What `new Headers(init)` takes: a `Headers`, name-value pairs or a record. The DOM library's
 * `HeadersInit`, named through `Headers` (which @types/node declares too), so a Node project
 * without the DOM library reads these declarations.
 */
export type HeadersInitLike = NonNullable<ConstructorParameters<typeof Headers>[0]>

/** Headers to send, or a function giving them per call (e.g. a fresh bearer token for your proxy). */
export type HeadersOption = HeadersInitLike | (() => HeadersInitLike | Promise<HeadersInitLike>)

/** When and how GET calls are retried. POSTs (sends, read receipts) are never retried. */
export interface RetryOptions {
  /** Retries after the first try, for 429, 503 and network errors (default 2). 0 turns retrying off. */
  attempts?: number | undefined
  /** The first backoff delay when the server gives no `Retry-After`; doubles per retry, ±20% jitter (default 1000 ms). */
  baseDelayMs?: number | undefined
  /**
   * The longest single wait (default 10 000 ms). A `Retry-After` longer than this is not waited
   * for: the call fails at once with the error, whose `retryAfterMs` says when to try again.
   */
  maxDelayMs?: number | undefined
}

/** Options for {@link createBriqClient}. */
export interface BriqClientOptions {
  /**
   * Where Briq's paths are served: your own proxy, e.g. `/api/briq` or `https://example.com/api/briq`
   * (a trailing slash is fine). Calls go to `${endpoint}/v1/whatsapp/…`. A relative endpoint needs
   * a browser (or a `fetch` that resolves it), which resolves it against the page's address:
   * `./api/briq` on a page at `/whatsapp/` calls `/whatsapp/api/briq`.
   */
  endpoint: string
  /**
   * The `fetch` to use; default: `globalThis.fetch`, looked up at each call (so test mocks apply).
   * Outside a web page it is called with `redirect: 'manual'`: there the client follows no
   * redirect (a 3xx is a `BriqError` with code `REDIRECTED`), so give one that honours it.
   */
  fetch?: FetchLike | undefined
  /**
   * Headers added to every call, e.g. your proxy's `Authorization`. A function is called before
   * every attempt; if it throws or rejects, the call fails with a `BriqError` of kind `network`
   * giving its reason, and nothing is sent. The client never adds `X-API-Key`.
   */
  headers?: HeadersOption | undefined
  /** How long a call may take in total, retries and waits included (default `DEFAULT_CLIENT_TIMEOUT_MS`, 30 000 ms; 0 for no limit; whole milliseconds up to 2147483647, anything else is refused). */
  timeoutMs?: number | undefined
  /** Retry policy for GET calls; `false` turns retrying off. */
  retry?: RetryOptions | false | undefined
  /**
   * Options for the validation `sendInteractive` runs before it sends, read as the validators
   * read them. They are not checked here, to keep the browser bundle small: the type refuses a
   * typo, `BriqProvider` checks them with `validationOptionsProblem`, and a plain-JavaScript
   * caller can do the same.
   */
  validation?: ValidateOptions | undefined
}

/** Per-call options accepted by every client method. */
export interface RequestOptions {
  /** Cancels the call (and any retry wait); the call then fails with kind `aborted`. */
  signal?: AbortSignal | undefined
  /** Headers for this call only, added after the client's `headers`. */
  headers?: HeadersInitLike | undefined
}
