import type { ServerResponse } from 'node:http'
import { briqErrorEnvelope } from '@briq-interactive/core'

/**
 * Answers with one of the proxy's own errors in Briq's envelope, as its handler's answers are
 * made (a request id in the body and in `X-Request-Id`, `no-store`), for a request refused
 * before any handler ran, under `requestId` (a new one by default). A response already started
 * is cut off instead, and one already answered in whole (a stop's last word) left as it is.
 * Returns the request id sent, or undefined when nothing was.
 */
export function failBeforeHeaders(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
  requestId: string = crypto.randomUUID(),
): string | undefined {
  if (res.writableEnded) return undefined
  if (res.headersSent) {
    res.destroy()
    return undefined
  }
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-request-id': requestId,
    ...extra,
  })
  res.end(JSON.stringify(briqErrorEnvelope([{ code, message, field: null }], requestId)))
  return requestId
}
