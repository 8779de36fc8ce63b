/** Why a request's URL could not be built; the adapter answers 400 with it. */
export class BadRequestTargetError extends Error {
  override name = 'BadRequestTargetError'
}

// A name, an IPv4 address or a bracketed IPv6 address, with an optional port: what a Host
// header holds (RFC 9110, "Host and :authority"). Underscores appear in container names.
const HOST_PATTERN =
  /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

/**
 * `scheme://host` from a Host value, or an error when the value is anything but a host and an
 * optional port: `a@evil.example`, `evil.example/x` or a space must never become the origin.
 */
export function originFromHost(protocol: 'http' | 'https', host: string): string {
  if (!HOST_PATTERN.test(host)) throw new BadRequestTargetError('The Host header is not a host name.')
  return new URL(`${protocol}://${host}`).origin
}

/**
 * Whether a `Host` names a host at all. One that does not (`a@evil.example`) gets the request
 * URL's own 400; none (HTTP/1.0) is no browser's, so no DNS-rebinding page's: the loopback guard
 * of the kit's servers refuses with 403 only a host name that is not this machine's.
 */
export function isHostName(host: string | undefined): boolean {
  if (!host) return false
  try {
    originFromHost('http', host)
    return true
  } catch {
    return false
  }
}

/**
 * A `Host` value's host name as a URL reads it (no port, lower case; `[::1]` bracketed), cut at
 * 100 characters: what a refusal of that host quotes and the setting it suggests names. A value
 * no URL takes is cut as it came.
 */
export function requestHostName(host: string | undefined): string {
  try {
    return new URL(`http://${host ?? ''}`).hostname.slice(0, 100)
  } catch {
    return (host ?? '').slice(0, 100)
  }
}

/**
 * The path and query of a request target. Origin-form (`/a?b`) is kept as sent; absolute-form
 * (`http://other/a?b`) and asterisk-form (`*`) are reduced to theirs, so the target can name
 * the path and nothing else.
 */
export function targetPath(target: string): string {
  if (target.startsWith('/')) return target
  if (target === '*') return '/'
  try {
    const url = new URL(target)
    return `${url.pathname}${url.search}`
  } catch {
    throw new BadRequestTargetError('The request target is neither a path nor an absolute URL.')
  }
}

/**
 * The URL of a request, with its origin taken only from `origin` (the Host header, or a trusted
 * forwarded host). The target is appended as text rather than resolved against the origin:
 * resolving `//evil.example/x` or `/\evil.example/x` would make it a network-path reference
 * whose host replaces ours, and with it the origin the same-origin check compares against.
 */
export function requestUrl(origin: string, target: string): URL {
  const url = new URL(`${origin}${targetPath(target)}`)
  if (url.origin !== origin) throw new BadRequestTargetError('The request target changes the origin.')
  return url
}
