// server.ts — Express 5: the Briq proxy under /api/briq beside your own routes.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serverTimeoutOptions } from '@briq-interactive/core/node'
import { bearerTokenAuthorize, createBriqProxy, requireEnv } from '@briq-interactive/proxy'
import { boundProxyServer, toNodeHandler } from '@briq-interactive/proxy/node'
import express from 'express'

// Checked at startup: with a secret unset the server stops here, naming every one missing
// ("Missing environment: BRIQ_API_KEY, PROXY_TOKEN").
const env = requireEnv(process.env, ['BRIQ_API_KEY', 'PROXY_TOKEN'])
const briqProxy = toNodeHandler(
  createBriqProxy({
    apiKey: env.BRIQ_API_KEY,
    // Unset: Briq itself. `http://localhost:4010` while you build against `pnpm mock`.
    upstream: process.env.BRIQ_UPSTREAM,
    basePath: '/api/briq',
    // Your admin UI sends `Authorization: Bearer <PROXY_TOKEN>`; or check your session here.
    authorize: bearerTokenAuthorize(env.PROXY_TOKEN),
  }),
)

const app = express()
// Before any body parser: the proxy reads the raw body itself, under its byte cap (mounted
// after express.json() it answers 500 PROXY_BODY_ALREADY_READ instead).
app.all('/api/briq/*splat', briqProxy)
app.use(express.json())
// … your own routes …

// Not app.listen: node's own server lets a client sending a byte at a time hold a socket for 5
// minutes, one that never reads its answer hold it for ever, and any number of clients hold
// sockets at once. serverTimeoutOptions answers 408 after 15 s for the headers
// (headersTimeoutMs) and 30 s for the whole request (requestTimeoutMs), and closes a kept-alive
// connection idle for 5 s (keepAliveTimeoutMs); boundProxyServer checks those, closes a
// connection after 30 s without a byte of its answer taken (writeTimeoutMs), answers a body over
// the proxy's cap with 413 before the client is invited to upload it, holds at most 1024
// connections (maxConnections: past it a new one is refused and those with no request in flight
// are closed to make room) and answers at most 1000 requests on each (maxRequestsPerSocket). What
// node refuses before any handler runs (not HTTP, headers over 16 KB, an Expect it cannot meet)
// it answers in the proxy's envelope, with its CORS, and tells the proxy's log, where node's own
// answer is a bare status line no log sees. To change one, give serverTimeoutOptions and
// boundProxyServer the same options, e.g. { maxConnections: 4096 }.
const server = createServer(serverTimeoutOptions(), app).listen(Number(process.env.PORT ?? 3000), () => {
  const { port } = server.address() as AddressInfo
  console.log(`Briq proxy at http://localhost:${port}/api/briq`)
})
boundProxyServer(server, briqProxy)
