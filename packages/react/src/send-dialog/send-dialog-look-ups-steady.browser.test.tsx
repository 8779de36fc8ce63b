import '../styles.css'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { commands, page, userEvent } from 'vitest/browser'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createHeldLookupsClient } from './testing/mock-client.ts'

declare module 'vitest/browser' {
  interface BrowserCommands {
    mouseDown: () => Promise<void>
    mouseUp: () => Promise<void>
  }
}

afterEach(cleanup)

const dialog = () => document.querySelector('[role="dialog"]') as HTMLElement
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
// Where the user first sees it: the dialog is placed by the resize observations of the frame it
// is first laid out in, which come after that frame's animation callbacks, before it is painted.
const firstPainted = async () => {
  await nextFrame()
  await nextFrame()
}

/** Where an element is, to the pixel. */
function boxOf(element: Element) {
  const { left, top, right, bottom } = element.getBoundingClientRect()
  return { left: Math.round(left), top: Math.round(top), right: Math.round(right), bottom: Math.round(bottom) }
}

// The look-ups' answers add lines above the buttons ("Send from" with two senders, the number's
// 24-hour window) and may land while the pointer rests on Send, or between a click's press and
// its release: Send must not move from under it, or the press (or release) falls beside it and
// no click happens.
describe.each([
  ['en', 700, 1200],
  ['sw', 1280, 800],
  ['en', 1280, 560],
] as const)('the send dialog in %s at %i×%i as its look-ups answer (Chromium)', (locale, width, height) => {
  const sendName = locale === 'en' ? 'Send' : 'Tuma'
  const sendFrom = locale === 'en' ? 'Send from' : 'Tuma kutoka'

  async function open() {
    await page.viewport(width, height)
    const held = createHeldLookupsClient()
    render(
      <SendInteractiveDialog
        client={held.client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        locale={locale}
      />,
    )
    const send = page.getByRole('button', { name: sendName, exact: true })
    await expect.element(send).toBeVisible()
    await firstPainted()
    return { ...held, send, at: boxOf(send.element()) }
  }

  async function answered(answer: () => void) {
    answer()
    await expect.element(page.getByRole('combobox', { name: sendFrom })).toBeVisible()
    await expect.poll(() => dialog().querySelector('.bi-send-dialog-window')).not.toBeNull()
  }

  it('keeps Send under a pointer resting on it, and the press there sends', async () => {
    const { send, at, answer, sends } = await open()
    await userEvent.hover(send)
    await answered(answer)
    expect(boxOf(send.element())).toEqual(at)
    await commands.mouseDown()
    await commands.mouseUp()
    await expect.poll(() => sends).toHaveLength(1)
  })

  it('keeps Send under a press whose release comes after the answers, and the click sends', async () => {
    const { send, at, answer, sends } = await open()
    await userEvent.hover(send)
    await commands.mouseDown()
    await answered(answer)
    expect(boxOf(send.element())).toEqual(at)
    await commands.mouseUp()
    await expect.poll(() => sends).toHaveLength(1)
  })
})
