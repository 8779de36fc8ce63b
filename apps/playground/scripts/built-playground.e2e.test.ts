import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium-path.ts'
import {
  buildPlayground,
  openPlayground,
  type ServedPlayground,
  serveBuiltPlayground,
} from './serve-built-playground.ts'

// The playground as a person meets it: built with `vite build`, served by `vite preview`, in
// Chromium, the mock answering from its service worker with the real clock.
const artifacts = fileURLToPath(new URL('../../../test-artifacts/playground', import.meta.url))

let served: ServedPlayground
let browser: Browser
let page: Page
const problems: string[] = []

beforeAll(async () => {
  await buildPlayground()
  served = await serveBuiltPlayground()
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    // Chromium logs every 4xx answer; the page expects two: the closed window's refused send
    // (422) and the one sent while the mock plays "Too many messages at once" (429).
    if (/^Failed to load resource: .* status of 42[29]/.test(message.text())) return
    // Any other message is noise a person would see in their console: a warning is as much a
    // defect as an error, and React's development build announces itself ("Download the React
    // DevTools"), which the production build a person is served never does.
    problems.push(`console ${message.type()}: ${message.text()}`)
  })
  await openPlayground(page, served)
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await served?.stop()
})

const builder = () => page.getByRole('region', { name: 'Message builder' })
const sendForm = () => page.getByRole('form', { name: 'Send message' })
const preview = () => page.getByRole('region', { name: 'WhatsApp message preview' })

/**
 * Waits, as a person does before pressing Send, for what the form's look-ups bring for the
 * mock's customer Amina: her conversation under "Send to" and her 24-hour window's note. Each
 * answer adds or takes a line above Send; one landing between a click's mousedown and its
 * mouseup moves Send away, and Chromium then sends no click at all.
 */
async function settled() {
  await sendForm()
    .getByRole('combobox', { name: 'Send to' })
    .getByRole('option', { name: /^Amina Juma/ })
    .waitFor({ state: 'attached' })
  await sendForm()
    .getByText(/^The customer wrote in the last 24 hours/)
    .waitFor()
}

async function fill(name: string, text: string, scope = builder()) {
  const field = scope.getByRole('textbox', { name, exact: true })
  await field.fill(text)
}

