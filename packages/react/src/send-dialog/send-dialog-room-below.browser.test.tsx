import '../styles.css'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { commands, page, userEvent } from 'vitest/browser'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createHeldSendClient, createMockClient } from './testing/mock-client.ts'

declare module 'vitest/browser' {
  interface BrowserCommands {
    mouseDown: () => Promise<void>
    mouseUp: () => Promise<void>
  }
}

afterEach(cleanup)

const dialog = () => document.querySelector('[role="dialog"]') as HTMLElement
const failure = () => dialog().querySelector<HTMLElement>('.bi-send-dialog-failure')
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
const boxOf = (element: Element) => element.getBoundingClientRect()

/** Where a button is, to the pixel. */
function placeOf(element: Element) {
  const { left, top, right, bottom } = boxOf(element)
  return { left: Math.round(left), top: Math.round(top), right: Math.round(right), bottom: Math.round(bottom) }
}

/** `part` is wholly in the dialog's view: not scrolled out, not under its button row. */
function expectWhollyShown(part: Element) {
  const view = boxOf(dialog())
  const rowTop = boxOf(dialog().querySelector('.bi-send-dialog-actions') as Element).top
  const box = boxOf(part)
  expect(box.top).toBeGreaterThanOrEqual(view.top)
  expect(box.bottom).toBeLessThanOrEqual(rowTop + 0.5)
}

// Opened in a tall window, the dialog is centred and holds its bottom edge there; the window then
// made shorter (a browser window resized, its developer tools docked) leaves less room above that
// edge than the closed window's failure needs. Held at the bottom, the dialog used to scroll the
// number's field half out of view under its title's edge.
describe('the send dialog at 1200×900 when the room above its buttons runs out (Chromium)', () => {
  it('grows below, as far as the window goes, and shows the number’s label and the failure whole', async () => {
    await page.viewport(1200, 1400)
    const { client } = createMockClient()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.closed}
      />,
    )
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await expect.element(page.getByRole('combobox', { name: 'Send from' })).toBeVisible()
    await expect.poll(() => dialog().querySelector('.bi-send-dialog-window')).not.toBeNull()
    await nextFrame()
    await nextFrame()
    await page.viewport(1200, 900)
    const roomAbove = boxOf(dialog()).bottom - 16

    await send.click()
    await expect.poll(() => failure()?.getAttribute('data-code')).toBe('WINDOW_CLOSED')
    // Taller than the room above: held 16 px from the window's top, grown below, nothing scrolled.
    expect(dialog().offsetHeight).toBeGreaterThan(roomAbove)
    expect(Math.round(boxOf(dialog()).top)).toBe(16)
    expect(boxOf(dialog()).bottom).toBeLessThanOrEqual(900 - 16)
    expect(dialog().scrollTop).toBe(0)
    expect(dialog().scrollHeight).toBeLessThanOrEqual(dialog().clientHeight + 1)
    expectWhollyShown(dialog().querySelector('.bi-send-dialog-title') as Element)
    expectWhollyShown(page.getByText("Customer's WhatsApp number", { exact: true }).element())
    expectWhollyShown(failure() as HTMLElement)

    // From there Send stays: the failure going (another number, sent) shrinks the dialog from its
    // top, and Close comes in Send's place.
    const at = placeOf(send.element())
    await page.getByRole('textbox', { name: "Customer's WhatsApp number" }).fill(FIXTURE_PHONES.open)
    await expect.poll(() => dialog().querySelector('.bi-send-dialog-window')?.getAttribute('data-window')).toBe('open')
    expect(placeOf(send.element())).toEqual(at)
    await send.click()
    const close = page.getByRole('button', { name: 'Close', exact: true })
    await expect.element(close).toHaveFocus()
    expect(failure()).toBeNull()
    expect({ ...placeOf(close.element()), left: 0 }).toEqual({ ...at, left: 0 })
    expectWhollyShown(dialog().querySelector('.bi-send-dialog-success') as Element)
  })

  // The failure already shown as the window is made shorter: the dialog keeps its size, so only
  // the style sheet sees the room above its edge run out. The pin used to stay where it was, and
  // Send jumped back up 115 px as the next press took the failure away, then down as it came back.
  it('made shorter with a failure shown, keeps its title in view and Send where the window left it', async () => {
    await page.viewport(1200, 1400)
    const { client, answer } = createHeldSendClient()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.closed}
      />,
    )
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await expect.poll(() => dialog().querySelector('.bi-send-dialog-window')).not.toBeNull()
    await send.click()
    answer()
    await expect.poll(() => failure()?.getAttribute('data-code')).toBe('WINDOW_CLOSED')
    await nextFrame()
    await nextFrame()
    const height = dialog().offsetHeight

    await page.viewport(1200, 900)
    await nextFrame()
    await nextFrame()
    expect(dialog().offsetHeight).toBe(height)
    expect(Math.round(boxOf(dialog()).top)).toBe(16)
    expectWhollyShown(dialog().querySelector('.bi-send-dialog-title') as Element)
    expectWhollyShown(failure() as HTMLElement)
    const at = placeOf(send.element())

    // Pressed again: the failure goes while the send is under way, and comes back.
    await send.click()
    await expect.poll(() => dialog().getAttribute('data-send-state')).toBe('pending')
    expect(failure()).toBeNull()
    expect(placeOf(send.element())).toEqual(at)
    answer()
    await expect.poll(() => failure()?.getAttribute('data-code')).toBe('WINDOW_CLOSED')
    expect(placeOf(send.element())).toEqual(at)
    expectWhollyShown(dialog().querySelector('.bi-send-dialog-title') as Element)
  })
})

// Where the room runs out all the same, the dialog grows below and Send moves down, once. Not
// between a press on Send and its release: the click would fall beside Send, and nothing (not
// even a word) would tell the user their press was lost.
describe('the send dialog whose room runs out under a press on Send (Chromium)', () => {
  it('keeps Send under the pressed pointer, and the release sends', async () => {
    await page.viewport(1200, 1400)
    const { client, answer, sends } = createHeldSendClient()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.closed}
      />,
    )
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await expect.poll(() => dialog().querySelector('.bi-send-dialog-window')).not.toBeNull()
    await nextFrame()
    await nextFrame()
    await page.viewport(1200, 760)
    await nextFrame()
    await nextFrame()
    await send.click()
    await expect.poll(() => dialog().getAttribute('data-send-state')).toBe('pending')
    await nextFrame()
    await nextFrame()
    const at = placeOf(send.element())
    const roomAbove = boxOf(dialog()).bottom - 16

    await userEvent.hover(send)
    await commands.mouseDown()
    answer()
    await expect.poll(() => failure()?.getAttribute('data-code')).toBe('WINDOW_CLOSED')
    await nextFrame()
    await nextFrame()
    // The failure needs more than the room above: held at its bottom edge, the dialog scrolls.
    expect(dialog().scrollHeight).toBeGreaterThan(roomAbove)
    expect(placeOf(send.element())).toEqual(at)
    await commands.mouseUp()
    await expect.poll(() => sends).toHaveLength(2)
  })
})
