import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('./briq-mock.ts', import.meta.url))

// Starts the real bin with Node (type stripping, as `pnpm mock` does) and waits for its URL.
async function startBin(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk) => {
    output += chunk
  })
  child.stderr!.on('data', (chunk) => {
    output += chunk
  })
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      // The banner ends with the "try:" line; wait for all of it.
      const match = /at (http:\/\/\S+)/.exec(output)
      if (match && output.includes('try: curl')) resolve(match[1]!)
    }
    child.stdout!.on('data', check)
    child.once('exit', (code) => reject(new Error(`briq-mock exited with ${code}: ${output}`)))
  })
  return { child, url, output: () => output }
}

describe('briq-mock bin', () => {
  let child: ChildProcess | undefined
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL')
    child = undefined
  })

  it('serves the API, prints the URL and the mock key, and exits 0 on SIGTERM', async () => {
    const started = await startBin(['--seed', 'bin', '--scenario', 'window-closed'])
    child = started.child
    expect(started.output()).toContain('X-API-Key: mock-api-key')
    const res = await fetch(`${started.url}/v1/whatsapp/senders`, { headers: { 'x-api-key': 'mock-api-key' } })
    expect(res.status).toBe(200)
    const scenario = await fetch(`${started.url}/__mock/scenario`).then((r) => r.json())
    expect(scenario.data.scenario).toBe('window-closed')
    started.child.kill('SIGTERM')
    const [code] = await once(started.child, 'exit')
    expect(code).toBe(0)
  }, 20_000)

  it('checks sends with the validation options given by flag (--extended-list-body)', async () => {
    const started = await startBin(['--strict', '--extended-list-body'])
    child = started.child
    const longList = {
      type: 'list',
      body: { text: 'a'.repeat(2000) },
      action: { button: 'Choose', sections: [{ rows: [{ id: 'one', title: 'One' }] }] },
    }
    const res = await fetch(`${started.url}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'x-api-key': 'mock-api-key', 'content-type': 'application/json' },
      body: JSON.stringify({ to: '255712345678', interactive: longList }),
    })
    expect(res.status).toBe(202)
  }, 20_000)

  it('exits 2 with the usage on a bad option', async () => {
    const bad = spawn(process.execPath, [BIN, '--scenario', 'chaos'], { stdio: ['ignore', 'pipe', 'pipe'] })
    child = bad
    let stderr = ''
    bad.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const [code] = await once(bad, 'exit')
    expect(code).toBe(2)
    expect(stderr).toContain('--scenario must be one of')
    expect(stderr).toContain('Usage: briq-mock')
  }, 20_000)
})
