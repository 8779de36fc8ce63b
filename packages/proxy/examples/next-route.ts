// app/api/briq/[...path]/route.ts — a Next.js App Router route handler.
import { bearerTokenAuthorize, lazyBriqProxy, requireEnv } from '@briq-interactive/proxy'

// Built when the first request arrives, not when the module loads: `next build` imports this
// file without your runtime secrets. Until BRIQ_API_KEY and PROXY_TOKEN are set, requests get
// a 500 PROXY_NOT_CONFIGURED in Briq's envelope and the server log names every one missing.
const briqProxy = lazyBriqProxy(() => {
  const env = requireEnv(process.env, ['BRIQ_API_KEY', 'PROXY_TOKEN'])
  return {
    apiKey: env.BRIQ_API_KEY,
    // Unset: Briq itself. `http://localhost:4010` while you build against `pnpm mock`.
    upstream: process.env.BRIQ_UPSTREAM,
    basePath: '/api/briq',
    // Your admin UI sends `Authorization: Bearer <PROXY_TOKEN>`; or check your session here,
    // e.g. `authorize: async () => (await auth()) !== null` with Auth.js.
    authorize: bearerTokenAuthorize(env.PROXY_TOKEN),
  }
})

export const GET = briqProxy
export const POST = briqProxy
export const OPTIONS = briqProxy
// Not forwarded, but answered by the proxy (405 with `Allow`, in Briq's envelope) rather than by
// Next.js, whose own 405 for a method a route does not export has neither.
export const PUT = briqProxy
export const PATCH = briqProxy
export const DELETE = briqProxy
