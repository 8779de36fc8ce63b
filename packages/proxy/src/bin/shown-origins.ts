import { PROXY_ORIGIN_NOT_ALLOWED } from '@briq-interactive/core'
import type { ServerConfig } from './server-config.ts'

/**
 * The browser origins the banner says may call the proxy: its own (a page it serves) and those
 * `PROXY_ALLOWED_ORIGINS` lists, or, when none are set, what that means for a page elsewhere.
 */
export function shownOrigins(config: Pick<ServerConfig, 'allowedOrigins' | 'trustProxy'>): string {
  const own = config.trustProxy ? 'its own (as X-Forwarded-Proto/-Host say, TRUST_PROXY=1)' : 'its own'
  if (config.allowedOrigins === undefined) {
    return `${own} only; PROXY_ALLOWED_ORIGINS is not set, so a page on any other origin (a Vite dev server, your admin UI) is refused 403 ${PROXY_ORIGIN_NOT_ALLOWED}`
  }
  return `${own}, ${config.allowedOrigins.join(', ')}`
}
