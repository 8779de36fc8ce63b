// server.ts — Hono on Node (@hono/node-server): the Briq proxy under /api/briq.
import { bearerTokenAuthorize, createBriqProxy, requireEnv } from '@briq-interactive/proxy'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

// Checked at startup: with a secret unset the server stops here, naming every one missing
// ("Missing environment: BRIQ_API_KEY, PROXY_TOKEN"), instead of failing every request with a
// plain-text 500.
const env = requireEnv(process.env, ['BRIQ_API_KEY', 'PROXY_TOKEN'])
const briqProxy = createBriqProxy({
  apiKey: env.BRIQ_API_KEY,
  // Unset: Briq itself. `http://localhost:4010` while you build against `pnpm mock`.
  upstream: process.env.BRIQ_UPSTREAM,
  basePath: '/api/briq',
  // Your admin UI sends `Authorization: Bearer <PROXY_TOKEN>`; or check your session here.
  authorize: bearerTokenAuthorize(env.PROXY_TOKEN),
})

const app = new Hono()
app.all('/api/briq/*', (c) => briqProxy(c.req.raw))
// … your own routes …

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) }, ({ port }) => {
  console.log(`Briq proxy at http://localhost:${port}/api/briq`)
})
