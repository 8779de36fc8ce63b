// The standalone mock for the load bench, by package name: the same server as the briq-mock bin
// (which only parses flags around it), seeded with the first argument. For the memory check,
// run with --expose-gc: a line on stdin ("heap") answers with the heap in use after a full
// collection, which is what flat memory means (the resident size only ever grows).
// Status moves still waiting (each send has three, due within 4 s) are applied first, and idle
// keep-alive connections closed.
import { createInterface } from 'node:readline'
import { startMockHttpServer } from '@briq-interactive/mock/node'

const running = await startMockHttpServer({ port: 0, seed: process.argv[2] ?? 'bench' })
console.log(`mock listening on ${running.url}`)
const gc = (globalThis as { gc?: () => void }).gc
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'heap') return
  running.mock.state({ limit: 0 })
  // The load generator's idle keep-alive connections hold buffers until they time out.
  running.server.closeIdleConnections()
  setTimeout(() => {
    gc?.()
    console.log(`heap ${process.memoryUsage().heapUsed}`)
  }, 200)
})
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)))