describe('the built playground in Chromium', () => {
  it('is served with the mock’s service worker in control', async () => {
    const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)
    expect(worker).toBe(new URL('/mockServiceWorker.js', served.url).href)
  })

  it('composes a two-section list with the form alone, and keeps it across a reload', async () => {
    await builder().getByRole('combobox', { name: 'Message type' }).selectOption('list')
    await fill('List button label', 'Chagua njia')
    await builder().getByRole('button', { name: 'Add section' }).click()
    const section2 = builder().getByRole('group', { name: 'Section 2' })
    await fill('Section 1 title', 'Mabasi')
    await fill('Section 2 title', 'Vivuko', section2)
    await fill('Row 1 title', 'Kivukoni', section2)
    await expect.poll(() => preview().getByText('Chagua njia').count()).toBeGreaterThan(0)
    await page.reload()
    await page.getByRole('heading', { name: 'Briq interactive playground' }).waitFor()
    expect(await builder().getByRole('combobox', { name: 'Message type' }).inputValue()).toBe('list')
    expect(await builder().getByRole('textbox', { name: 'Section 2 title', exact: true }).inputValue()).toBe('Vivuko')
    await page.getByText('Your last draft was restored').waitFor()
  }, 60_000)

  it('sends to the open-window number, sees it reach Read, answers as the customer and sees the answer', async () => {
    await sendForm().getByRole('textbox', { name: "Customer's WhatsApp number" }).fill('0712 345 678')
    await settled()
    await sendForm().getByRole('button', { name: 'Send', exact: true }).click()
    const sent = sendForm().getByRole('region', { name: 'Message sent' })
    await sent.waitFor({ timeout: 15_000 })
    await sendForm().locator('li[aria-current="step"]', { hasText: 'Read' }).waitFor({ timeout: 20_000 })
    await preview().getByRole('button', { name: 'Chagua njia' }).click()
    const sheet = page.getByRole('dialog', { name: 'Chagua njia' })
    await sheet.getByRole('radio', { name: /Kivukoni/ }).click()
    await sheet.getByRole('button', { name: 'Send', exact: true }).click()
    await sent.getByText('The customer replied: Kivukoni').waitFor({ timeout: 15_000 })
    mkdirSync(artifacts, { recursive: true })
    await page.screenshot({ path: `${artifacts}/built-send-reply.png`, fullPage: true })
  }, 60_000)

  it('a closed-window number shows the explanation, is refused, and the draft stays', async () => {
    const number = sendForm().getByRole('textbox', { name: "Customer's WhatsApp number" })
    await number.fill('0713 000 001')
    await sendForm()
      .getByText(/^This customer has not written to you in the last 24 hours/)
      .waitFor()
    await sendForm().getByRole('button', { name: 'Send', exact: true }).click()
    const refused = sendForm().getByRole('region', { name: 'Not sent' })
    await refused.waitFor({ timeout: 15_000 })
    expect(await refused.getAttribute('data-code')).toBe('WINDOW_CLOSED')
    expect(await builder().getByRole('combobox', { name: 'Message type' }).inputValue()).toBe('list')
    expect(await builder().getByRole('textbox', { name: 'Section 2 title', exact: true }).inputValue()).toBe('Vivuko')
  }, 60_000)

  it('wraps the copied code and breaks long ids instead of scrolling sideways', async () => {
    await page.getByRole('button', { name: 'Copy as curl' }).click()
    const code = page.getByRole('textbox', { name: 'Code for this request' })
    await code.waitFor()
    const box = await code.evaluate((element) => ({
      wraps: getComputedStyle(element).whiteSpace,
      overflow: element.scrollWidth - element.clientWidth,
      firstLine: (element as HTMLTextAreaElement).value.split('\n')[0],
    }))
    expect(box.wraps).toBe('pre-wrap')
    expect(box.overflow).toBeLessThanOrEqual(0)
    expect(box.firstLine).toContain('pnpm mock')
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(sideways).toBeLessThanOrEqual(0)
  })

  it('as a new user checked it: the window names its day, the copied curl follows "Send from" and "Send to", a failure goes with its scenario', async () => {
    const sendTo = sendForm().getByRole('combobox', { name: 'Send to' })
    const amina = sendTo.locator('option', { hasText: 'Amina Juma' })
    // The mock's clock is real here: Amina wrote an hour before it started, so her window
    // closes in about 23 hours — tomorrow, unless this runs in the first hour of a day.
    await expect
      .poll(() => amina.textContent())
      .toMatch(/^Amina Juma · \+255712345678: open until \d\d:\d\d (today|tomorrow)$/)

    const code = page.getByRole('textbox', { name: 'Code for this request' })
    await sendForm().getByRole('textbox', { name: "Customer's WhatsApp number" }).fill('0712 345 678')
    await sendForm().getByRole('combobox', { name: 'Send from' }).selectOption('255700000002')
    await page.getByRole('button', { name: 'Copy as curl' }).click()
    await expect.poll(() => code.inputValue()).toContain('"sender": "255700000002"')
    expect(await code.inputValue()).toContain('"to": "255712345678"')

    await sendTo.selectOption('5c1d2e3f-4a5b-4c6d-8e7f-000000000001')
    await page.getByRole('button', { name: 'Copy as curl' }).click()
    await expect.poll(() => code.inputValue()).toContain('"conversation_id": "5c1d2e3f-4a5b-4c6d-8e7f-000000000001"')
    expect(await code.inputValue()).not.toMatch(/"to"|"sender"/)

    const scenario = page.getByRole('combobox', { name: 'How the mock answers' })
    await scenario.selectOption('rate-limited')
    await page.getByText('The mock now answers as: Too many messages at once (429).').waitFor()
    await sendForm().getByRole('button', { name: 'Send', exact: true }).click()
    const refused = sendForm().getByRole('region', { name: 'Not sent' })
    await refused.waitFor({ timeout: 15_000 })
    expect(await refused.getAttribute('data-code')).toBe('RATE_LIMITED')
    await scenario.selectOption('happy')
    await page.getByText('The mock now answers as: Everything works.').waitFor()
    await expect.poll(() => refused.count()).toBe(0)
  }, 60_000)

  it('logged nothing to the console on the way', () => {
    expect(problems).toEqual([])
  })
})
