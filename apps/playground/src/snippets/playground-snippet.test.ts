// @vitest-environment node
import { execFile } from 'node:child_process'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlaygroundConnection } from '../connection.ts'
import { playgroundSnippet, STANDALONE_MOCK_ORIGIN } from './playground-snippet.ts'

const mockConnection: PlaygroundConnection = { mode: 'mock', endpoint: '/api/briq', headers: {} }
const proxyConnection: PlaygroundConnection = {
  mode: 'proxy',
  endpoint: 'https://shop.example/api/briq',
  headers: { Authorization: 'Bearer dev-token' },
}
const request = { to: '255712345678', interactive: INTERACTIVE_EXAMPLES.button }

let server: MockHttpServer
beforeAll(async () => {
  server = await startMockHttpServer({ port: 0, seed: 'playground-curl' })
})
afterAll(() => server.close())

function sh(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', command], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

describe('Copy as curl in mock mode', () => {
  it('says in its first line that it calls `pnpm mock` on 127.0.0.1:4010 with the public mock key', () => {
    const command = playgroundSnippet('curl', request, mockConnection, 'http://localhost:5173')
    const [first, second] = command.split('\n')
    expect(first).toMatch(
      /^# .*`pnpm mock`.*http:\/\/127\.0\.0\.1:4010.*mock-api-key is its public test key, not a secret/,
    )
    expect(second).toBe(`curl -X POST '${STANDALONE_MOCK_ORIGIN}/v1/whatsapp/messages/interactive' \\`)
    expect(command).toContain(`-H 'X-API-Key: ${DEFAULT_API_KEY}'`)
  })

  it('works as run from a terminal against the standalone mock (here on a free port)', async () => {
    const command = playgroundSnippet('curl', request, mockConnection, 'http://localhost:5173').replaceAll(
      STANDALONE_MOCK_ORIGIN,
      server.url,
    )
    const run = await sh(`${command} --silent --show-error --write-out '\\n%{http_code}'`)
    expect(run.stderr).toBe('')
    const [body, status] = run.stdout.trim().split('\n').slice(-2)
    expect(status).toBe('202')
    const messageId = JSON.parse(body ?? '{}').data?.message_id as string
    expect(server.mock.state().messages.some((message) => message.id === messageId)).toBe(true)
  })
})

describe('Copy as fetch in mock mode', () => {
  it('carries the public mock key, so it runs in the page’s console against its mock (here the standalone one)', async () => {
    const code = playgroundSnippet('fetch', request, mockConnection, 'http://localhost:5173')
    expect(code.split('\n')[0]).toMatch(/^\/\/ .*mock-api-key is its public test key, not a secret/)
    expect(code).toContain(`"X-API-Key": "${DEFAULT_API_KEY}"`)
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor
    const logged: unknown[] = []
    await new AsyncFunction('console', code.replaceAll('http://localhost:5173', server.url))({
      log: (value: unknown) => logged.push(value),
    })
    expect(logged).toMatchObject([{ success: true, data: { status: 'pending' } }])
  })
})

describe('the snippets against a proxy', () => {
  it('never print a key or token, and use the page’s endpoint', () => {
    const curl = playgroundSnippet('curl', request, proxyConnection, 'https://shop.example')
    const fetch = playgroundSnippet('fetch', request, proxyConnection, 'https://shop.example')
    for (const code of [curl, fetch]) {
      expect(code).toContain('https://shop.example/api/briq/v1/whatsapp/messages/interactive')
      expect(code).not.toContain('dev-token')
      expect(code).not.toContain(DEFAULT_API_KEY)
    }
  })

  it('say which header the proxy needs when the page sends a token, so the copy does not just answer 401', () => {
    for (const kind of ['curl', 'fetch'] as const) {
      const code = playgroundSnippet(kind, request, proxyConnection, 'https://shop.example')
      expect(code).toContain('The Authorization header is not printed')
      expect(code).not.toContain('dev-token')
      const open = playgroundSnippet(kind, request, { ...proxyConnection, headers: {} }, 'https://shop.example')
      expect(open).not.toContain('Authorization')
    }
  })
})
