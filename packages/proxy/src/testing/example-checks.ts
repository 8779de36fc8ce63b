import { type ChildProcess, spawn } from 'node:child_process'
import { FEEDBACK_INTERACTIVE, SEND_REQUEST } from '@briq-interactive/fixtures'
import { expect } from 'vitest'

/** The bearer token the examples are started with. */
export const EXAMPLE_TOKEN = 'example-proxy-token'

const SEND = '/api/briq/v1/whatsapp/messages/interactive'

/** Calls one path of a running example, the way a browser on its own origin would. */
export type CallExample = (path: string, init?: RequestInit) => Promise<Response>

const send = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { Authorization: `Bearer ${EXAMPLE_TOKEN}`, 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
})

/**
 * What every framework example must do against the mock: forward a valid send (202), refuse an
 * invalid one with core's errors (422), and refuse a foreign origin (403).
 */
export async function expectExampleProxies(call: CallExample): Promise<void> {
  const accepted = await call(SEND, send(SEND_REQUEST))
  expect(accepted.status).toBe(202)
  expect(await accepted.json()).toMatchObject({ success: true, data: { status: 'pending' } })

  const tooLong = structuredClone(FEEDBACK_INTERACTIVE)
  tooLong.action.buttons[0]!.reply.title = 'A title far too long for it'
  const invalid = await call(SEND, send({ ...SEND_REQUEST, interactive: tooLong }))
  expect(invalid.status).toBe(422)
  expect((await invalid.json()).errors).toEqual([
    expect.objectContaining({ code: 'VALIDATION_ERROR', field: 'interactive.action.buttons.0.reply.title' }),
  ])

  const foreign = await call(SEND, send(SEND_REQUEST, { Origin: 'https://evil.example' }))
  expect(foreign.status).toBe(403)
  expect((await foreign.json()).errors).toEqual([expect.objectContaining({ code: 'PROXY_ORIGIN_NOT_ALLOWED' })])
}

// All an example gets from this process: PATH, and Node's compile cache when the run has one
// (vitest.config.ts sets it), so each start does not compile the kit again.
const BASE_ENV = { PATH: process.env.PATH, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE }

/** A Node example started as its own process, the way a user runs it. */
export interface RunningExample {
  /** Its base URL, e.g. `http://localhost:41234`. */
  url: string
  /** Everything it printed. */
  output(): string
  /** Stops it and waits for it to exit. */
  stop(): Promise<void>
}

/**
 * Runs `node <file>` (type stripping, as `pnpm proxy` runs the bin) with `env` and waits for
 * the line it prints when listening: `Briq proxy at http://localhost:<port>/api/briq`.
 */
export async function startExample(file: string, env: Record<string, string | undefined>): Promise<RunningExample> {
  const child: ChildProcess = spawn(process.execPath, [file], {
    env: { ...BASE_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = /Briq proxy at (http:\/\/\S+)\/api\/briq/.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    void exited.then((code) => reject(new Error(`${file} exited with ${code} before listening:\n${output}`)))
  })
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

/**
 * Runs an example that must refuse to start, and returns its exit code and output. One that
 * starts after all (it prints where it listens) is stopped, and its exit code says so; one that
 * neither starts nor exits is left to the test's timeout, as a slow start on a loaded machine
 * must not read as a wrong answer.
 */
export async function failedStart(
  file: string,
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [file], { env: { ...BASE_ENV, ...env }, stdio: 'pipe' })
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
    if (/Briq proxy at http:/.test(output)) child.kill('SIGKILL')
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  // A backstop past any test's timeout, so no process outlives the run.
  const backstop = setTimeout(() => child.kill('SIGKILL'), 120_000)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(backstop)
  return { code, output }
}
