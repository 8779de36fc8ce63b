/**
 * Whether a URL's `hostname` is this machine: `localhost`, all of 127.0.0.0/8 (RFC 1122), `[::1]`
 * and IPv4-mapped loopback (`[::ffff:7f00:1]`, the URL parser's spelling of `::ffff:127.0.0.1`).
 * Takes the WHATWG URL parser's output, which already turned `127.1`, `0x7f.1` and
 * `[0:0:0:0:0:0:0:1]` into these spellings.
 */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase()
  return (
    name === 'localhost' ||
    name === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(name) ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(name)
  )
}

/**
 * {@link isLoopbackHostname}, or a `*.localhost` name: browsers resolve every one of them to
 * loopback (RFC 6761), so a page there is this machine's.
 */
export const isLoopbackName = (hostname: string): boolean =>
  isLoopbackHostname(hostname) || hostname.toLowerCase().endsWith('.localhost')

/**
 * A page's host name as the same name: lower case, one trailing dot dropped (RFC 1034, 3.1: the
 * fully qualified `localhost.` is `localhost`). The URL parser drops it from an IPv4 address
 * (`127.0.0.1.`) but keeps it on a name, so the `Host` guard and the `Origin` check both read
 * names through this, and never disagree on one.
 */
export const sameHostName = (hostname: string): string => hostname.toLowerCase().replace(/(?<=[^.])\.$/, '')

/**
 * Whether a server's bind address is loopback in any spelling: all of 127.0.0.0/8, `::1` written
 * out (`0:0:0:0:0:0:0:1`) and IPv4-mapped loopback (`::ffff:127.0.0.1`), not only the four usual
 * spellings (`127.0.1.1`, a Debian host name's address, is loopback too).
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
 * Whether a browser's `Origin` is a page on this machine: http or https on a loopback host name
 * ({@link isLoopbackName}, fully qualified too: `localhost.`), any port — a Vite dev server,
 * Storybook. `null` (a sandboxed frame, a `file:` page) and every other scheme are not.
 */
export function isLoopbackOrigin(origin: string): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.origin === origin &&
    isLoopbackName(sameHostName(url.hostname))
  )
}
