/** What kind of failure a runtime's code for a failed fetch names. */
export type FetchFailureKind = 'dns' | 'refused' | 'path' | 'tls'

/** A failed fetch, read from the runtime's error (Node's, Bun's, Deno's). */
export interface FetchFailure {
  /** The runtime's code (`ECONNREFUSED`, `ENOTFOUND`, …), or null when it gave none. */
  code: string | null
  /** What the code names, when it is one this reading knows. */
  kind: FetchFailureKind | undefined
  /**
   * True only when the failure came before a byte of the request could leave (the host did not
   * resolve, the connection was refused or never made, the TLS handshake failed), so nothing can
   * have been sent. A connection lost later (reset, closed, a path failing on an established
   * connection) may have carried the whole request first.
   */
  beforeRequest: boolean
}

const DNS_CODES = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']
const PATH_CODES = ['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']
const TLS_CODE = /SSL|TLS|CERT|SELF_SIGNED|UNABLE_TO_/

// The request never left: nothing can have reached Briq. A path failing is that only while
// connecting: an established connection (a kept-alive one a send reuses, or one whose request
// was written) times out or loses its route as ETIMEDOUT or EHOSTUNREACH too, on a `read` or
// `write` (Node's and Bun's system errors name the call in `syscall`), after Briq may have taken it.
const failedBeforeSending = (code: string | null, failed: unknown) =>
  code !== null &&
  (DNS_CODES.includes(code) ||
    code === 'ECONNREFUSED' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    (PATH_CODES.includes(code) && whileConnecting(failed)) ||
    TLS_CODE.test(code))

// Whether a system error came from `connect` (every one of them, for the AggregateError of
// Node's happy-eyeballs attempts).
function whileConnecting(failed: unknown): boolean {
  const errors = failed instanceof AggregateError ? failed.errors : [failed]
  return errors.length > 0 && errors.every((error) => (error as { syscall?: unknown } | null)?.syscall === 'connect')
}

const codeOf = (value: unknown): string | null => {
  const code = typeof value === 'object' && value !== null ? (value as { code?: unknown }).code : undefined
  return typeof code === 'string' ? code : null
}

// The error carrying the runtime's code: Node's cause, or Bun's error itself.
function systemError(error: unknown): unknown {
  const cause = error instanceof Error ? error.cause : undefined
  return codeOf(cause) === null ? error : cause
}

/**
 * The runtime's code for a failed fetch. Node (undici) puts it on the error's `cause`, Bun on the
 * error itself. Deno gives none, but its cause says `client error (Connect): …` when the
 * connection was never made, naming a refusal or a DNS failure, read here as Node's codes.
 */
function failureCode(error: unknown): string | null {
  const code = codeOf(systemError(error))
  if (code !== null) return code
  const cause = error instanceof Error ? error.cause : undefined
  const message = typeof cause === 'object' && cause !== null ? (cause as { message?: unknown }).message : undefined
  if (typeof message !== 'string' || !message.includes('client error (Connect)')) return null
  if (/\bdns error\b/i.test(message)) return 'ENOTFOUND'
  if (/\bconnection refused\b/i.test(message)) return 'ECONNREFUSED'
  return null
}

function kindOf(code: string | null): FetchFailureKind | undefined {
  if (code === null) return undefined
  if (DNS_CODES.includes(code)) return 'dns'
  if (code === 'ECONNREFUSED') return 'refused'
  if (PATH_CODES.includes(code)) return 'path'
  if (TLS_CODE.test(code)) return 'tls'
  return undefined
}

/**
 * Reads a failed fetch's error: the runtime's code and whether the request can have left. The one
 * rule both core's client (a send refused at connect was not sent) and the proxy (Briq could not
 * be reached) read. Never throws: a custom fetch may throw anything.
 */
export function readFetchFailure(error: unknown): FetchFailure {
  try {
    const code = failureCode(error)
    return { code, kind: kindOf(code), beforeRequest: failedBeforeSending(code, systemError(error)) }
  } catch {
    return { code: null, kind: undefined, beforeRequest: false }
  }
}
