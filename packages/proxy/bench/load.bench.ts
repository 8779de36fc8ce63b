// Sends per second and latency at 20 connections, side by side in one run: a bare node:http
// server that parses the body and answers Briq's 202 envelope (the floor), the standalone mock
// (briq-mock), a bare forwarder in front of that mock (node:http + undici, no checks: the
// reference for what any Node proxy costs here), and the proxy (briq-proxy) in front of it.
// Each server runs as its own process (the real bins), so the load generator never shares an
// event loop with them. Beside the rates, the CPU per send of each server (from /proc) and of
// the load generator (this process): on a busy machine the rates move with everything else
// running, the CPU per send much less. Then 100 000 sends to the mock, to show its heap stays
// flat. `pnpm bench load`.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { sendInteractiveRoute } from '@briq-interactive/core'
import { SEND_REQUEST } from '@briq-interactive/fixtures'
import { MOCK_CONTROL_PATHS } from '@briq-interactive/mock'
import autocannon from 'autocannon'

const CONNECTIONS = 20
const SECONDS = 6
// A second of warm-up left the proxy's CPU per send a tenth above its steady state (JIT tiers,
// undici's pool, the heap's young generation still growing); 3 s reach it. Same for every run.
const WARM_SECONDS = 3
const MEMORY_SENDS = 100_000
const TARGETS = { mockOfFloor: 0.3, mockP99Ms: 10, proxyOfMock: 0.6, heapGrowth: 0.1 }

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))
const SEND_PATH = sendInteractiveRoute.path
const SEND = JSON.stringify(SEND_REQUEST)

const children: ChildProcess[] = []

interface Server {
  url: string
  pid: number
  child: ChildProcess
}

/** Starts a server process and resolves once it prints the URL it listens on. */
function start(args: string[], env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] })
  children.push(child)
  // The proxy logs a line per request: keep reading (and dropping) them, or the pipe fills up.
  child.stderr!.resume()
  let output = ''
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk
      const match = /listening on (http:\/\/\S+)|at (http:\/\/\S+)/.exec(output)
      const url = match?.[1] ?? match?.[2]
      if (url) {
        child.stdout!.off('data', onData)
        resolve({ url, pid: child.pid!, child })
      }
    }
    child.stdout!.on('data', onData)
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)))
  })
}

/** User plus system CPU time of a process so far, in µs. */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10_000 // clock ticks of 10 ms
}

/** CPU time all cores spent busy so far (any process), in µs. */
function machineMicros(): number {
  // user nice system idle iowait irq softirq steal, in clock ticks of 10 ms: all but idle and iowait
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number)
  return ticks.reduce((sum, value, i) => (i === 3 || i === 4 ? sum : sum + value), 0) * 10_000
}

interface Run {
  name: string
  rate: number
  p50: number
  p99: number
  failed: number
  /** CPU µs per send of each process serving it. */
  cpu: number[]
  /** CPU µs per send of the load generator (this process). */
  loader: number
  /** CPU µs per send of the whole machine: more than the ones above when others are busy. */
  machine: number
}

async function load(name: string, url: string, headers: Record<string, string>, pids: number[]): Promise<Run> {
  const options = {
    url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', ...headers },
    body: SEND,
    connections: CONNECTIONS,
  }
  await autocannon({ ...options, duration: WARM_SECONDS }) // JIT, keep-alive connections, heap
  const before = pids.map(cpuMicros)
  const loaderBefore = process.cpuUsage()
  const machineBefore = machineMicros()
  const result = await autocannon({ ...options, duration: SECONDS })
  const machine = machineMicros() - machineBefore
  const loader = process.cpuUsage(loaderBefore)
  const sends = Math.max(1, result.requests.total)
  return {
    name,
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    cpu: pids.map((pid, i) => (cpuMicros(pid) - before[i]!) / sends),
    loader: (loader.user + loader.system) / sends,
    machine: machine / sends,
  }
}

/** The mock's heap in use after a full collection, in MB, once its pending status moves are due (4 s). */
async function heapMb(server: Server): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 4500))
  const line = new Promise<string>((resolve) => {
    const onData = (chunk: Buffer) => {
      const match = /heap (\d+)/.exec(String(chunk))
      if (match?.[1]) {
        server.child.stdout!.off('data', onData)
        resolve(match[1])
      }
    }
    server.child.stdout!.on('data', onData)
  })
  server.child.stdin!.write('heap\n')
  return Number(await line) / 1024 / 1024
}

