import { type BodyReadResult, readBodyWithLimit, responseBytes } from '@briq-interactive/core/server'

/** One call to Briq, already checked. */
export interface UpstreamRequest {
  /** Absolute URL. */
  url: string
  /** `GET` or `POST`. */
  method: string
  /** Lower-case names. */
  headers: Record<string, string>
  /** The bytes to send, or null. */
  body: Uint8Array | null
  /** Aborts on the deadline or when the client goes away. */
  signal: AbortSignal
}

/** Briq's answer once its head has arrived. */
export interface UpstreamAnswer {
  status: number
  statusText: string
  /** Lower-case names, in the order received. */
  headers: Iterable<readonly [string, string]>
  /** True when a given fetch followed a redirect to reach it, despite `redirect: 'manual'`. */
  redirected?: boolean
  /**
   * The body, decoded, stopping (and dropping the rest) once it passes `maxBytes`. Rejects when
   * the answer breaks off.
   */
  read(maxBytes: number): Promise<BodyReadResult>
}

/** How the proxy reaches Briq: a fetch, or a leaner route to the same effect (`nodeFetch`'s). */
export type UpstreamTransport = (request: UpstreamRequest) => Promise<UpstreamAnswer>

const transports = new WeakMap<typeof fetch, UpstreamTransport>()

/** Lets the proxy reach Briq through `transport` where it was given `fetchImpl`, which does the same. */
export function setTransport(fetchImpl: typeof fetch, transport: UpstreamTransport): void {
  transports.set(fetchImpl, transport)
}

/** The transport behind a fetch: its registered one, else the fetch itself. */
export function transportOf(fetchImpl: typeof fetch): UpstreamTransport {
  return transports.get(fetchImpl) ?? fetchTransport(fetchImpl)
}

async function readAnswer(response: Response, maxBytes: number): Promise<BodyReadResult> {
  const known = responseBytes(response)
  if (known !== undefined)
    return known.byteLength > maxBytes ? { ok: false, reason: 'too_large' } : { ok: true, bytes: known }
  const read = await readBodyWithLimit(response, maxBytes)
  // Declared too large and never read: let the runtime drop the connection's rest. Not awaited:
  // a runtime whose cancel never settles (Next.js's edge runtime) must not hold the 502.
  if (!read.ok) void response.body?.cancel().catch(() => {})
  return read
}

/**
 * Whether `error` is a runtime refusing the `cache` field itself, thrown before anything is sent:
 * Cloudflare Workers with a compatibility date before 2024-11-11 (without `cache_option_enabled`)
 * throw "The 'cache' field on 'RequestInitializerDict' is not implemented." — a plain `Error` in
 * workerd, not a `TypeError`, so only the message is read. Any other failure, a network one
 * included, may follow a request already sent: never retried.
 */
function refusesCacheField(error: unknown): boolean {
  try {
    const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined
    return typeof message === 'string' && /\bcache\b/i.test(message) && /not implemented/i.test(message)
  } catch {
    // A thrown value that throws when inspected (a revoked Proxy) is passed on as it is.
    return false
  }
}

/**
 * Reaches Briq with a fetch: redirects are not followed (one to another host would carry the
 * key), and nothing is cached (`cache: 'no-store'`): in Next.js 14 route handlers the patched
 * fetch may otherwise write Briq's GET answers (messages, phone numbers) to its Data Cache
 * (https://nextjs.org/docs/14/app/api-reference/functions/fetch). A runtime that
 * refuses the field (https://developers.cloudflare.com/changelog/2024-11-11-cache-no-store) is
 * asked again without it, once; the transport then leaves it off.
 */
function fetchTransport(fetchImpl: typeof fetch): UpstreamTransport {
  let cacheField = true
  return async (request) => {
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      body: request.body as Uint8Array<ArrayBuffer> | null,
      redirect: 'manual',
      signal: request.signal,
    }
    let response: Response
    if (!cacheField) response = await fetchImpl(request.url, init)
    else {
      try {
        response = await fetchImpl(request.url, { ...init, cache: 'no-store' })
      } catch (error) {
        if (!refusesCacheField(error)) throw error
        cacheField = false
        response = await fetchImpl(request.url, init)
      }
    }
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      redirected: response.redirected,
      read: (maxBytes) => readAnswer(response, maxBytes),
    }
  }
}
