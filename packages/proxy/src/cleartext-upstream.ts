import { isLoopbackHostname } from '@briq-interactive/core/server'

/**
 * An upstream URL as an error or a banner may print it: scheme, host and path, never a user
 * name, password, query or fragment, where a key pasted into the wrong setting would sit.
 */
export function shownUpstream(url: URL): string {
  return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`
}

/** How a plain-http upstream is named and allowed where it was given: an option or a variable. */
export interface UpstreamSetting {
  /** The setting that holds the URL: `upstream`, `BRIQ_UPSTREAM`. */
  upstream: string
  /** How to allow it anyway: `pass allowInsecureUpstream: true`, `set PROXY_ALLOW_INSECURE_UPSTREAM=1`. */
  allow: string
}

/**
 * Why an upstream URL that is plain http to another machine is refused (the `X-API-Key` sent
 * there would cross the network unencrypted), in the words of the setting that gave it; `null`
 * when it is not one. Loopback (the mock on this machine) is not; an unparsable URL is not
 * either (it is refused elsewhere, with its own reason). `createBriqProxy` and the bin both ask
 * this, so they refuse the same URLs with the same sentence.
 */
export function cleartextUpstreamProblem(upstream: string, setting: UpstreamSetting): string | null {
  let url: URL
  try {
    url = new URL(upstream)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' || isLoopbackHostname(url.hostname)) return null
  return (
    `${setting.upstream} "${shownUpstream(url)}" is plain http to a host other than this machine: the API key would cross the network unencrypted. ` +
    `Use https, or ${setting.allow} if the network in between is private and trusted (a container network).`
  )
}
