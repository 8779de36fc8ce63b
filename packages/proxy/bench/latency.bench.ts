// Added latency per proxied send: p50/p99 of sequential sends straight to the upstream vs
// through createBriqProxy + toNodeHandler, both over loopback HTTP, in one run.
// The upstream is the standalone mock server (@briq-interactive/mock) on loopback, with a manual
// clock so status-change timers from thousands of sends do not add noise.

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { sendInteractiveRoute } from '@briq-interactive/core'
import { SEND_REQUEST } from '@briq-interactive/fixtures'
import { startMockHttpServer } from '@briq-interactive/mock/node'
import { Bench } from 'tinybench'
import { bearerTokenAuthorize } from '../src/bearer-token-authorize.ts'
import { createBriqProxy } from '../src/create-briq-proxy.ts'
import { toNodeHandler } from '../src/node/to-node-handler.ts'

const API_KEY = 'mock-api-key'
const TOKEN = 'bench-token'
const SENDS = 2000
const SEND_BODY = JSON.stringify(SEND_REQUEST)

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const upstream = await startMockHttpServer({ port: 0, host: '127.0.0.1', clock: 'manual' })
const proxyServer = createServer(
  toNodeHandler(createBriqProxy({ apiKey: API_KEY, upstream: upstream.url, authorize: bearerTokenAuthorize(TOKEN) })),
)
const proxyUrl = await listen(proxyServer)

async function send(base: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(`${base}${sendInteractiveRoute.path}`, { method: 'POST', headers, body: SEND_BODY })
  await response.arrayBuffer()
  if (response.status >= 300) throw new Error(`send answered ${response.status}`)
}

const json = { 'Content-Type': 'application/json' }
const bench = new Bench({ iterations: SENDS, time: 0, warmup: true, warmupIterations: 200 })
bench
  .add('direct to upstream', () => send(upstream.url, { ...json, 'X-API-Key': API_KEY }))
  .add('through the proxy', () => send(proxyUrl, { ...json, Authorization: `Bearer ${TOKEN}` }))
await bench.run()

console.log(`upstream: standalone mock at ${upstream.url}; ${SENDS} sequential sends each, keep-alive loopback HTTP`)
const stats: Record<string, { p50: number; p99: number }> = {}
for (const task of bench.tasks) {
  const result = task.result
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`)
  const p50 = result.latency.p50 ?? result.latency.mean
  const p99 = result.latency.p99 ?? result.latency.mean
  stats[task.name] = { p50, p99 }
  console.log(
    `${task.name.padEnd(22)} p50 ${(p50 * 1000).toFixed(0).padStart(6)} µs   p99 ${(p99 * 1000).toFixed(0).padStart(6)} µs`,
  )
}
const direct = stats['direct to upstream']!
const proxied = stats['through the proxy']!
console.log(
  `added by the proxy     p50 ${((proxied.p50 - direct.p50) * 1000).toFixed(0).padStart(6)} µs   p99 ${((proxied.p99 - direct.p99) * 1000).toFixed(0).padStart(6)} µs`,
)

proxyServer.closeAllConnections()
await new Promise((resolve) => proxyServer.close(resolve))
await upstream.close()
