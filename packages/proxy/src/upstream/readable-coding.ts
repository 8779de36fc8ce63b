// The codings both transports decode: fetch (Fetch standard, "HTTP-network fetch": gzip,
// x-gzip, deflate, br) and nodeFetch (read-answer-body's decoders). A list of codings
// (`gzip, gzip`), an unknown one (`compress`) or two Content-Encoding lines reach the proxy
// still encoded, and so does anything fetch decodes only in part.
/** The content codings both transports decode; read-answer-body's decoders are keyed by them. */
export const DECODED_CODINGS = ['gzip', 'x-gzip', 'deflate', 'br'] as const
/** One of {@link DECODED_CODINGS}. */
export type DecodedCoding = (typeof DECODED_CODINGS)[number]
const DECODED: ReadonlySet<string> = new Set(DECODED_CODINGS)

/**
 * Whether an answer's body reaches the proxy as plain bytes: no content coding, `identity`,
 * or exactly one coding both transports decode. Any other body is still compressed when the
 * proxy scans it for the key, where no spelling of the key can be found, yet a client can
 * decompress it: such an answer is never passed on.
 */
export function isReadableCoding(headers: Iterable<readonly [string, string]>): boolean {
  const codings: string[] = []
  for (const [name, value] of headers) {
    if (name.toLowerCase() !== 'content-encoding') continue
    for (const coding of value.split(',')) {
      const token = coding.trim().toLowerCase()
      if (token !== '') codings.push(token)
    }
  }
  if (codings.length === 0) return true
  return codings.length === 1 && (codings[0] === 'identity' || DECODED.has(codings[0]!))
}
