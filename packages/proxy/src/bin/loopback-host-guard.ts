import type { IncomingMessage } from 'node:http'
import { originFromHost } from '@briq-interactive/core/server'
import { isLoopbackHostname } from '../cleartext-upstream.ts'

// The same reading of Host as the request URL's (no userinfo, path or backslash tricks), so
// the guard and the origin check can never see two different host names in one header.
function hostname(hostHeader: string): string | null {
  try {
    return new URL(originFromHost('http', hostHeader)).hostname.toLowerCase()
  } catch {
    return null
  }
}

// Browsers resolve every `*.localhost` name to loopback (RFC 6761), so a page there is this machine's.
const isLoopbackName = (name: string) => isLoopbackHostname(name) || name.endsWith('.localhost')

/**
 * Whether `HOST` is a loopback address in any spelling: all of 127.0.0.0/8 (RFC 1122), `::1`
 * written out (`0:0:0:0:0:0:0:1`) and IPv4-mapped loopback (`::ffff:127.0.0.1`), not only the
 * four usual spellings; `HOST=127.0.1.1` (a Debian host name's address) once switched the guard off.
 */
export function isLoopbackBind(bindHost: string): boolean {
  let name: string
  try {
    const bracketed = bindHost.includes(':') && !bindHost.startsWith('[') ? `[${bindHost}]` : bindHost
    name = new URL(`http://${bracketed}`).hostname.toLowerCase()
  } catch {
    return false
  }
  return isLoopbackName(name)
}

/**
 * DNS-rebinding protection for a server bound to loopback. A web page can point its own host
 * name at 127.0.0.1; the browser then calls this server with `Host` and `Origin` both set to
 * that name, which the proxy's default same-origin check would accept. So on a loopback bind
 * only loopback host names (and those of the allowed origins) are served. Returns null for
 * any other bind address (a container's 0.0.0.0 has a real front door that decides).
 */
export function createLoopbackHostGuard(
  bindHost: string,
  allowedOrigins: readonly string[] | undefined,
): ((req: IncomingMessage) => boolean) | null {
  if (!isLoopbackBind(bindHost)) return null
  const extra = new Set(
    (allowedOrigins ?? []).map((origin) => hostname(new URL(origin).host)).filter((name) => name !== null),
  )
  const allowed = (host: string) => {
    const name = hostname(host)
    return name !== null && (isLoopbackName(name) || extra.has(name))
  }
  // A server sees few Host values: each is judged once (a URL parse per request is not free).
  const verdicts = new Map<string, boolean>()
  return (req) => {
    const host = req.headers.host ?? ''
    let verdict = verdicts.get(host)
    if (verdict === undefined) {
      verdict = allowed(host)
      if (verdicts.size >= 64) verdicts.clear()
      verdicts.set(host, verdict)
    }
    return verdict
  }
}
