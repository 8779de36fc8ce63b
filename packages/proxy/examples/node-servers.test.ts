import { fileURLToPath } from 'node:url'
import { SEND_REQUEST } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { pipelinedAnswers, sendExpectingContinue } from '@briq-interactive/test-sockets'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  EXAMPLE_TOKEN,
  expectExampleProxies,
  failedStart,
  type RunningExample,
  startExample,
} from '../src/testing/example-checks.ts'

// The Express and Hono examples exactly as the README shows them, each run as its own Node
// process (as a user runs it) against the standalone mock.
let mock: MockHttpServer
beforeAll(async () => {
  mock = await startMockHttpServer({ port: 0, seed: 'node-examples', clock: 'manual' })
})
afterAll(async () => {
  await mock.close()
})

const examples = [
  ['Express 5', fileURLToPath(new URL('./express.ts', import.meta.url))],
  ['Hono on Node', fileURLToPath(new URL('./hono-node.ts', import.meta.url))],
] as const

describe.each(examples)('the %s example', (_name, file) => {
  let running: RunningExample
  beforeAll(async () => {
    running = await startExample(file, {
      BRIQ_API_KEY: DEFAULT_API_KEY,
      BRIQ_UPSTREAM: mock.url,
      PROXY_TOKEN: EXAMPLE_TOKEN,
      PORT: '0',
    })
  }, 60_000)
  afterAll(async () => {
    await running?.stop()
  })

  it('forwards a valid send (202), refuses an invalid one (422) and a foreign origin (403)', async () => {
    await expectExampleProxies((path, init) => fetch(`${running.url}${path}`, init))
  })

  it('refuses a declared body over the cap with 413 before inviting it (boundServer)', async () => {
    const exchange = await sendExpectingContinue(`${running.url}/api/briq/v1/whatsapp/messages/interactive`, {
      authorization: `Bearer ${EXAMPLE_TOKEN}`,
      'content-type': 'application/json',
      'content-length': String(10 * 1024 * 1024),
    })
    expect(exchange.first).toBe(413)
  })

  it("answers node's own refusals in the proxy's envelope, not a bare status line (boundProxyServer)", async () => {
    // Headers over node's 16 KB (a site's cookies, most often), over real fetch.
    const cookies = await fetch(`${running.url}/api/briq/v1/whatsapp/senders`, {
      headers: { authorization: `Bearer ${EXAMPLE_TOKEN}`, cookie: `session=${'c'.repeat(20_000)}` },
    })
    expect(cookies.status).toBe(431)
    expect(cookies.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await cookies.json()).toMatchObject({ errors: [{ code: 'PROXY_HEADERS_TOO_LARGE' }] })
    const [notHttp = ''] = await pipelinedAnswers(running.url, 'NOT HTTP\r\n\r\n', 1)
    expect(notHttp).toMatch(/^HTTP\/1\.1 400 [\s\S]*"code":"PROXY_BAD_REQUEST"/)
  })

  it('invites a body within the cap with 100 Continue and forwards it', async () => {
    const body = JSON.stringify(SEND_REQUEST)
    const exchange = await sendExpectingContinue(
      `${running.url}/api/briq/v1/whatsapp/messages/interactive`,
      {
        authorization: `Bearer ${EXAMPLE_TOKEN}`,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    )
    expect(exchange).toMatchObject({ first: 100, final: { status: 202 } })
  })

  it.each([
    ['PROXY_TOKEN', { BRIQ_API_KEY: DEFAULT_API_KEY }, 'PROXY_TOKEN'],
    ['BRIQ_API_KEY', { PROXY_TOKEN: EXAMPLE_TOKEN }, 'BRIQ_API_KEY'],
    ['either secret', {}, 'BRIQ_API_KEY, PROXY_TOKEN'],
    ['a blank PROXY_TOKEN', { BRIQ_API_KEY: DEFAULT_API_KEY, PROXY_TOKEN: ' ' }, 'PROXY_TOKEN'],
  ])(
    'refuses to start without %s, naming every variable missing',
    async (_case, secrets, named) => {
      const { code, output } = await failedStart(file, { ...secrets, PORT: '0' })
      expect(code).not.toBe(0)
      expect(output).toContain(`Missing environment: ${named}\n`)
      expect(output).not.toContain(DEFAULT_API_KEY)
    },
    60_000,
  )
})
