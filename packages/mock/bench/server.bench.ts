// Sends per second and p99 latency of the standalone briq-mock server on loopback:
// autocannon POSTs valid interactive sends for about 5 seconds. Run with `pnpm bench mock`.
// The server runs as its own process (the real bin), so the load generator does not share
// its event loop.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { SEND_REQUEST } from '@briq-interactive/fixtures'
import autocannon from 'autocannon'

const bin = fileURLToPath(new URL('../src/bin/briq-mock.ts', import.meta.url))
const child = spawn(process.execPath, [bin, '--port', '0', '--seed', 'bench'], { stdio: ['ignore', 'pipe', 'inherit'] })
let banner = ''
const url = await new Promise<string>((resolve, reject) => {
  child.stdout.on('data', (chunk) => {
    banner += chunk
    const match = /at (http:\/\/\S+)/.exec(banner)
    if (match && banner.includes('try: curl')) resolve(match[1]!)
  })
  child.once('exit', (code) => reject(new Error(`briq-mock exited with ${code} before listening:\n${banner}`)))
})
const body = JSON.stringify(SEND_REQUEST)

try {
  const result = await autocannon({
    url: `${url}/v1/whatsapp/messages/interactive`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'mock-api-key' },
    body,
    connections: 10,
    duration: 5,
  })
  const accepted = result['2xx']
  const other = result.non2xx + result.errors + result.timeouts
  console.log(
    `briq-mock POST /v1/whatsapp/messages/interactive, ${result.connections} connections, ${result.duration} s`,
  )
  console.log(
    `  sends/s     ${result.requests.average.toFixed(0)} (average), ${accepted} accepted, ${other} not 2xx/errors`,
  )
  console.log(`  latency     p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`)
  const state = (await fetch(`${url}/__mock/state`).then((res) => res.json())) as { data: { messages: unknown[] } }
  console.log(`  messages in memory afterwards: ${state.data.messages.length}`)
  if (other > 0) process.exitCode = 1
} finally {
  child.kill('SIGTERM')
  await once(child, 'exit')
}
