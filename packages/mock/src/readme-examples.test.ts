import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockHttpServer, startMockHttpServer } from './server/create-http-server.ts'

const run = promisify(execFile)

// The README's curl walkthrough, run as written (only the base URL and the scratch file move)
// against a real server, so the examples cannot drift from what the mock answers.
describe('README curl examples', () => {
  let running: MockHttpServer
  let dir: string
  beforeAll(async () => {
    running = await startMockHttpServer({ port: 0, seed: 'readme' })
    dir = await mkdtemp(join(tmpdir(), 'briq-readme-'))
  })
  afterAll(async () => {
    await running.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('all work: send, poll, reply, window, template, scenario, fault, reads, reset', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
    const block = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
      .map((match) => match[1]!)
      .find((text) => text.includes("K='X-API-Key: mock-api-key'"))
    expect(block).toBeDefined()
    const script = block!
      .replace('B=http://127.0.0.1:4010', `B=${running.url}`)
      .replaceAll('/tmp/briq-send.json', join(dir, 'send.json'))
    // A word boundary: the free port picked may itself start with 4010 (40101).
    expect(script).not.toMatch(/127\.0\.0\.1:4010\b/)
    const { stdout } = await run('sh', ['-c', script], { timeout: 15_000 })
    expect(stdout).toContain('"status":"pending"')
    expect(stdout).toContain('"button_reply":{"id":"yes","title":"Yes"}')
    expect(stdout).toContain('"reply":{')
    expect(stdout).toContain('"code":"WINDOW_CLOSED"')
    expect(stdout).toMatch(/HTTP\/1\.1 429[\s\S]*retry-after: 2/i)
    expect(stdout).toContain('"code":"INTERNAL_ERROR"')
    expect(stdout).toContain('"recipient_phone":"255787654321"')
    expect(stdout).toContain('"reset":true')
    for (const unexpected of ['NOT_FOUND', 'VALIDATION_ERROR', 'UNAUTHORIZED', 'METHOD_NOT_ALLOWED']) {
      expect(stdout).not.toContain(unexpected)
    }
  })
})
