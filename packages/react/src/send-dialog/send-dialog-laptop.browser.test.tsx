import '../styles.css'
import { createBriqClient } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES, type ScenarioName } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, onTestFinished } from 'vitest'
import { page } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'

afterEach(cleanup)

const dialog = () => document.querySelector('[role="dialog"]') as HTMLElement
const title = () => dialog().querySelector('.bi-send-dialog-title') as HTMLElement
const failure = () => dialog().querySelector<HTMLElement>('.bi-send-dialog-failure')
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
// Placed by the resize observations of the frame it is laid out in, before that frame is painted.
const painted = async () => {
  await nextFrame()
  await nextFrame()
}

/** Where an element is, to the pixel. */
function boxOf(element: Element) {
  const { left, top, right, bottom } = element.getBoundingClientRect()
  return { left: Math.round(left), top: Math.round(top), right: Math.round(right), bottom: Math.round(bottom) }
}

/** A mock whose look-ups and sends both wait for the test, as a slow network answers them. */
function slowClient(scenario: ScenarioName) {
  const mock = createBriqMock({ seed: 'send-dialog', clock: 'manual' })
  mock.setScenario(scenario)
  let answerLookUps = () => {}
  const lookedUp = new Promise<void>((resolve) => {
    answerLookUps = resolve
  })
  const waiting: (() => void)[] = []
  const sends: string[] = []
  const client = createBriqClient({
    endpoint: '/api/briq',
    headers: { 'X-API-Key': DEFAULT_API_KEY },
    fetch: async (url, init) => {
      const absolute = new URL(url, location.href)
      if (init.method === 'POST') {
        sends.push(absolute.pathname)
        await new Promise<void>((resolve) => waiting.push(resolve))
      } else await lookedUp
      return mock.handle(new Request(absolute, init))
    },
  })
  const answerSends = () => {
    for (const resolve of waiting.splice(0)) resolve()
  }
  return { mock, client, sends, answerLookUps, answerSends }
}

/**
 * The whole dialog is in the window and shows its title; on a laptop nothing in it is scrolled
 * out of view (a phone's full-screen dialog scrolls under its title, which stays at the top).
 */
function expectInView(width: number, height: number) {
  const box = dialog().getBoundingClientRect()
  expect(box.top).toBeGreaterThanOrEqual(0)
  expect(box.bottom).toBeLessThanOrEqual(height)
  expect(box.left).toBeGreaterThanOrEqual(0)
  expect(box.right).toBeLessThanOrEqual(width)
  expect(title().getBoundingClientRect().top).toBeGreaterThanOrEqual(box.top)
  if (width <= 480) return
  expect(dialog().scrollHeight).toBeLessThanOrEqual(dialog().clientHeight + 1)
}

/** The failure is shown whole, between the title and the button row. */
function expectFailureShown() {
  const box = failure()?.getBoundingClientRect()
  expect(box?.top).toBeGreaterThanOrEqual(title().getBoundingClientRect().bottom)
  expect(box?.bottom).toBeLessThanOrEqual(
    dialog().querySelector('.bi-send-dialog-actions')?.getBoundingClientRect().top ?? 0,
  )
}

// Laptops' windows (and a phone): the dialog used to open against the window's bottom edge at
// heights up to 800 px, to keep room above it for a failure, and at 1366×768 the closed window's
// failure scrolled its title 40 px out of view.
describe.each([
  [1366, 768],
  [1280, 720],
  [1440, 900],
  [390, 844],
] as const)('the send dialog at %i×%i, its look-ups and sends answered late (Chromium)', (width, height) => {
  async function open(scenario: ScenarioName, to: string) {
    await page.viewport(width, height)
    const slow = slowClient(scenario)
    render(<SendInteractiveDialog client={slow.client} interactive={FEEDBACK_INTERACTIVE} defaultOpen defaultTo={to} />)
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await expect.element(send).toBeVisible()
    await painted()
    return { ...slow, send, at: boxOf(send.element()) }
  }

  it('opens centred with its title in view, and Send stays through Briq’s 500 and the question after it', async () => {
    // Sized as it opens, it must not leave the browser a resize loop to report as an error.
    const errors: string[] = []
    const heard = (event: ErrorEvent) => errors.push(event.message)
    window.addEventListener('error', heard)
    onTestFinished(() => window.removeEventListener('error', heard))
    const { send, at, answerLookUps, answerSends, mock } = await open('server-error', FIXTURE_PHONES.open)
    expectInView(width, height)
    if (width > 480) {
      const box = boxOf(dialog())
      expect(Math.abs(box.top - (height - box.bottom))).toBeLessThanOrEqual(1)
    }
    answerLookUps()
    await expect.element(page.getByRole('combobox', { name: 'Send from' })).toBeVisible()
    await expect.poll(() => dialog().querySelector('.bi-send-dialog-window')).not.toBeNull()
    expect(boxOf(send.element())).toEqual(at)
    expectInView(width, height)
    await send.click()
    answerSends()
    await expect.poll(() => failure()?.getAttribute('data-code')).toBe('INTERNAL_ERROR')
    await painted()
    expect(boxOf(send.element())).toEqual(at)
    expectInView(width, height)
    expectFailureShown()
    await send.click()
    await expect.poll(() => failure()?.getAttribute('data-code')).toBe('MAYBE_SENT')
    await painted()
    expect(boxOf(send.element())).toEqual(at)
    expectInView(width, height)
    expectFailureShown()
    // Laid out this way (two columns, closer rows, a phone's sticky title), nothing axe finds.
    expect((await axeReport(dialog())).violations).toEqual([])
    mock.setScenario('happy')
    await page.getByRole('button', { name: 'Send again', exact: true }).click()
    answerSends()
    await expect.element(page.getByRole('button', { name: 'Close', exact: true })).toHaveFocus()
    await painted()
    expect(boxOf(page.getByRole('button', { name: 'Close', exact: true }).element()).bottom).toBe(at.bottom)
    expect(errors).toEqual([])
  })

  it('shows the closed window’s failure with its title in view, Send where it opened', async () => {
    const { send, at, answerLookUps, answerSends } = await open('window-closed', FIXTURE_PHONES.closed)
    answerLookUps()
    await expect.poll(() => dialog().querySelector('.bi-send-dialog-window')).not.toBeNull()
    expect(boxOf(send.element())).toEqual(at)
    await send.click()
    answerSends()
    await expect.poll(() => failure()?.getAttribute('data-code')).toBe('WINDOW_CLOSED')
    await painted()
    expect(boxOf(send.element())).toEqual(at)
    expectInView(width, height)
    expectFailureShown()
    expect((await axeReport(dialog())).violations).toEqual([])
  })
})
