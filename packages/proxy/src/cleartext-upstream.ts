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
 * Whether an upstream URL is plain http to another machine, so the `X-API-Key` sent there would
 * cross the network unencrypted. Loopback (the mock on this machine) is not; an unparsable URL
 * is not either (it is refused elsewhere, with its own reason).
 */
export function isCleartextRemoteUpstream(upstream: string): boolean {
  let url: URL
  try {
    url = new URL(upstream)
  } catch {
    return false
  }
  return url.protocol === 'http:' && !isLoopbackHostname(url.hostname)
}
