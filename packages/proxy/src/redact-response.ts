import type { SecretRedactor } from './redact-secret.ts'

/**
 * The last step before any response leaves the proxy (Briq's answers, the proxy's own errors,
 * a `Response` from `authorize`): headers whose name or value holds the key are dropped, and
 * the key in the body becomes `[redacted]`, whatever its spelling (JSON escapes, percent-encoding…).
 */
export async function redactResponse(response: Response, redactor: SecretRedactor, apiKey: string): Promise<Response> {
  const lowerKey = apiKey.toLowerCase()
  const headers = new Headers()
  response.headers.forEach((value, name) => {
    if (redactor.test(value) || redactor.test(name) || name.includes(lowerKey)) return
    headers.append(name, value)
  })
  const init = { status: response.status, statusText: redactor.redactText(response.statusText), headers }
  if (response.body === null) return new Response(null, init)
  const body = redactor.redactBytes(new Uint8Array(await response.arrayBuffer()))
  return new Response(body as Uint8Array<ArrayBuffer>, init)
}
