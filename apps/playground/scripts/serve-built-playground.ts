import { execFile, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import type { Page } from 'playwright'

const appDir = fileURLToPath(new URL('..', import.meta.url))
// The vite binary directly (not via pnpm exec), so stopping it does not make pnpm report a failure.
const vite = `${appDir}node_modules/.bin/vite`

/** A running `vite preview` of the built playground. */
export interface ServedPlayground {
  /** Where it is served, e.g. `http://localhost:41234/`. */
  url: string
  /** Stops the server. */
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Where a build goes and is served from; the defaults are the README's `pnpm build`. */
export interface PlaygroundBuildOptions {
  /** Vite's `--base`, e.g. `/tools/composer/` for a page served under that path; `/` by default. */
  base?: string
  /** Where the build is written (and served from), absolute; apps/playground/dist by default. */
  outDir?: string
}

const buildArgs = ({ base = '/', outDir = `${appDir}dist` }: PlaygroundBuildOptions) => [
  '--base',
  base,
  '--outDir',
  outDir,
]

/**
 * `vite build` of the playground (the in-page mock and its worker included), into
 * apps/playground/dist unless told. Fails on any warning too: whoever builds it from the README
 * must not be left wondering whether a `(!)` means something is wrong.
 */
export function buildPlayground(options: PlaygroundBuildOptions = {}): Promise<void> {
  // Vitest sets NODE_ENV=test, and a `vite build` that inherits it bundles React's development
  // build (https://vite.dev/guide/env-and-mode#node-env-and-modes): the build a person gets has
  // NODE_ENV=production.
  const env = { ...process.env, NODE_ENV: 'production' }
  return new Promise((resolve, reject) => {
    const args = ['build', ...buildArgs(options), '--emptyOutDir', '--logLevel', 'warn']
    execFile(vite, args, { cwd: appDir, env }, (error, stdout, stderr) => {
      const said = stripVTControlCharacters(`${stdout}${stderr}`).trim()
      if (error) reject(new Error(`vite build failed:\n${said}`))
      else if (said !== '') reject(new Error(`vite build warned:\n${said}`))
      else resolve()
    })
  })
}

/** Serves the built playground with `vite preview` on a free port, under the build's `base`. */
export async function serveBuiltPlayground(options: PlaygroundBuildOptions = {}): Promise<ServedPlayground> {
  const port = await freePort()
  const args = ['preview', ...buildArgs(options), '--port', String(port), '--strictPort', '--host', '127.0.0.1']
  const child = spawn(vite, args, {
    cwd: appDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite preview did not start within 30 s:\n${output}`)), 30_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Local:\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(output))
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => reject(new Error(`vite preview exited (${code}):\n${output}`)))
  })
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/** Opens the served playground in `page` and waits for its heading (the page renders once the mock's worker is in control). */
export async function openPlayground(page: Page, served: ServedPlayground): Promise<void> {
  await page.goto(served.url)
  await page.getByRole('heading', { name: 'Briq interactive playground' }).waitFor()
}
