/** " (HTTP 400)" after a sentence's subject when there was an answer, else nothing; the same in every language. */
export const httpStatusNote = (status: number | undefined): string => (status === undefined ? '' : ` (HTTP ${status})`)

/**
 * Whether a gateway's status says it passed the request on and stopped waiting for the answer:
 * 504 (RFC 9110, Gateway Timeout) or a CDN's 524 (Cloudflare, "A timeout occurred"). The slow one
 * may be Briq itself, so no sentence says "not Briq".
 */
export const gatewayTimedOut = (status: number | undefined): boolean => status === 504 || status === 524

/**
 * A failure's sentence when its answer was a 408 (RFC 9110: the request did not arrive whole in
 * time) or a 431 (RFC 6585: its headers too large; also a page saying so, `headersTooLarge`),
 * neither a refusal of the message, whoever answered it; nothing for any other answer.
 */
export const slowOrLargeSentence = (
  f: { status?: number; headersTooLarge?: true },
  slow: (note: string) => string,
  large: (note: string) => string,
): string | undefined => {
  if (f.status === 408) return slow(httpStatusNote(f.status))
  return f.status === 431 || f.headersTooLarge ? large(httpStatusNote(f.status)) : undefined
}
