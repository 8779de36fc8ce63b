// server.ts — the admin page and the Briq proxy on one Express 5 server.
//   pnpm --filter @briq-interactive/embed-example start      (against `pnpm mock`)
//   BRIQ_API_KEY=… ADMIN_PASSWORD=… node server.ts           (against Briq; build first)
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { serverTimeoutOptions } from '@briq-interactive/core/node'
import { createBriqProxy } from '@briq-interactive/proxy'
import { boundProxyServer, toNodeHandler } from '@briq-interactive/proxy/node'
import express, { type NextFunction, type Request, type Response } from 'express'
import { isAdmin } from './basic-auth.ts'
import { readServerConfig } from './server-config.ts'

// A setting's error quotes the value it refuses, and a secret pasted into the wrong variable
// (the key as PORT or HOST) would be printed with it: said without the key or the password. One
// shorter than 8 characters goes only where quoted whole, else it would be cut out of words.
// An env file's loader may keep a value's quotes (docker run --env-file): a PORT holding the key
// without them is printed bare, so each secret is looked for with and without its quotes.
const secrets = [process.env.BRIQ_API_KEY, process.env.ADMIN_PASSWORD]
  .map((value) => value?.trim() ?? '')
  .flatMap((value) => [value, value.replace(/^(["'`])(.*)\1$/s, '$2')])
  .filter((value) => value !== '')
const withoutSecrets = (text: string) =>
  secrets.reduce(
    (said, secret) =>
      secret.length >= 8 ? said.split(secret).join('[redacted]') : said.replaceAll(`"${secret}"`, '"[redacted]"'),
    text,
  )
function stop(error: unknown): never {
  console.error(`embed-example: ${withoutSecrets(error instanceof Error ? error.message : String(error))}`)
  process.exit(1)
}

let config: ReturnType<typeof readServerConfig>
try {
  config = readServerConfig(process.env)
} catch (error) {
  stop(error)
}
const { adminPassword, basePath } = config

// Created at startup: a missing key stops the server here, saying which.
const briqProxy = toNodeHandler(
  createBriqProxy({
    apiKey: config.apiKey,
    upstream: config.upstream,
    // Under BASE_PATH when a reverse proxy passes its prefix on: the proxy reads the path as sent.
    basePath: `${basePath}/api/briq`,
    // The same sign-in as the page; the proxy's own origin check stops other sites' pages.
    ...(adminPassword
      ? { authorize: (request: globalThis.Request) => isAdmin(request.headers.get('authorization'), adminPassword) }
      : { allowAnonymous: true }),
  }),
  // Behind your HTTPS reverse proxy (TRUST_PROXY=1) the page's origin is the forwarded one.
  { trustProxy: config.trustProxy },
)

/** HTTP Basic sign-in for the page (browsers then send it with every request to this origin). */
function signIn(request: Request, response: Response, next: NextFunction) {
  if (!adminPassword || isAdmin(request.headers.authorization, adminPassword)) return next()
  response.set('WWW-Authenticate', 'Basic realm="Admin", charset="UTF-8"').status(401).send('Sign in to the admin.')
}

const app = express()
// Before any body parser: the proxy reads the raw body itself, under its byte cap.
app.all(`${basePath}/api/briq/*splat`, briqProxy)
app.use(basePath || '/', signIn, express.static(fileURLToPath(new URL('./dist', import.meta.url))))

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
const server = createServer(serverTimeoutOptions(), app).listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo
  const target = config.usingMock ? `the mock at ${config.upstream}` : (config.upstream ?? 'Briq')
  console.log(
    `Admin page at http://${config.host}:${port}${basePath}/ — sending through ${basePath}/api/briq to ${target}`,
  )
})
boundProxyServer(server, briqProxy)
// A HOST no address has, a port in use: node's error names the host as given.
server.on('error', stop)
