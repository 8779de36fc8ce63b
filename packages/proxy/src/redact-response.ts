import { bytesResponse, responseBytes } from '@briq-interactive/core/server'
import type { SecretRedactor } from './redact-secret.ts'

/**
 * The last step before any response leaves the proxy (Briq's answers, the proxy's own errors,
 * a `Response` from `authorize`): headers whose name or value holds the key are dropped, and
 * the key in the body becomes `[redacted]`, whatever its spelling (JSON escapes, percent-encoding…).
 * A response whose bytes are known and hold no spelling of the key is returned as it is.
 */
export async function redactResponse(response: Response, redactor: SecretRedactor, apiKey: string): Promise<Response> {
  const lowerKey = apiKey.toLowerCase()
  const headers = new Headers()
  let headersClean = true
  response.headers.forEach((value, name) => {
    if (redactor.test(value) || redactor.test(name) || name.includes(lowerKey)) {
      headersClean = false
      return
    }
    headers.append(name, value)
  })
  const statusText = redactor.redactText(response.statusText)
  const init = { status: response.status, statusText, headers }
  if (response.body === null)
    return headersClean && statusText === response.statusText ? response : new Response(null, init)
  const known = responseBytes(response)
  const bytes = known ?? new Uint8Array(await response.arrayBuffer())
  const redacted = redactor.redactBytes(bytes)
  // The common case: nothing to remove from bytes already in hand, so no copy is made.
  if (known !== undefined && redacted === bytes && headersClean && statusText === response.statusText) return response
  return bytesResponse(redacted, init)
}
