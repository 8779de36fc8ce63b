// Starts the playground's Vite dev server (or uses SMOKE_URL), opens it in headless Chromium,
// sends the example message to the in-browser mock, answers as the customer and saves a
// screenshot to test-artifacts/playground/. Fails on any console error or warning, or page error.
//   node apps/playground/scripts/smoke-dev-server.ts
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import { chromium } from 'playwright'
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium-path.ts'

const appDir = fileURLToPath(new URL('..', import.meta.url))
const rootDir = fileURLToPath(new URL('../../..', import.meta.url))
const artifacts = `${rootDir}test-artifacts/playground`
const port = process.env.SMOKE_PORT ?? '5199'

async function startDevServer(): Promise<{ url: string; stop: () => void }> {
  // The vite binary directly (not via pnpm exec), so stopping it does not make pnpm report a failure.
  const child = spawn(`${appDir}node_modules/.bin/vite`, ['--port', port, '--strictPort'], {
    cwd: appDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite did not start within 30 s:\n${output}`)), 30_000)
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
    child.once('exit', (code) => reject(new Error(`vite exited (${code}):\n${output}`)))
  })
  return { url, stop: () => child.kill('SIGTERM') }
}

const server = process.env.SMOKE_URL ? { url: process.env.SMOKE_URL, stop: () => {} } : await startDevServer()
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
const problems: string[] = []
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } })
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.goto(server.url)
  await page.getByRole('heading', { name: 'Briq interactive playground' }).waitFor()
  const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)
  console.log(`service worker: ${controller}`)

  const form = page.getByRole('form', { name: 'Send message' })
  await form.getByRole('button', { name: 'Send', exact: true }).click()
  const sent = form.getByRole('region', { name: 'Message sent' })
  const id = await sent.locator('code').first().textContent({ timeout: 10_000 })
  console.log(`sent: message ${id}`)
  await form.locator('li[aria-current="step"]', { hasText: 'Read' }).waitFor({ timeout: 15_000 })
  console.log('status: read')
  await page
    .getByRole('region', { name: 'WhatsApp message preview' })
    .getByRole('button', { name: 'Kesho asubuhi' })
    .click()
  await sent.getByText('The customer replied: Kesho asubuhi').waitFor({ timeout: 10_000 })
  console.log('reply: Kesho asubuhi')
  mkdirSync(artifacts, { recursive: true })
  await page.screenshot({ path: `${artifacts}/dev-send-reply.png`, fullPage: true })
  console.log(`screenshot: ${artifacts}/dev-send-reply.png`)
} finally {
  await browser.close()
  server.stop()
}
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log('smoke: ok, no console errors or warnings')
