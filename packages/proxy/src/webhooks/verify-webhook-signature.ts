import { WEBHOOK_SIGNATURE_PREFIX, webhookMac } from '@briq-interactive/core'
import { timingSafeEqual } from '../timing-safe-equal.ts'

const encoder = new TextEncoder()
const SIGNATURE = new RegExp(`^(?:${WEBHOOK_SIGNATURE_PREFIX})?([0-9a-f]{64})$`, 'i')

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}

/**
 * Checks Briq's `X-Briq-Signature` header: HMAC-SHA256 of the raw request body keyed by the
 * webhook's signing secret, as bare hex or `sha256=<hex>`. Pass the body exactly as received
 * (never re-serialised JSON). Uses Web Crypto and a constant-time compare; returns false, never
 * throws, for a missing or malformed header or secret (white space around the secret is
 * ignored; a blank one is missing).
 *
 * @example
 * const raw = await request.text()
 * if (!(await verifyWebhookSignature(raw, request.headers.get('X-Briq-Signature'), secret))) return new Response(null, { status: 401 })
 */
export async function verifyWebhookSignature(
  rawBody: string | Uint8Array | ArrayBuffer,
  signatureHeader: string | null | undefined,
  secret: string,
): Promise<boolean> {
  try {
    // White space around the secret is a file's or an env file's newline, never part of a Briq
    // secret (receiveWebhook reads it so too); a secret of white space only is no secret: it
    // is guessed at once, and a forged delivery would pass.
    const key = typeof secret === 'string' ? secret.trim() : ''
    if (key === '' || typeof signatureHeader !== 'string') return false
    const match = SIGNATURE.exec(signatureHeader.trim())
    if (!match?.[1]) return false
    // request.text(), request.arrayBuffer(), a Buffer or request.bytes(): all the same bytes.
    const body =
      typeof rawBody === 'string'
        ? encoder.encode(rawBody)
        : rawBody instanceof ArrayBuffer
          ? new Uint8Array(rawBody)
          : rawBody
    if (!(body instanceof Uint8Array)) return false
    const expected = await webhookMac(body, key)
    return timingSafeEqual(expected, hexToBytes(match[1]))
  } catch {
    return false
  }
}
