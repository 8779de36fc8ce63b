import '../styles.css'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createHeldSendClient } from './testing/mock-client.ts'

afterEach(cleanup)

const dialog = () => document.querySelector('[role="dialog"]') as HTMLElement
const row = () => dialog().querySelector('.bi-send-dialog-actions') as HTMLElement
const failure = () => dialog().querySelector<HTMLElement>('.bi-send-dialog-failure')
const failureCode = () => failure()?.getAttribute('data-code')
const sendState = () => dialog().getAttribute('data-send-state')

/** Where the row's buttons are (Cancel, then Send or Close), to the pixel. */
const buttonsAt = () =>
  [...row().querySelectorAll('button')].map((button) => {
    const box = button.getBoundingClientRect()
    return {
      left: Math.round(box.left),
      top: Math.round(box.top),
      right: Math.round(box.right),
      bottom: Math.round(box.bottom),
    }
  })
type At = ReturnType<typeof buttonsAt>

/**
 * The buttons have not moved. Once sent, Close alone takes Send's place: its words' width (the
 * row is aligned to its end), the same edges otherwise, over Send's middle.
 */
function expectSteady(at: At) {
  const now = buttonsAt()
  if (now.length === at.length) return expect(now).toEqual(at)
  const [close] = now
  const send = at[at.length - 1]
  expect(now).toHaveLength(1)
  expect({ ...close, left: 0 }).toEqual({ ...send, left: 0 })
  expect(close?.left).toBeLessThanOrEqual(((send?.left ?? 0) + (send?.right ?? 0)) / 2)
}

/** Opened, with the recipient's window known (its note in place): what the user sees before a press. */
async function settled(): Promise<At> {
  await expect.poll(() => dialog().querySelector('.bi-send-dialog-window')).not.toBeNull()
  return buttonsAt()
}

/** The status's panel is in the dialog's view above the button row: its title at least, all of it when it fits. */
function expectReadable(panel: HTMLElement) {
  const view = dialog().getBoundingClientRect()
  const rowTop = row().getBoundingClientRect().top
  const box = panel.getBoundingClientRect()
  expect(box.top).toBeGreaterThanOrEqual(view.top)
  if (box.height <= rowTop - view.top) expect(box.bottom).toBeLessThanOrEqual(rowTop + 0.5)
  else expect(box.top).toBeLessThan(rowTop - 40)
}

describe.each([
  ['en', 1280, 800],
  ['sw', 1280, 800],
  ['en', 1280, 560],
  ['sw', 700, 1200],
] as const)('the send dialog’s buttons in %s at %i×%i stay under the pointer (Chromium)', (locale, width, height) => {
  const send = locale === 'en' ? 'Send' : 'Tuma'
  const sendAgain = locale === 'en' ? 'Send again' : 'Tuma tena'
  const close = locale === 'en' ? 'Close' : 'Funga'
  const open = (scenario: 'server-error' | 'window-closed' | 'rate-limited') => {
    const held = createHeldSendClient()
    held.mock.setScenario(scenario)
    render(
      <SendInteractiveDialog
        client={held.client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        locale={locale}
      />,
    )
    return held
  }

  it('while sending, failed, asking to send again, sending again and sent', async () => {
    await page.viewport(width, height)
    const { answer, mock, sends } = open('server-error')
    const sendButton = page.getByRole('button', { name: send, exact: true })
    const at = await settled()
    // Pending: the note that closing keeps the send going appears above the buttons.
    await sendButton.click()
    await expect.poll(sendState).toBe('pending')
    expectSteady(at)
    // Briq's 500: the failure, the message maybe sent, appears above them.
    answer()
    await expect.poll(failureCode).toBe('INTERNAL_ERROR')
    expectSteady(at)
    await expect.element(sendButton).toHaveFocus()
    expectReadable(failure() as HTMLElement)
    // A second press at the same spot asks before sending it again.
    await sendButton.click()
    await expect.poll(failureCode).toBe('MAYBE_SENT')
    expect(sends).toHaveLength(1)
    expectSteady(at)
    expectReadable(failure() as HTMLElement)
    // "Send again": the failure goes as the send starts…
    mock.setScenario('happy')
    await page.getByRole('button', { name: sendAgain, exact: true }).click()
    await expect.poll(sendState).toBe('pending')
    expect(failure()).toBeNull()
    expectSteady(at)
    await expect.element(sendButton).toHaveFocus()
    // …and the outcome comes: Close in Send's place, the message sent above.
    answer()
    await expect.element(page.getByRole('button', { name: close, exact: true })).toHaveFocus()
    expectSteady(at)
    expectReadable(dialog().querySelector('.bi-send-dialog-success') as HTMLElement)
    expect(sends).toHaveLength(2)
  })

  it('refused, held by Retry-After, and refused again', async () => {
    await page.viewport(width, height)
    const { answer, mock } = open('window-closed')
    const sendButton = page.getByRole('button', { name: send, exact: true })
    const at = await settled()
    await sendButton.click()
    answer()
    await expect.poll(failureCode).toBe('WINDOW_CLOSED')
    expectSteady(at)
    expectReadable(failure() as HTMLElement)
    // Too many sends: the failure changes and the hold's countdown appears above the buttons.
    mock.setFaults({ status: 429, retryAfterSeconds: 30 })
    await sendButton.click()
    await expect.poll(sendState).toBe('pending')
    expectSteady(at)
    answer()
    await expect.poll(failureCode).toBe('RATE_LIMITED')
    await expect.poll(() => dialog().querySelector('[data-hold]')).not.toBeNull()
    expectSteady(at)
    expectReadable(failure() as HTMLElement)
  })
})
