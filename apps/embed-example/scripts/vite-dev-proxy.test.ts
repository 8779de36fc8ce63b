import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { PROXY_ORIGIN_NOT_ALLOWED } from '@briq-interactive/core'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { createBriqProxy } from '@briq-interactive/proxy'
import { toNodeHandler } from '@briq-interactive/proxy/node'
import { createServer as createViteServer, type ProxyOptions, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MOCK_API_KEY } from '../server-config.ts'

// "While you work on the page": the README's `server.proxy` entry, as a reader pastes it into
// vite.config.ts, forwards a send from the dev server's page to `node server.ts` and the proxy
// there takes it. Vite reads a bare target string as `changeOrigin: true`, which rewrites `Host`
// and so has the proxy refuse every send from the page (403 PROXY_ORIGIN_NOT_ALLOWED).
const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')

/** The value the README gives `'/api/briq'` in `server: { proxy: { … } }`, as its source text. */
function documentedEntry(): string {
  const match = /`server: \{ proxy: \{ '\/api\/briq':\s+(.+?) \} \}`/s.exec(readme)
  if (!match?.[1]) throw new Error('the README no longer shows a server.proxy entry for /api/briq')
  return match[1]
}

/** That entry with its target moved to `target` (the README's says port 3000). */
function entryFor(source: string, target: string): string | ProxyOptions {
  const value = new Function(`return (${source})`)() as string | ProxyOptions
  expect(typeof value === 'string' ? value : value.target).toBe('http://127.0.0.1:3000')
  return typeof value === 'string' ? target : { ...value, target }
}

const send = {
  to: '255712345678',
  interactive: {
    type: 'button',
    body: { text: 'Karibu' },
    action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] },
  },
}

describe('the README’s Vite dev-server proxy', () => {
  let mock: MockHttpServer
  let server: Server
  let serverUrl: string
  const vites: ViteDevServer[] = []

  beforeAll(async () => {
    mock = await startMockHttpServer({ port: 0 })
    // server.ts's proxy with no ADMIN_PASSWORD: the mock's key, no sign-in, its own origin check.
    const proxy = toNodeHandler(
      createBriqProxy({ apiKey: MOCK_API_KEY, upstream: mock.url, basePath: '/api/briq', allowAnonymous: true }),
    )
    server = createServer((request, response) => void proxy(request, response))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await Promise.all(vites.map((vite) => vite.close()))
    await new Promise((resolve) => server?.close(resolve))
    await mock?.close()
  })

  /** A send posted by the dev server's page, through a dev server forwarding `/api/briq` with `entry`. */
  async function sendThrough(entry: string | ProxyOptions) {
    const vite = await createViteServer({
      configFile: false,
      root: import.meta.dirname,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', proxy: { '/api/briq': entry } },
    })
    vites.push(vite)
    await vite.listen()
    const origin = `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`
    const response = await fetch(`${origin}/api/briq/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin, 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify(send),
    })
    return { status: response.status, body: (await response.json()) as { errors: { code: string }[] | null } }
  }

  it('forwards a send from the page that the proxy takes (202)', async () => {
    const { status, body } = await sendThrough(entryFor(documentedEntry(), serverUrl))
    expect(body.errors).toBeNull()
    expect(status).toBe(202)
  })

  it('says why not the short form: Vite gives a bare target string changeOrigin, and the send is refused', async () => {
    expect(readme).toContain("Not the short form `'/api/briq': 'http://127.0.0.1:3000'`")
    const { status, body } = await sendThrough(serverUrl)
    expect(status).toBe(403)
    expect(body.errors?.[0]?.code).toBe(PROXY_ORIGIN_NOT_ALLOWED)
  })
})
