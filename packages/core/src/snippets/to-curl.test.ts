import { describe, expect, it } from 'vitest'
import type { SnippetRequest } from './snippet-options.ts'
import { toCurl } from './to-curl.ts'

interface ShellRun {
  status: number
  args: string[]
  stderr: string
}

interface ChildProcessModule {
  spawnSync(
    command: string,
    args: string[],
    options: { env: Record<string, string>; encoding: 'utf8' },
  ): { status: number | null; stdout: string; stderr: string }
}

// Core's tsconfig has no Node types on purpose (core runs in browsers); only this test needs Node.
const CHILD_PROCESS = 'node:child_process'

/**
 * Runs the command with POSIX sh, where `curl` is a function printing each argument it gets,
 * NUL-terminated: the arguments are exactly what the real curl would receive.
 */
async function runWithShell(command: string, env: Record<string, string>): Promise<ShellRun> {
  const { spawnSync } = (await import(/* @vite-ignore */ CHILD_PROCESS)) as ChildProcessModule
  const script = `curl() { for arg in "$@"; do printf '%s\\000' "$arg"; done; }\n${command}`
  const run = spawnSync('/bin/sh', ['-c', script], { env, encoding: 'utf8' })
  return { status: run.status ?? -1, args: run.stdout.split('\0').slice(0, -1), stderr: run.stderr }
}

const tricky: SnippetRequest = {
  to: '255712345678',
  interactive: {
    type: 'button',
    body: {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${HOME} the shell must not expand
      text: "It's *$5* today — `echo hi` $(rm -rf /) ${HOME} \"quoted\" \\ back\nnew line 😀🇹🇿 '' !event \u2028 \ud800",
    },
    action: { buttons: [{ type: 'reply', reply: { id: "a'b", title: 'Yes 👍' } }] },
  },
}

describe('toCurl', () => {
  it('posts to Briq with the key read from $BRIQ_API_KEY, and the exact JSON arrives', async () => {
    const command = toCurl(tricky, { target: 'briq' })
    expect(command).toContain('-H "X-API-Key: $BRIQ_API_KEY"')
    const run = await runWithShell(command, { BRIQ_API_KEY: 'key-from-env' })
    expect(run.status).toBe(0)
    expect(run.args).toEqual([
      '-X',
      'POST',
      'https://karibu.briq.tz/v1/whatsapp/messages/interactive',
      '-H',
      'Content-Type: application/json',
      '-H',
      'X-API-Key: key-from-env',
      '--data-raw',
      JSON.stringify(tricky, null, 2),
    ])
    expect(JSON.parse(run.args[8] as string)).toEqual(tricky)
  })

  it('posts to an absolute proxy endpoint with the route appended once', async () => {
    for (const endpoint of ['https://shop.example/api/briq', 'https://shop.example/api/briq/']) {
      const run = await runWithShell(toCurl(tricky, { endpoint }), {})
      expect(run.args[2]).toBe('https://shop.example/api/briq/v1/whatsapp/messages/interactive')
    }
  })

  it('never prints a secret header: dropped for the proxy, the placeholder for Briq', async () => {
    const headers = { Authorization: 'Bearer sk-live-secret', 'x-api-key': 'sk-live-secret', Cookie: 'session=secret' }
    const proxy = toCurl(tricky, { endpoint: 'https://shop.example/api/briq', headers })
    const briq = toCurl(tricky, { target: 'briq', headers })
    for (const command of [proxy, briq]) expect(command).not.toMatch(/secret/)
    expect(proxy).toContain("# The Authorization header is not printed: add yours with -H 'Authorization: …'.")
    expect((await runWithShell(proxy, {})).args.filter((arg) => arg === '-H')).toHaveLength(1)
    const briqArgs = (await runWithShell(briq, { BRIQ_API_KEY: 'k' })).args
    expect(briqArgs.filter((arg) => /^x-api-key:/i.test(arg))).toEqual(['X-API-Key: k'])
  })

  it('passes other headers through shell-safely and keeps its own Content-Type', async () => {
    const headers = { 'X-Trace': "it's $HOME `x`", 'Content-Type': 'text/plain', Host: 'evil.example' }
    const run = await runWithShell(toCurl(tricky, { endpoint: 'https://shop.example/b', headers }), {})
    expect(run.args.slice(3, 7)).toEqual(['-H', 'Content-Type: application/json', '-H', "X-Trace: it's $HOME `x`"])
    expect(run.args).toHaveLength(9)
  })

  it('reads a relative endpoint origin from $APP_ORIGIN, and stops with a message without it', async () => {
    const command = toCurl(tricky, { endpoint: '/api/briq' })
    expect(command.split('\n')[0]).toBe(
      '# /api/briq/v1/whatsapp/messages/interactive is relative to your app: export APP_ORIGIN=https://your-app.example first.',
    )
    const withOrigin = await runWithShell(command, { APP_ORIGIN: 'https://app.example' })
    expect(withOrigin.args[2]).toBe('https://app.example/api/briq/v1/whatsapp/messages/interactive')
    const withoutOrigin = await runWithShell(command, {})
    expect(withoutOrigin.status).not.toBe(0)
    expect(withoutOrigin.args).toEqual([])
    expect(withoutOrigin.stderr).toContain('set APP_ORIGIN to your app origin')
  })

  it('uses the origin option for a relative endpoint', async () => {
    const command = toCurl(tricky, { endpoint: '/api/briq', origin: 'https://shop.example/ignored/path' })
    expect(command).not.toContain('APP_ORIGIN')
    expect((await runWithShell(command, {})).args[2]).toBe(
      'https://shop.example/api/briq/v1/whatsapp/messages/interactive',
    )
  })
})
