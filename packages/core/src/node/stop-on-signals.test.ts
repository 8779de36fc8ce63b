import { EventEmitter, once } from 'node:events'
import { createServer, type Server } from 'node:http'
import { rawClient } from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'
import { gracefulClose } from './graceful-close.ts'
import { type StopOnSignalsOptions, stopOnSignals } from './stop-on-signals.ts'

/** A close whose end the test decides, recording each grace it was called with. */
function heldClose() {
  const graces: number[] = []
  let settle!: { resolve: () => void; reject: (error: unknown) => void }
  const closed = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject }
  })
  const close = (graceMs: number) => {
    graces.push(graceMs)
    return closed
  }
  return { close, graces, ...settle }
}

/** stopOnSignals on a signal source of the test's own, with what it says and does recorded. */
function wire(close: (graceMs: number) => Promise<void>, options: Partial<StopOnSignalsOptions> = {}) {
  const signals = new EventEmitter()
  const said: string[] = []
  const exited = new Promise<number>((resolve) => {
    const stopListening = stopOnSignals(close, {
      name: 'briq-test',
      graceMs: 8000,
      graceSetting: 'TEST_SHUTDOWN_GRACE_MS',
      print: (line) => said.push(`out: ${line}`),
      printError: (line) => said.push(`err: ${line}`),
      beforeExit: () => said.push('flushed'),
      signals,
      exit: (code) => {
        said.push(`exit ${code}`)
        resolve(code)
      },
      ...options,
    })
    stopping.push(stopListening)
  })
  return { signals, said, exited }
}
const stopping: (() => void)[] = []
afterEach(() => {
  for (const stopListening of stopping.splice(0)) stopListening()
})

describe('stopOnSignals', () => {
  it('closes with the grace on the first signal, says so, and exits 0 once closed, after beforeExit', async () => {
    const held = heldClose()
    const { signals, said, exited } = wire(held.close)
    signals.emit('SIGTERM', 'SIGTERM')
    expect(held.graces).toEqual([8000])
    expect(said).toEqual([
      'out: briq-test: SIGTERM, stopping: answering the requests in flight (at most 8 s, TEST_SHUTDOWN_GRACE_MS; SIGTERM again stops now)',
    ])
    held.resolve()
    expect(await exited).toBe(0)
    expect(said.slice(1)).toEqual(['flushed', 'exit 0'])
  })

  it('ends the grace on a second signal and exits once', async () => {
    const held = heldClose()
    const { signals, said, exited } = wire(held.close, { during: 'forwarding nothing more' })
    signals.emit('SIGINT', 'SIGINT')
    signals.emit('SIGTERM', 'SIGTERM')
    expect(held.graces).toEqual([8000, 0])
    held.resolve()
    expect(await exited).toBe(0)
    await new Promise((resolve) => setImmediate(resolve))
    expect(said).toEqual([
      'out: briq-test: SIGINT, stopping: forwarding nothing more (at most 8 s, TEST_SHUTDOWN_GRACE_MS; SIGINT again stops now)',
      'out: briq-test: SIGTERM again, stopping now',
      'flushed',
      'exit 0',
    ])
  })

  it('names the setting that gave no grace, as an environment variable or a flag', () => {
    const byVariable = wire(heldClose().close, { graceMs: 0 })
    byVariable.signals.emit('SIGTERM', 'SIGTERM')
    const byFlag = wire(heldClose().close, { graceMs: 0, graceSetting: '--shutdown-grace' })
    byFlag.signals.emit('SIGINT', 'SIGINT')
    expect([...byVariable.said, ...byFlag.said]).toEqual([
      'out: briq-test: SIGTERM, stopping now (TEST_SHUTDOWN_GRACE_MS=0)',
      'out: briq-test: SIGINT, stopping now (--shutdown-grace 0)',
    ])
  })

  it('says a close that failed and exits 1, once, even when the second signal closed too', async () => {
    const held = heldClose()
    const { signals, said, exited } = wire(held.close)
    signals.emit('SIGTERM', 'SIGTERM')
    signals.emit('SIGTERM', 'SIGTERM')
    held.reject(new Error('the mock could not close its webhook queue'))
    expect(await exited).toBe(1)
    await new Promise((resolve) => setImmediate(resolve))
    expect(said.slice(2)).toEqual([
      'flushed',
      'err: briq-test: close failed: the mock could not close its webhook queue',
      'exit 1',
    ])
  })

  it('reads a close that throws as one that failed', async () => {
    const { signals, said, exited } = wire(() => {
      throw new Error('not running')
    })
    signals.emit('SIGINT', 'SIGINT')
    expect(await exited).toBe(1)
    expect(said.slice(1)).toEqual(['flushed', 'err: briq-test: close failed: not running', 'exit 1'])
  })

  it('stops listening when told', () => {
    const held = heldClose()
    const { signals } = wire(held.close)
    for (const stopListening of stopping.splice(0)) stopListening()
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0)
    signals.emit('SIGTERM', 'SIGTERM')
    expect(held.graces).toEqual([])
  })

  it('stops a real server: a request in flight is answered on the first signal before the exit', async () => {
    const { url, close, held, release } = await holdingServer()
    try {
      const first = rawClient(url, 'GET /a HTTP/1.1\r\nHost: localhost\r\n\r\n')
      await held
      const { signals, said, exited } = wire(close, { graceMs: 60_000 })
      signals.emit('SIGTERM', 'SIGTERM')
      release()
      await first.closed
      expect(first.received()).toMatch(/^HTTP\/1\.1 200 [\s\S]*\r\nConnection: close\r\n[\s\S]*done$/)
      expect(await exited).toBe(0)
      expect(said.at(-1)).toBe('exit 0')
    } finally {
      await close(0)
    }
  })

  it('stops a real server: a second signal gives a request in flight its last word at once', async () => {
    const { url, close, held } = await holdingServer()
    try {
      const first = rawClient(url, 'GET /a HTTP/1.1\r\nHost: localhost\r\n\r\n')
      await held
      const { signals, exited } = wire(close, { graceMs: 60_000 })
      signals.emit('SIGINT', 'SIGINT')
      signals.emit('SIGTERM', 'SIGTERM')
      await first.closed
      expect(first.received()).toMatch(/^HTTP\/1\.1 503 [\s\S]*\r\nstopped\r\n/)
      expect(await exited).toBe(0)
    } finally {
      await close(0)
    }
  })
})

/** A server that holds its first request until `release()`, with a graceful close wired. */
async function holdingServer() {
  let release = () => {}
  const server: Server = createServer({ keepAliveTimeout: 60_000 }, (_request, response) => {
    release = () => response.end('done')
    server.emit('held')
  })
  const held = once(server, 'held')
  const close = gracefulClose(server, (_request, response) => response.writeHead(503).end('stopped'))
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  return { url, close, held, release: () => release() }
}
