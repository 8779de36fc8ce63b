import type { IncomingMessage } from 'node:http'
import { isLoopbackBind, isLoopbackName, sameHostName } from '../server/loopback.ts'
import { originFromHost } from '../server/request-url.ts'

// The same reading of Host as the request URL's (no userinfo, path or backslash tricks), so
// the guard and the origin check can never see two different host names in one header, and a
// trailing dot read as isLoopbackOrigin reads it (`sameHostName`).
function hostname(hostHeader: string): string | null {
  try {
    return sameHostName(new URL(originFromHost('http', hostHeader)).hostname)
  } catch {
    return null
  }
}

/**
 * DNS-rebinding protection for a server bound to loopback (the runnable proxy, `briq-mock`). A
 * web page can point its own host name at 127.0.0.1; the browser then calls this server with
 * `Host` and `Origin` both set to that name, which an origin check would take for the server's
 * own. So on a loopback bind only loopback host names (and those of `allowedOrigins`) are
 * served. Returns null for any other bind address: listening beyond loopback is the host's
 * explicit choice (a container's 0.0.0.0 has a real front door that decides).
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
