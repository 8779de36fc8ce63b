/** " (HTTP 400)" after a sentence's subject when there was an answer, else nothing; the same in every language. */
export const httpStatusNote = (status: number | undefined): string => (status === undefined ? '' : ` (HTTP ${status})`)

/**
 * Whether a gateway's status says it passed the request on and stopped waiting for the answer:
 * 504 (RFC 9110, Gateway Timeout) or a CDN's 524 (Cloudflare, "A timeout occurred"). The slow one
 * may be Briq itself, so no sentence says "not Briq".
 */
export const gatewayTimedOut = (status: number | undefined): boolean => status === 504 || status === 524
