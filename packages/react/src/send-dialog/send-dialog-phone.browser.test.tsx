import '../styles.css'
import { LIMITS } from '@briq-interactive/core'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { smallTargets } from '../testing/target-size.ts'
import { emulateTouch } from '../testing/touch.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

/** Saved for people to look at; test-artifacts/ is git-ignored. */
const artifact = (name: string) => `../../../../test-artifacts/send-dialog/${name}.png`

afterEach(cleanup)

// A row title at its limit (24 characters), as a shop would write it.
const rowTitle = 'Usafirishaji wa haraka 1'
const list = {
  type: 'list',
  body: { text: 'Chagua huduma' },
  action: {
    button: 'Angalia huduma',
    sections: [
      {
        title: 'Huduma',
        rows: [
          { id: 'haraka', title: rowTitle, description: 'Tunaleta mzigo wako ndani ya saa ishirini na nne' },
          { id: 'mpesa', title: 'Malipo kwa M-Pesa', description: 'Lipa kwa simu' },
        ],
      },
    ],
  },
}

function openDialog(mock = createMockClient(), interactive: object = list) {
  const { client } = mock
  render(<SendInteractiveDialog client={client} interactive={interactive} defaultOpen pollIntervalMs={20} />)
  const dialog = document.querySelector('[role="dialog"]')
  if (!(dialog instanceof HTMLElement)) throw new Error('the dialog is not open')
  return dialog
}
const send = () => page.getByRole('button', { name: 'Send', exact: true }).element() as HTMLElement
const recipient = () => page.getByRole('textbox', { name: "Customer's WhatsApp number" }).element() as HTMLElement

/**
 * The element is inside the window and nothing is drawn over its middle (a finger can reach it);
 * one taller than the window (the preview), over the middle of what the window shows of it.
 */
