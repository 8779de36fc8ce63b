import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const appDir = fileURLToPath(new URL('..', import.meta.url))
const KEY = 'briq_live_SECRET_K3Y_7f3a9c1e5d'
const PASSWORD = 'admin-pass-4d2b9e'

/** `node server.ts` with `env`, run until it stops: its exit code and all it printed. */
function run(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['server.ts'],
      {
        cwd: appDir,
        env: { PATH: process.env.PATH, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE, ...env },
        timeout: 60_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, output: stdout + stderr }),
    )
  })
}

// A secret pasted into the wrong variable of an env file: the error that refuses the value, or
// node's when it cannot listen there, must not print it (briq-proxy says its own so too).
// Each test starts `node server.ts`, which loads TypeScript, Express and the kit before it reads
// its settings: 0.3–0.5 s on a quiet machine, past Vitest's 5 s default under load on two cores.
// The test waits as long as run() lets the process run.
describe('server.ts refusing a setting', { timeout: 60_000 }, () => {
  it.each([
    ['PORT', KEY, 'PORT must be a port number'],
    ['BASE_PATH', KEY, 'BASE_PATH must be a path'],
    ['TRUST_PROXY', PASSWORD, 'TRUST_PROXY must be 1'],
    ['HOST', KEY, 'getaddrinfo'],
  ])('holding a secret (%s) stops without printing it', async (name, value, said) => {
    const { code, output } = await run({ BRIQ_API_KEY: KEY, ADMIN_PASSWORD: PASSWORD, PORT: '0', [name]: value })
    expect(code).toBe(1)
    expect(output).toContain(said)
    expect(output).toContain('[redacted]')
    expect(output).not.toContain(value)
  })

  // docker run --env-file keeps an env file's quotes: the secret is set as `'…'`, the wrong
  // variable holds it bare, and its error quotes it with `"…"`.
  it.each([
    ['PORT', { BRIQ_API_KEY: `'${KEY}'`, ADMIN_PASSWORD: PASSWORD }, KEY],
    ['TRUST_PROXY', { BRIQ_API_KEY: KEY, ADMIN_PASSWORD: `'${PASSWORD}'` }, PASSWORD],
  ])('holding a secret set in quotes elsewhere (%s) stops without printing it', async (name, secrets, value) => {
    const { code, output } = await run({ ...secrets, PORT: '0', [name]: value })
    expect(code).toBe(1)
    expect(output).toContain(`${name} must be`)
    expect(output).toContain('[redacted]')
    expect(output).not.toContain(value)
  })
})
