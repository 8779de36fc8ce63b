import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium-path.ts'
import {
  buildPlayground,
  openPlayground,
  type ServedPlayground,
  serveBuiltPlayground,
} from './serve-built-playground.ts'

// The playground as a team publishes it beside other tools: built for a sub-path
// (`vite build --base /tools/composer/`), served there, the mock answering from its worker.
// Built into a folder of its own, so it never races the root build of built-playground.e2e.test.ts.
const base = '/tools/composer/'
const outDir = mkdtempSync(join(tmpdir(), 'playground-sub-path-'))

let served: ServedPlayground
let browser: Browser
let page: Page
const problems: string[] = []

beforeAll(async () => {
  await buildPlayground({ base, outDir })
  served = await serveBuiltPlayground({ base, outDir })
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  page = await browser.newPage()
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  await openPlayground(page, served)
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await served?.stop()
  rmSync(outDir, { recursive: true, force: true })
})

describe('the playground built for a sub-path', () => {
  it('is served under that path', () => {
    expect(new URL(served.url).pathname).toBe(base)
  })

  it('registers the mock’s worker from beside the page, not from the site’s root', async () => {
    const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)
    expect(worker).toBe(new URL(`${base}mockServiceWorker.js`, served.url).href)
  })

  it('sends the example to the open-window number through the in-page mock', async () => {
    const form = page.getByRole('form', { name: 'Send message' })
    await form.getByRole('textbox', { name: "Customer's WhatsApp number" }).fill('0712 345 678')
    // Pressed once the look-ups have answered (Amina under "Send to", her window's note): each
    // adds or takes a line above Send, and one landing mid-click moves Send from under its mouseup.
    await form
      .getByRole('combobox', { name: 'Send to' })
      .getByRole('option', { name: /^Amina Juma/ })
      .waitFor({ state: 'attached' })
    await form.getByText(/^The customer wrote in the last 24 hours/).waitFor()
    await form.getByRole('button', { name: 'Send', exact: true }).click()
    await form.getByRole('region', { name: 'Message sent' }).waitFor({ timeout: 15_000 })
  }, 30_000)

  it('logged nothing to the console and asked for nothing it could not have', () => {
    expect(problems).toEqual([])
  })
})
