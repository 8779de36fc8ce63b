import { PROXY_NOT_CONFIGURED } from '@briq-interactive/core'
import { createBriqProxy } from './create-briq-proxy.ts'
import { errorResponse } from './error-envelope.ts'
import type { BriqProxyHandler, BriqProxyOptions } from './proxy-options.ts'
import { webResponseOf } from './reply/proxy-reply.ts'

/**
 * A proxy created when the first request arrives, from options read then: for runtimes whose
 * secrets are not there when the module loads (`next build` imports route handlers without
 * them; Cloudflare Workers hand them over with each request). While the options are wrong
 * (no key, no authorize), every request is answered 500 `PROXY_NOT_CONFIGURED` in Briq's
 * envelope and the reason goes to `console.error` (never the key: `createBriqProxy` redacts
 * it) once, not once per request, so a busy misconfigured server does not flood its log (a
 * different reason, as when one secret of two is set, is logged once too); the next request
 * tries again, so fixing the environment needs no code change.
 *
 * @example
 * export const POST = lazyBriqProxy(() => ({ apiKey: process.env.BRIQ_API_KEY ?? '', authorize }))
 */
export function lazyBriqProxy(getOptions: () => BriqProxyOptions): BriqProxyHandler {
  let proxy: BriqProxyHandler | undefined
  let logged: string | undefined
  return async (request) => {
    if (proxy === undefined) {
      try {
        proxy = createBriqProxy(getOptions())
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        if (reason !== logged) console.error(`Briq proxy is not configured: ${reason}`)
        logged = reason
        const message = 'The Briq proxy is not configured on this server; its log says what is missing.'
        return webResponseOf(errorResponse(500, PROXY_NOT_CONFIGURED, message, crypto.randomUUID()))
      }
    }
    return proxy(request)
  }
}
