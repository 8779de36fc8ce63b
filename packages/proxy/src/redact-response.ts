import type { SecretRedactor } from './redact-secret.ts'
import { HeaderList } from './reply/header-list.ts'
import type { FinalReply, ProxyReply } from './reply/proxy-reply.ts'

async function bytesOf(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body).arrayBuffer())
}

/**
 * The last step before any answer leaves the proxy (Briq's answers, the proxy's own errors,
 * a `Response` from `authorize`): headers whose name or value holds the key are dropped, and
 * the key in the body becomes `[redacted]`, whatever its spelling (JSON escapes, percent-encoding…).
 * A reply whose headers and bytes hold no spelling of the key is returned as it is.
 */
export function redactReply(
  reply: ProxyReply,
  redactor: SecretRedactor,
  apiKey: string,
): FinalReply | Promise<FinalReply> {
  const lowerKey = apiKey.toLowerCase()
  let headers = reply.headers
  let headersClean = true
  reply.headers.forEach((value, name) => {
    if (redactor.test(value) || redactor.test(name) || name.includes(lowerKey)) headersClean = false
  })
  if (!headersClean) {
    headers = new HeaderList()
    reply.headers.forEach((value, name) => {
      if (!(redactor.test(value) || redactor.test(name) || name.includes(lowerKey))) headers.append(name, value)
    })
  }
  const statusText = redactor.redactText(reply.statusText)
  const finish = (bytes: Uint8Array | null): FinalReply => ({
    status: reply.status,
    statusText,
    headers,
    body: bytes === null ? null : redactor.redactBytes(bytes),
  })
  // Bytes in hand (every answer but authorize's own Response) are redacted without a turn.
  if (reply.body === null || reply.body instanceof Uint8Array) return finish(reply.body)
  return bytesOf(reply.body).then(finish)
}
