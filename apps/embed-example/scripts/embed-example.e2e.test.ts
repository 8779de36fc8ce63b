import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { PROXY_HEADERS_TOO_LARGE, PROXY_ORIGIN_NOT_ALLOWED } from '@briq-interactive/core'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { type Browser, chromium, type Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium-path.ts'
import { MOCK_API_KEY } from '../server-config.ts'

// The example run as its README says: the page built with Vite, `node server.ts` serving it
// beside the proxy, the standalone mock as Briq; a person sends from the page in Chromium.
const appDir = fileURLToPath(new URL('..', import.meta.url))

interface Running {
  url: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * `vite build`, resolving with the warnings it printed. Without the test run's NODE_ENV=test, as
 * a person's shell runs it: with it, Vite bundles React's development build (over 1000 kB) and
 * warns about the chunk's size.
 */
function build(): Promise<string> {
  const { NODE_ENV: _, ...env } = process.env
  return new Promise((resolve, reject) => {
    execFile(
      `${appDir}node_modules/.bin/vite`,
      ['build', '--logLevel', 'warn'],
      { cwd: appDir, env },
      (error, out, err) => (error ? reject(new Error(`vite build failed:\n${out}${err}`)) : resolve(`${out}${err}`)),
    )
  })
}

/** `node server.ts` with `env`, once it prints where the page is. */
function startServer(env: Record<string, string>): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, ['server.ts'], {
    cwd: appDir,
    env: { PATH: process.env.PATH, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server.ts did not start within 20 s:\n${output}`)), 20_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Admin page at (http:\/\/\S+?)\/ /.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({ url: match[1], output: () => output, stop })
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server.ts exited (${code}):\n${output}`))
    })
  })
}

/**
 * Presses Send on the page and sends to the mock's customer Amina once the dialog has shown what
 * its look-ups bring; resolves with "Message sent".
 */
async function sendToAmina(page: Page) {
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Send message' })
  await dialog.getByRole('textbox', { name: "Customer's WhatsApp number" }).fill('0712 345 678')
  // Send is pressed once the dialog has settled, as a person presses it: each look-up's answer
  // (the recent conversations, "Send from", the number's 24-hour window) adds or takes a line
  // above Send. One landing between the click's mousedown and mouseup moved Send 79 px down, the
  // mouseup fell outside it, and no click was sent at all: the dialog stayed as it was.
  await dialog
    .getByRole('combobox', { name: 'Send to' })
    .getByRole('option', { name: /^Amina Juma/ })
    .waitFor({ state: 'attached' })
  await dialog.getByText(/^The customer wrote in the last 24 hours/).waitFor()
  await dialog.getByRole('button', { name: 'Send', exact: true }).click()
  const sent = dialog.getByRole('region', { name: 'Message sent' })
  await sent.waitFor({ timeout: 15_000 })
  return sent
}

/**
 * A send as a TLS-terminating reverse proxy passes on one from https://shop.example.co.tz: that
 * Origin, with the `X-Forwarded-Proto` and `X-Forwarded-Host` saying so.
 */
function sendFromForwardedOrigin(pageUrl: string): Promise<Response> {
  return fetch(`${pageUrl}/api/briq/v1/whatsapp/messages/interactive`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: 'https://shop.example.co.tz',
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-Host': 'shop.example.co.tz',
    },
    body: JSON.stringify({
      to: '255712345678',
      interactive: {
        type: 'button',
        body: { text: 'Karibu' },
        action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] },
      },
    }),
  })
}

let mock: MockHttpServer
let browser: Browser
let buildWarnings = ''
beforeAll(async () => {
  buildWarnings = await build()
  mock = await startMockHttpServer({ port: 0, seed: 'embed-example' })
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await mock?.close()
})

