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

// An IP address as the URL parser writes one (`0.0.0.0`, `[::]`): rebinding needs a name the
// page's owner answers DNS for, so an address in Host is one a user or a tool was given, such as
// the `http://0.0.0.0:3000` a server listening on every interface prints, reached over loopback.
const isAddress = (name: string): boolean => /^(\d{1,3}\.){3}\d{1,3}$/.test(name) || name.startsWith('[')

// Judges a Host header: a loopback name, an address, or one of `extra` (host names, read as
// `hostname` reads them).
function hostJudge(extra: ReadonlySet<string>): (req: IncomingMessage) => boolean {
  const allowed = (host: string) => {
    const name = hostname(host)
    return name !== null && (isLoopbackName(name) || isAddress(name) || extra.has(name))
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

const originHosts = (origins: Iterable<string> | undefined): string[] =>
  [...(origins ?? [])].map((origin) => hostname(new URL(origin).host)).filter((name) => name !== null)

/**
 * DNS-rebinding protection for a server bound to loopback (the runnable proxy, `briq-mock`). A
 * web page can point its own host name at 127.0.0.1; the browser then calls this server with
 * `Host` and `Origin` both set to that name, which an origin check would take for the server's
 * own. So on a loopback bind only loopback host names, IP addresses (no page can rebind one)
 * and the host names of `allowedOrigins` are served. Returns null for any other bind address: listening beyond loopback is the host's
 * explicit choice (a container's 0.0.0.0 has a real front door that decides).
 */
export function createLoopbackHostGuard(
  bindHost: string,
  allowedOrigins: readonly string[] | undefined,
): ((req: IncomingMessage) => boolean) | null {
  if (!isLoopbackBind(bindHost)) return null
  return hostJudge(new Set(originHosts(allowedOrigins)))
}

/**
 * Whether a socket's address (`socket.localAddress`, node's spelling) is loopback: 127.0.0.0/8,
 * `::1`, or IPv4-mapped loopback (`::ffff:127.0.0.1`, a dual-stack server's spelling).
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false
  return address === '::1' || address.startsWith('127.') || address.toLowerCase().startsWith('::ffff:127.')
}

/**
 * A host name as `allowedHosts` takes it: `shop.example`, `192.168.1.5`, `[::1]`, no scheme,
 * port or path. Returns the name as the guard compares it, or null.
 */
function allowedHostName(entry: unknown): string | null {
  if (typeof entry !== 'string' || entry === '' || /[\s/\\@?#:]/.test(entry.replace(/^\[[0-9a-fA-F:.]+\]$/, ''))) {
    return null
  }
  const name = hostname(entry)
  return name !== null && name === sameHostName(entry) ? name : null
}

/**
 * DNS-rebinding protection for a server whatever it binds (`app.listen(3000)` listens on every
 * interface): a request that came in on a loopback address (`socket.localAddress`), which is where
 * a page pointing its own host name at 127.0.0.1 arrives, is served only for a loopback `Host`
 * name, an IP address (`0.0.0.0`), one of `allowedHosts`, or the host name of one of `allowedOrigins`. A request that came
 * in on any other address is not judged: it came over the network, where no rebinding to this
 * machine happens. A reverse proxy or sidecar on this machine that forwards the page's own `Host`
 * (nginx's `proxy_set_header Host $host`) needs that host name in `allowedHosts`. Throws a
 * `TypeError` for an `allowedHosts` entry that is not a bare host name.
 *
 * @example
 * const hostAllowed = createLoopbackConnectionGuard({ allowedHosts: ['shop.example'] })
 * if (!hostAllowed(req)) return refuse(res, 403)
 */
export function createLoopbackConnectionGuard(
  options: { allowedHosts?: readonly string[] | undefined; allowedOrigins?: Iterable<string> | undefined } = {},
): (req: IncomingMessage) => boolean {
  const hosts = (options.allowedHosts ?? []).map((entry) => {
    const name = allowedHostName(entry)
    if (name === null) {
      throw new TypeError(
        `allowedHosts entries must be bare host names such as "shop.example" (no scheme, port or path); got ${JSON.stringify(String(entry)).slice(0, 120)}.`,
      )
    }
    return name
  })
  const judge = hostJudge(new Set([...hosts, ...originHosts(options.allowedOrigins)]))
  return (req) => !isLoopbackAddress(req.socket.localAddress) || judge(req)
}