function expectInReach(element: HTMLElement) {
  const box = element.getBoundingClientRect()
  const top = box.height > window.innerHeight ? Math.max(box.top, 0) : box.top
  const bottom = box.height > window.innerHeight ? Math.min(box.bottom, window.innerHeight) : box.bottom
  expect(top, element.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(0)
  expect(bottom, element.outerHTML.slice(0, 80)).toBeLessThanOrEqual(window.innerHeight)
  const hit = document.elementFromPoint(box.left + box.width / 2, (top + bottom) / 2)
  expect(hit === element || element.contains(hit), element.outerHTML.slice(0, 80)).toBe(true)
}

describe('the send dialog on a phone (Chromium)', () => {
  afterEach(() => emulateTouch(false))

  expect([...rowTitle]).toHaveLength(LIMITS.list.rowTitle.max)

  // WhatsApp's list sheet spans the phone: a row's title gets the width less 16 px padding each
  // side, the 20 px radio and the 12 px gap between them.
  for (const [width, height] of [
    [320, 568],
    [360, 640],
  ] as const) {
    it(`at ${width} px the list sheet's rows are as wide as WhatsApp's, and a title at its limit is whole`, async () => {
      await page.viewport(width, height)
      const dialog = openDialog()
      await userEvent.click(page.getByRole('button', { name: 'Angalia huduma' }))
      const title = page.getByRole('dialog', { name: 'Angalia huduma' }).getByText(rowTitle).element() as HTMLElement
      expect(title.getBoundingClientRect().width).toBeGreaterThanOrEqual(width - 16 - 16 - 20 - 12)
      expect(title.scrollWidth).toBeLessThanOrEqual(title.clientWidth)
      // Nothing sticks out sideways.
      expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth)
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width)
      await page.screenshot({ path: artifact(`phone-sheet-${width}`), element: dialog })
    })
  }

  for (const [width, height] of [
    [320, 568],
    [360, 640],
    [390, 844],
    [640, 360],
  ] as const) {
    it(`at ${width} × ${height} the number and Send are in reach without scrolling past the preview`, async () => {
      await page.viewport(width, height)
      const dialog = openDialog()
      await expect.element(recipient()).toHaveFocus()
      expectInReach(recipient())
      expectInReach(send())
      expectInReach(page.getByRole('button', { name: 'Cancel' }).element() as HTMLElement)
      await page.screenshot({ path: artifact(`phone-open-${width}x${height}`), element: dialog })
    })
  }

  it('with the on-screen keyboard up (a 300 px tall window), the number being typed and Send stay in view', async () => {
    await page.viewport(360, 640)
    openDialog()
    await expect.element(recipient()).toHaveFocus()
    // The keyboard takes the lower half of the screen: the browser's window shrinks to what is left.
    await page.viewport(360, 300)
    recipient().scrollIntoView({ block: 'nearest' })
    await userEvent.keyboard('0712')
    expectInReach(recipient())
    expectInReach(send())
  })

  // The outcome appears above the preview; a user who scrolled down past a long message to Send
  // saw only Send turn into Close. Its heading comes into view (the live region has already said
  // it; focus stays where it was).
  const longList = { ...list, body: { text: 'Chagua huduma unayotaka leo, kisha bonyeza kitufe. '.repeat(19) } }
  for (const [outcome, fault] of [
    ['Message sent', undefined],
    ['Not sent', { status: 429, retryAfterSeconds: 30 }],
  ] as const) {
    it(`after a send from the bottom of the dialog, "${outcome}" is in view`, async () => {
      await page.viewport(320, 568)
      const mock = createMockClient()
      if (fault) mock.mock.setFaults(fault)
      const dialog = openDialog(mock, longList)
      await userEvent.fill(recipient(), '0712345678')
      dialog.scrollTop = dialog.scrollHeight
      expect(dialog.scrollTop).toBeGreaterThan(0)
      await userEvent.click(send())
      const region = page.getByRole('region', { name: outcome })
      await expect.element(region).toBeInTheDocument()
      const heading = (region.element() as HTMLElement).firstElementChild as HTMLElement
      expect(heading).toHaveTextContent(outcome)
      await expect.poll(() => heading.getBoundingClientRect().top).toBeGreaterThanOrEqual(0)
      expectInReach(heading)
      // Focus stays on the button pressed (now Close, or Send for a second try).
      expect(document.activeElement?.classList.contains('bi-send-dialog-button')).toBe(true)
    })
  }

  // The modal sheet makes the dialog inert (pointer-events: none), so a hit test sees through the
  // dialog's button row: whether the row covers a part of the sheet is read from their boxes.
  function expectClearOfTheButtonRow(dialog: HTMLElement, element: HTMLElement) {
    const box = element.getBoundingClientRect()
    const view = dialog.getBoundingClientRect()
    const row = dialog.querySelector('.bi-send-dialog-actions')!.getBoundingClientRect()
    const name = element.outerHTML.slice(0, 80)
    expect(box.top, name).toBeGreaterThanOrEqual(Math.max(view.top, 0))
    expect(box.bottom, name).toBeLessThanOrEqual(Math.min(view.bottom, window.innerHeight))
    const besideTheRow = box.right <= row.left || box.left >= row.right
    if (!besideTheRow) expect(box.bottom, name).toBeLessThanOrEqual(row.top)
  }

  for (const [width, height, finger] of [
    [640, 360, false],
    [740, 360, true],
    [844, 390, true],
    [360, 640, true],
    [390, 844, false],
  ] as const) {
    it(`at ${width} × ${height}${finger ? ' (touch)' : ''}, the preview's list sheet opens whole above the button row: title, Close, a row and Send`, async () => {
      if (finger) await emulateTouch()
      await page.viewport(width, height)
      const dialog = openDialog()
      await expect.element(recipient()).toHaveFocus()
      const listButton = page.getByRole('button', { name: 'Angalia huduma' }).element() as HTMLElement
      listButton.scrollIntoView({ block: 'start' })
      await userEvent.click(listButton)
      const sheet = page.getByRole('dialog', { name: 'Angalia huduma' })
      const close = sheet.getByRole('button', { name: 'Close' }).element() as HTMLElement
      await expect.poll(() => document.activeElement).toBe(close)
      await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
      expectClearOfTheButtonRow(dialog, close)
      expectClearOfTheButtonRow(dialog, sheet.getByRole('heading', { name: 'Angalia huduma' }).element() as HTMLElement)
      expectClearOfTheButtonRow(dialog, sheet.getByRole('radio', { name: /Usafirishaji/ }).element() as HTMLElement)
      // The sheet's own Send: under the dialog's row (which the sheet makes inert), nothing sends.
      expectClearOfTheButtonRow(dialog, sheet.getByRole('button', { name: 'Send' }).element() as HTMLElement)
      await page.screenshot({ path: artifact(`phone-sheet-open-${width}x${height}`), element: dialog })
    })
  }

  it('Tab never puts focus under the buttons kept in view at the bottom', async () => {
    await page.viewport(320, 568)
    const dialog = openDialog()
    await expect.element(recipient()).toHaveFocus()
    const seen = new Set<Element>()
    for (let i = 0; i < 20; i++) {
      await userEvent.keyboard('{Tab}')
      const focused = document.activeElement as HTMLElement
      if (seen.has(focused)) break
      seen.add(focused)
      expect(dialog.contains(focused)).toBe(true)
      expectInReach(focused)
    }
    expect(seen.size).toBeGreaterThan(4)
  })
})

describe("the send dialog's controls for a finger (Chromium, touch screen emulated)", () => {
  afterEach(() => emulateTouch(false))

  it('Send, Cancel, the pickers and the number are 44 px tall, and focus stays clear of the button row', async () => {
    await emulateTouch()
    await page.viewport(360, 640)
    const dialog = openDialog()
    await expect.element(recipient()).toHaveFocus()
    // Send to and Send from, once the mock answered.
    await expect.poll(() => dialog.querySelectorAll('select').length).toBe(2)
    const controls = dialog.querySelectorAll<HTMLElement>('.bi-send-dialog-button, input, select')
    expect(controls).toHaveLength(5)
    for (const control of controls) expect(control.getBoundingClientRect().height).toBeGreaterThanOrEqual(44)
    // Shift+Tab from the number to Send (the trap wraps back): every stop in reach.
    for (let i = 0; i < 8; i++) {
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
      expectInReach(document.activeElement as HTMLElement)
    }
  })

  it('on a 390 × 844 phone every target, the preview and its list sheet included, is 24 px at least', async () => {
    await emulateTouch()
    await page.viewport(390, 844)
    const dialog = openDialog()
    await expect.poll(() => dialog.querySelectorAll('select').length).toBe(2)
    expect(smallTargets(dialog)).toEqual([])
    await userEvent.click(page.getByRole('button', { name: 'Angalia huduma' }))
    const sheet = page.getByRole('dialog', { name: 'Angalia huduma' })
    await expect.element(sheet.getByRole('button', { name: 'Close' })).toHaveFocus()
    expect(smallTargets(sheet.element())).toEqual([])
  })
})