try {
  const floor = await start([path('./floor-server.ts')])
  const mock = await start([path('./mock-server.ts'), 'bench'])
  const forwarder = await start([path('./forwarder-server.ts'), mock.url])
  const proxy = await start([path('../src/bin/briq-proxy.ts')], {
    BRIQ_API_KEY: 'mock-api-key',
    BRIQ_UPSTREAM: mock.url,
    PROXY_TOKEN: 'bench-token',
    PORT: '0',
  })
  const floorRun = await load('node:http floor', `${floor.url}${SEND_PATH}`, {}, [floor.pid])
  const mockRun = await load('briq-mock', `${mock.url}${SEND_PATH}`, { 'x-api-key': 'mock-api-key' }, [mock.pid])
  const forwarderRun = await load('bare forwarder → mock', `${forwarder.url}${SEND_PATH}`, {}, [
    forwarder.pid,
    mock.pid,
  ])
  const proxyRun = await load(
    'briq-proxy → briq-mock',
    `${proxy.url}/api/briq${SEND_PATH}`,
    { authorization: 'Bearer bench-token' },
    [proxy.pid, mock.pid],
  )
  const runs = [floorRun, mockRun, forwarderRun, proxyRun]
  const micros = (value: number) => `${value.toFixed(0)} µs`
  console.log(
    `POST ${SEND_PATH}, ${CONNECTIONS} connections, ${SECONDS} s each after ${WARM_SECONDS} s of warm-up, keep-alive loopback HTTP`,
  )
  console.log('  (bare forwarder: node:http + undici, no checks; load gen: autocannon, in the bench process)')
  for (const run of runs) {
    console.log(
      `  ${run.name.padEnd(24)} ${run.rate.toFixed(0).padStart(6)} sends/s   p50 ${String(run.p50).padStart(3)} ms   p99 ${String(run.p99).padStart(3)} ms   CPU/send ${run.cpu.map(micros).join(' + ')}, load gen ${micros(run.loader)}, machine ${micros(run.machine)}${run.failed > 0 ? `   ${run.failed} not 2xx/errors` : ''}`,
    )
  }
  const mark = (ok: boolean) => (ok ? 'meets' : 'MISSES')
  const mockOfFloor = mockRun.rate / floorRun.rate
  const proxyOfMock = proxyRun.rate / mockRun.rate
  console.log(
    `  mock / floor  = ${mockOfFloor.toFixed(2)} (${mark(mockOfFloor >= TARGETS.mockOfFloor)} ≥ ${TARGETS.mockOfFloor}); mock p99 ${mockRun.p99} ms (${mark(mockRun.p99 < TARGETS.mockP99Ms)} < ${TARGETS.mockP99Ms} ms)`,
  )
  console.log(
    `  proxy / mock  = ${proxyOfMock.toFixed(2)} (${mark(proxyOfMock >= TARGETS.proxyOfMock)} ≥ ${TARGETS.proxyOfMock}); bare forwarder / mock = ${(forwarderRun.rate / mockRun.rate).toFixed(2)}`,
  )
  // What the CPU per send allows: each process (one thread) at most one core, and all of them
  // together, load generator included, the machine's cores. A direct run splits the cores
  // between two processes and the mock's own core sets its pace; a proxied run shares them
  // among three, so a proxy costing no more than the mock still trails it.
  const cores = availableParallelism()
  const capacity = (run: Run) => {
    const each = [...run.cpu, run.loader]
    return Math.min(1e6 / Math.max(...each), (cores * 1e6) / each.reduce((sum, value) => sum + value, 0))
  }
  const byCpu = (run: Run, of: Run) => (capacity(run) / capacity(of)).toFixed(2)
  console.log(
    `  by CPU/send (a process ≤ 1 core, all ≤ ${cores}): mock / floor = ${byCpu(mockRun, floorRun)}, proxy / mock = ${byCpu(proxyRun, mockRun)}, bare forwarder / mock = ${byCpu(forwarderRun, mockRun)}`,
  )

  // Memory: the mock's heap once its store is full, and again after 100 000 more sends.
  const heap = await start(['--expose-gc', path('./mock-server.ts'), 'bench-memory'])
  const sendTo = (amount: number) =>
    autocannon({
      url: `${heap.url}${SEND_PATH}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'mock-api-key' },
      body: SEND,
      connections: CONNECTIONS,
      amount,
    })
  // Once the store is full (10 000), then after half and all of 100 000 more: flat means level.
  const filled = await sendTo(12_000)
  const heaps = [await heapMb(heap)]
  const first = await sendTo(MEMORY_SENDS / 2)
  heaps.push(await heapMb(heap))
  const second = await sendTo(MEMORY_SENDS / 2)
  heaps.push(await heapMb(heap))
  const state = (await fetch(`${heap.url}${MOCK_CONTROL_PATHS.state}?limit=1`).then((res) => res.json())) as {
    data: { totalMessages: number }
  }
  const sent = [filled, first, second].reduce((sum, run) => sum + run['2xx'], 0)
  console.log(
    `briq-mock heap after a full collection: ${heaps.map((mb) => `${mb.toFixed(1)} MB`).join(' → ')} (after ${filled['2xx'].toLocaleString('en')}, then ${(MEMORY_SENDS / 2).toLocaleString('en')} and ${MEMORY_SENDS.toLocaleString('en')} more sends; ${sent.toLocaleString('en')} in all); the store holds ${state.data.totalMessages.toLocaleString('en')} messages`,
  )
  // Flat: 100 000 sends past a full store leave the heap within a tenth of where it was.
  const growth = Math.max(...heaps.slice(1)) - heaps[0]!
  console.log(
    `  heap growth after the store filled = ${growth.toFixed(1)} MB (${mark(growth <= heaps[0]! * TARGETS.heapGrowth)} ≤ ${(TARGETS.heapGrowth * 100).toFixed(0)}%: flat)`,
  )
  const more = { non2xx: first.non2xx + second.non2xx, errors: first.errors + second.errors }
  const failures = runs.reduce((sum, run) => sum + run.failed, 0) + filled.non2xx + more.non2xx + more.errors
  if (failures > 0) process.exitCode = 1
} finally {
  for (const child of children) child.kill('SIGTERM')
  await Promise.all(children.map((child) => (child.exitCode === null ? once(child, 'exit') : undefined)))
}
