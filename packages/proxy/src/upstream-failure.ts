import { type FetchFailure, readFetchFailure } from '@briq-interactive/core'

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

function reasonFor(failure: FetchFailure, stage: 'connect' | 'body'): string {
  if (stage === 'body') return "Briq's answer broke off or could not be decoded"
  if (failure.code === null) return 'the request failed before an answer'
  switch (failure.kind) {
    case 'dns':
      return 'its host name did not resolve (DNS)'
    case 'refused':
      return 'the connection was refused'
    case 'path':
      return 'the network path to it failed'
    case 'tls':
      return 'the TLS handshake failed'
    default:
      return 'the connection failed before an answer'
  }
}
/**
 * Classifies a failed upstream fetch (not a timeout or a client abort) from the runtime's error
 * code. `stage` says whether the headers had already arrived.
 */
export function describeUpstreamFailure(error: unknown, stage: 'connect' | 'body'): UpstreamFailure {
  // A custom fetch may throw anything, even a Proxy that throws when inspected.
  try {
    const failure = readFetchFailure(error)
    const name = error instanceof Error ? String(error.name) : 'error'
    return {
      reason: reasonFor(failure, stage),
      detail: `${name}${failure.code === null ? '' : ` (${failure.code})`}`,
      mayHaveReached: stage === 'body' || !failure.beforeRequest,
    }
  } catch {
    return {
      reason: reasonFor({ code: null, kind: undefined, beforeRequest: false }, stage),
      detail: 'unreadable error',
      mayHaveReached: true,
    }
  }
}