describe('the embedding example', () => {
  it("builds its page without a warning, as the README's first step runs it", () => {
    expect(buildWarnings).toBe('')
  })

  it('serves the page; a send from the composer goes through the proxy and reaches the mock', async () => {
    const server = await startServer({ BRIQ_UPSTREAM: mock.url })
    try {
      expect(server.output()).toContain(`sending through /api/briq to the mock at ${mock.url}`)
      const html = await (await fetch(server.url)).text()
      expect(html).not.toContain(MOCK_API_KEY)
      // Without TRUST_PROXY a client's X-Forwarded-* claim no address: another origin stays refused.
      const claimed = await sendFromForwardedOrigin(server.url)
      expect(claimed.status).toBe(403)
      expect(await claimed.json()).toMatchObject({ errors: [{ code: PROXY_ORIGIN_NOT_ALLOWED }] })
      // Headers over node's 16 KB (a site's cookies, most often): the proxy's envelope
      // (boundProxyServer), not node's bare status line, on the proxy's path and the page's.
      for (const path of ['/api/briq/v1/whatsapp/senders', '/']) {
        const cookies = await fetch(`${server.url}${path}`, { headers: { Cookie: `s=${'c'.repeat(20_000)}` } })
        expect(cookies.status, path).toBe(431)
        expect(await cookies.json(), path).toMatchObject({ errors: [{ code: PROXY_HEADERS_TOO_LARGE }] })
      }
      const page = await browser.newPage()
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(error.message))
      // What a developer sees in the console on the page they copy (a 404 for the icon included).
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text())
      })
      await page.goto(server.url)
      await page.getByRole('heading', { name: 'Send a WhatsApp message' }).waitFor()
      const sent = await sendToAmina(page)
      const messageId = await sent.locator('code').first().textContent()
      expect(mock.mock.state().messages.some((message) => message.id === messageId)).toBe(true)
      expect(problems).toEqual([])
      await page.close()
    } finally {
      await server.stop()
    }
  }, 60_000)

  it('behind a reverse proxy at a path prefix (BASE_PATH, TRUST_PROXY), the same build sends there', async () => {
    const server = await startServer({ BRIQ_UPSTREAM: mock.url, BASE_PATH: '/whatsapp', TRUST_PROXY: '1' })
    try {
      expect(server.url).toMatch(/\/whatsapp$/)
      expect(server.output()).toContain(`sending through /whatsapp/api/briq to the mock at ${mock.url}`)
      // A send from the page at https://shop.example.co.tz/whatsapp/: its origin is the forwarded
      // one, not http://127.0.0.1.
      expect((await sendFromForwardedOrigin(server.url)).status).toBe(202)
      const page = await browser.newPage()
      const outside: string[] = []
      page.on('request', (request) => {
        if (!new URL(request.url()).pathname.startsWith('/whatsapp/')) outside.push(request.url())
      })
      const failed: string[] = []
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`HTTP ${response.status()}: ${response.url()}`)
      })
      // As typed, without the trailing slash: the server redirects to /whatsapp/.
      await page.goto(server.url)
      await sendToAmina(page)
      expect(new URL(page.url()).pathname).toBe('/whatsapp/')
      expect(outside).toEqual([new URL(server.url).href])
      expect(failed).toEqual([])
      await page.close()
    } finally {
      await server.stop()
    }
  }, 60_000)

  it('with ADMIN_PASSWORD, the page and the proxy ask to sign in, and signed in it sends', async () => {
    const server = await startServer({ BRIQ_UPSTREAM: mock.url, ADMIN_PASSWORD: 'kariakoo-42' })
    try {
      expect((await fetch(server.url)).status).toBe(401)
      const send = await fetch(`${server.url}/api/briq/v1/whatsapp/senders`)
      expect(send.status).toBe(401)
      const context = await browser.newContext({ httpCredentials: { username: 'admin', password: 'kariakoo-42' } })
      const page = await context.newPage()
      await page.goto(server.url)
      await sendToAmina(page)
      await context.close()
    } finally {
      await server.stop()
    }
  }, 60_000)

  // Node starting server.ts (TypeScript, Express and the kit loaded) took over Vitest's default 5 s
  // on two cores under load 25; startServer allows a start 20 s, as the tests above.
  it('refuses to start with a real key but no ADMIN_PASSWORD, saying why', async () => {
    await expect(startServer({ BRIQ_API_KEY: 'a-real-key' })).rejects.toThrow(/ADMIN_PASSWORD is required/)
  }, 30_000)
})
