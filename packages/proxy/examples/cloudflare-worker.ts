// src/index.ts — a Cloudflare Worker: the Briq proxy under /api/briq.
// Secrets: `wrangler secret put BRIQ_API_KEY` and `wrangler secret put PROXY_TOKEN`.
import { type BriqProxyHandler, bearerTokenAuthorize, lazyBriqProxy, requireEnv } from '@briq-interactive/proxy'

interface Env {
  BRIQ_API_KEY: string
  PROXY_TOKEN: string
  /** Unset: Briq itself. */
  BRIQ_UPSTREAM?: string
}

let briqProxy: BriqProxyHandler | undefined

export default {
  // A Worker's secrets arrive with each request (`env`), so the proxy is built on the first one;
  // while one is missing, requests get a 500 PROXY_NOT_CONFIGURED in Briq's envelope and the
  // log names every one missing.
  fetch(request: Request, env: Env): Promise<Response> {
    briqProxy ??= lazyBriqProxy(() => {
      const secrets = requireEnv(env, ['BRIQ_API_KEY', 'PROXY_TOKEN'])
      return {
        apiKey: secrets.BRIQ_API_KEY,
        upstream: env.BRIQ_UPSTREAM,
        basePath: '/api/briq',
        authorize: bearerTokenAuthorize(secrets.PROXY_TOKEN),
      }
    })
    return briqProxy(request)
  },
}
