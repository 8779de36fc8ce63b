import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { DEFAULT_API_KEY, type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const BIN = fileURLToPath(new URL('./briq-proxy.ts', import.meta.url))

// The README's curl walkthrough of the runnable server, run as written (only the port and the
// scratch file move) against the bin started as the README starts it, in front of the mock, so
// a reader who pastes the block gets what its comments say.
describe('the README curl walkthrough of briq-proxy', { timeout: 30_000 }, () => {
  let mock: MockHttpServer
  let proxy: ChildProcess
  let port: string
  let dir: string
  beforeAll(async () => {
    mock = await startMockHttpServer({ port: 0, seed: 'readme' })
    dir = await mkdtemp(join(tmpdir(), 'briq-proxy-readme-'))
    proxy = spawn(process.execPath, [BIN], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE,
        BRIQ_API_KEY: DEFAULT_API_KEY,
        BRIQ_UPSTREAM: mock.url,
        PROXY_TOKEN: 't',
        PORT: '0',
      },
      stdio: 'pipe',
    })
    let output = ''
    proxy.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    proxy.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    for (;;) {
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)
      if (match?.[1]) {
        port = match[1]
        break
      }
      if (proxy.exitCode !== null) throw new Error(`briq-proxy exited: ${output}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })
  afterAll(async () => {
    proxy.kill()
    await mock.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('sends, reads the status by the id it kept, and is refused three ways', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
    const block = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
      .map((match) => match[1]!)
      .find((text) => text.includes('# a valid send'))
    expect(block).toBeDefined()
    const script = block!
      .replaceAll('http://localhost:8787', `http://localhost:${port}`)
      .replaceAll('/tmp/briq-proxy-send.json', join(dir, 'send.json'))
    expect(script).not.toContain(':8787')
    const { stdout } = await run('sh', ['-c', script], { timeout: 20_000 })
    expect(stdout).toMatch(/^202\n\{"success":true,"data":\{"message_id":"[0-9a-f-]{36}"/)
    // The status read by the kept id: the message itself, not a 404 or a 422 on its id.
    expect(stdout).toContain('"is_outbound":true')
    expect(stdout).toMatch(/HTTP\/1\.1 401[\s\S]*"code":"PROXY_UNAUTHORIZED"/)
    expect(stdout).toMatch(/HTTP\/1\.1 404[\s\S]*"code":"PROXY_NOT_FOUND"/)
    expect(stdout).toMatch(/HTTP\/1\.1 422[\s\S]*"field":"interactive\.action\.buttons\.0\.reply\.title"/)
  })
})
