import type { IncomingMessage } from 'node:http'

// A request line (RFC 9112 "Request Line"): a method token, a target, the HTTP/1.x version.
const REQUEST_LINE = /(?:^|\r\n)[!#$%&'*+.^_`|~0-9A-Za-z-]+ [^\s]+ HTTP\/1\.[01]\r\n/g

/**
 * The `Origin` in the head of the last request begun in `raw` before `end`: the bytes node's
 * parser refused (a head past its size limit never became a request). Read from whole header
 * lines only, and only when there is exactly one: a repeated or cut-off `Origin` names none.
 */
export function originInRawHead(raw: Buffer, end = raw.length): string | undefined {
  const text = raw.toString('latin1')
  let start = -1
  for (const match of text.slice(0, end).matchAll(REQUEST_LINE)) start = match.index + match[0].length
  if (start === -1) return undefined
  const lines = text.slice(start).split('\r\n')
  // The last piece has no line end after it: cut off, or the body's bytes once the head ended.
  lines.pop()
  let origin: string | undefined
  for (const line of lines) {
    if (line === '') break
    const colon = line.indexOf(':')
    if (colon !== 6 || line.slice(0, 6).toLowerCase() !== 'origin') continue
    if (origin !== undefined) return undefined
    origin = line.slice(7).trim()
  }
  return origin
}

/**
 * The `Origin` of the request a `clientError` refused: from its parsed headers when node had
 * read them (a body that came in wrong or too slowly), else from the refused bytes.
 */
export function refusedRequestOrigin(
  error: NodeJS.ErrnoException & { rawPacket?: unknown; bytesParsed?: unknown },
  incomplete: IncomingMessage | undefined,
): string | undefined {
  if (incomplete) {
    const origin = incomplete.headers.origin
    return typeof origin === 'string' ? origin : undefined
  }
  if (!Buffer.isBuffer(error.rawPacket)) return undefined
  const end = typeof error.bytesParsed === 'number' ? error.bytesParsed : undefined
  return originInRawHead(error.rawPacket, end)
}
