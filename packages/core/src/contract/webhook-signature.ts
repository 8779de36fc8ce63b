const encoder = new TextEncoder()

/**
 * The header Briq signs each webhook delivery in, `sha256=<hex>` (Briq's webhooks guide,
 * docs.briq.tz): the mock sends it, the proxy's `receiveWebhook` checks it.
 */
export const WEBHOOK_SIGNATURE_HEADER = 'X-Briq-Signature'

/** What comes before the hex digest in {@link WEBHOOK_SIGNATURE_HEADER}: `sha256=` (Briq's webhooks guide). */
export const WEBHOOK_SIGNATURE_PREFIX = 'sha256='

/**
 * The HMAC-SHA256 of `body` keyed by `secret`: the bytes of Briq's webhook signature. `body` is
 * exactly the bytes delivered (a string counts as its UTF-8), never re-serialised JSON. Web
 * Crypto, so it runs in browsers, Node and edge runtimes.
 */
export async function webhookMac(body: string | Uint8Array, secret: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])
  const bytes = typeof body === 'string' ? encoder.encode(body) : body
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, bytes as Uint8Array<ArrayBuffer>))
}

/**
 * The `X-Briq-Signature` value for `body` under `secret`, `sha256=<hex>`, as Briq sends it: what
 * the mock signs its deliveries with, and what a test of your webhook route can send.
 */
export async function signWebhookBody(body: string | Uint8Array, secret: string): Promise<string> {
  const mac = await webhookMac(body, secret)
  return `${WEBHOOK_SIGNATURE_PREFIX}${Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}
