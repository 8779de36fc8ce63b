/**
 * What `readTrustProxy` read: the setting, or the sentence that refuses the value. As every `ok`
 * result of the kit, each side holds the other's key as absent, so `if (!read.ok) throw new
 * Error(read.error)` and `read.trustProxy` after it compile also without strictNullChecks
 * (`strict: false`, as Next.js writes it), where `!read.ok` narrows nothing.
 */
export type TrustProxySetting =
  | { ok: true; trustProxy: boolean; error?: never }
  | { ok: false; error: string; trustProxy?: never }

/**
 * Reads `TRUST_PROXY`, the switch for `toNodeHandler`'s `trustProxy`: `1` behind a reverse proxy
 * of yours that serves HTTPS and sets `X-Forwarded-Proto` and `X-Forwarded-Host`, so a page it
 * serves passes the proxy's same-origin check; `0`, blank or unset: those headers are not read
 * (a client reaching the server directly could claim any address with them). Any other value
 * (`true`, `yes`) is refused, never read as a silent "no".
 *
 * @example
 * const read = readTrustProxy(process.env)
 * if (!read.ok) throw new Error(read.error)
 * const handler = toNodeHandler(createBriqProxy({ apiKey, authorize }), { trustProxy: read.trustProxy })
 */
export function readTrustProxy(env: Readonly<Record<string, string | undefined>>): TrustProxySetting {
  const value = env.TRUST_PROXY
  const setting = value?.trim() ?? ''
  if (setting === '' || setting === '0') return { ok: true, trustProxy: false }
  if (setting === '1') return { ok: true, trustProxy: true }
  return { ok: false, error: `TRUST_PROXY must be 1 (behind your own reverse proxy) or 0; got "${value}".` }
}
