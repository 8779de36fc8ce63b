/**
 * What {@link configuredOrigin} takes, as the servers' refusals word it:
 * `allowedOrigins entries must be origins like "…" (${CONFIGURED_ORIGIN_WORDS}); got "…"`.
 */
export const CONFIGURED_ORIGIN_WORDS = 'scheme, host, optional port, no path or wildcard'

/**
 * The origin a configured entry names, the way a browser sends it in `Origin` (scheme, host,
 * optional port), or `undefined` when the entry is no origin. An entry copied with a trailing
 * slash, in upper case or with its default port is still that origin; a path, query, fragment,
 * credentials, a scheme other than http(s) or a wildcard (`https://*.example.com`: URL parsing
 * keeps the `*` as part of the host name) make it none, since it could never match a browser's
 * `Origin` and every request from it would be refused.
 */
export function configuredOrigin(entry: string): string | undefined {
  let url: URL
  try {
    url = new URL(entry)
  } catch {
    return undefined
  }
  const isOrigin =
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.username === '' &&
    url.password === '' &&
    !url.hostname.includes('*') &&
    // `new URL('http://a/#')` has an empty hash, but the entry still carries a fragment.
    !entry.includes('#')
  return isOrigin ? url.origin : undefined
}
