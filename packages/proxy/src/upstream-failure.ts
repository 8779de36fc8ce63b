/** Why Briq could not be reached, for the 502 message and the log. */
export interface UpstreamFailure {
  /** A phrase for the caller, e.g. "its host name did not resolve (DNS)"; never names the host. */
  reason: string
  /** For the log: the error's name and the runtime's code, e.g. `TypeError (ENOTFOUND)`. */
  detail: string
  /**
   * False only when the failure came before a byte of the request could leave (the host did not
   * resolve, the connection was refused or never made, the TLS handshake failed). A connection
   * lost later (reset, closed, an answer that broke off or could not be parsed) may have
   * carried the whole request to Briq first.
   */
  mayHaveReached: boolean
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

function reasonFor(code: string | null, stage: 'connect' | 'body'): string {
  if (stage === 'body') return "Briq's answer broke off or could not be decoded"
  if (code === null) return 'the request failed before an answer'
  if (DNS_CODES.includes(code)) return 'its host name did not resolve (DNS)'
  if (code === 'ECONNREFUSED') return 'the connection was refused'
  if (PATH_CODES.includes(code)) return 'the network path to it failed'
  if (TLS_CODE.test(code)) return 'the TLS handshake failed'
  return 'the connection failed before an answer'
}

/**
 * Classifies a failed upstream fetch (not a timeout or a client abort) from the runtime's error
 * code. `stage` says whether the headers had already arrived.
 */
export function describeUpstreamFailure(error: unknown, stage: 'connect' | 'body'): UpstreamFailure {
  // A custom fetch may throw anything, even a Proxy that throws when inspected.
  try {
    const code = failureCode(error)
    const name = error instanceof Error ? String(error.name) : 'error'
    return {
      reason: reasonFor(code, stage),
      detail: `${name}${code === null ? '' : ` (${code})`}`,
      mayHaveReached: stage === 'body' || !failedBeforeSending(code, systemError(error)),
    }
  } catch {
    return { reason: reasonFor(null, stage), detail: 'unreadable error', mayHaveReached: true }
  }
}
