import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_IDS, FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { SendDialog } from './send-dialog.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

/** Saved for people to look at; test-artifacts/ is git-ignored. */
const artifact = (name: string) => `../../../../test-artifacts/send-dialog/${name}.png`

afterEach(cleanup)

const dialogElement = () => {
  const element = document.querySelector('[role="dialog"]')
  if (!(element instanceof HTMLElement)) throw new Error('the dialog is not open')
  return element
}
const recipient = () => page.getByRole('textbox', { name: "Customer's WhatsApp number" })
const sendTo = () => page.getByRole('combobox', { name: 'Send to' })

async function expectAccessible(part: HTMLElement) {
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
  const report = await axeReport(part)
  expect(report.violations).toEqual([])
  expect(report.contrastUnmeasured).toEqual([])
  expect(report.contrastPassed).toBeGreaterThan(0)
}

/**
 * On a phone the dialog scrolls, and axe cannot measure the contrast of text the scroll box
 * clips. So: every rule on the whole dialog, then contrast part by part, each scrolled into view.
 */
async function expectAccessibleScrolled(dialog: HTMLElement) {
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
  expect((await axeReport(dialog)).violations).toEqual([])
  const parts = [...(dialog.querySelector('form')?.children ?? [])].filter((part) => part.getClientRects().length > 0)
  let measured = 0
  for (const part of parts) {
    part.scrollIntoView({ block: 'nearest' })
    const report = await axeReport(part)
    expect(report.violations).toEqual([])
    expect(report.contrastUnmeasured).toEqual([])
    measured += report.contrastPassed
  }
  expect(measured).toBeGreaterThan(0)
}

/** Everything the dialog shows fits on screen: nothing to scroll to. */
function expectNoScroll(dialog: HTMLElement) {
  expect(dialog.scrollHeight).toBeLessThanOrEqual(dialog.clientHeight + 1)
}

for (const width of [390, 1280] as const) {
  describe(`the send dialog's parts at ${width} px (Chromium)`, () => {
    it('opens on the recipient, keeps Tab inside through every picker, and closes back to the trigger', async () => {
      await page.viewport(width, 900)
      const { client } = createMockClient()
      render(
        <StrictMode>
          <SendInteractiveDialog
            client={client}
            interactive={FEEDBACK_INTERACTIVE}
            trigger={<button type="button">Send to customer…</button>}
          />
        </StrictMode>,
      )
      await page.getByRole('button', { name: 'Send to customer…' }).click()
      await expect.element(recipient()).toHaveFocus()
      await expect.element(page.getByRole('combobox', { name: 'Send from' })).toBeVisible()
      await expect.poll(() => sendTo().element().querySelectorAll('option').length).toBe(4)
      const dialog = dialogElement()
      const visited = new Set<Element>()
      for (let i = 0; i < 30; i++) {
        await userEvent.keyboard('{Tab}')
        expect(dialog.contains(document.activeElement)).toBe(true)
        if (document.activeElement) visited.add(document.activeElement)
      }
      const names = [...visited].map((el) => el.getAttribute('aria-label') ?? el.textContent ?? el.id)
      expect(visited.has(sendTo().element())).toBe(true)
      expect(visited.has(page.getByRole('combobox', { name: 'Send from' }).element())).toBe(true)
      expect(visited.has(recipient().element())).toBe(true)
      expect(names).toContain('Send')
      expect(names).toContain('Cancel')
      await userEvent.keyboard('{Escape}')
      await expect.element(page.getByRole('button', { name: 'Send to customer…' })).toHaveFocus()
    })

    it('has no axe violations, contrast measured, from the pickers to a closed window, a failure and a sent message', async () => {
      await page.viewport(width, 900)
      const { mock, client } = createMockClient()
      render(
        <SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen pollIntervalMs={20} />,
      )
      const check = width === 1280 ? expectAccessible : expectAccessibleScrolled
      await expect.poll(() => sendTo().element().querySelectorAll('option').length).toBe(4)
      await expect.element(page.getByRole('combobox', { name: 'Send from' })).toBeVisible()
      await check(dialogElement())

      await recipient().fill(FIXTURE_PHONES.closed)
      const note = () => dialogElement().querySelector('.bi-send-dialog-window')
      await expect.poll(() => note()?.getAttribute('data-window')).toBe('closed')
      await check(dialogElement())
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await expect.element(page.getByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'WINDOW_CLOSED')
      await check(dialogElement())
      if (width === 1280) expectNoScroll(dialogElement())
      await page.screenshot({ path: artifact(`window-closed-${width}`) })

      await sendTo().selectOptions(FIXTURE_IDS.openConversation)
      await expect.poll(() => note()?.getAttribute('data-window')).toBe('open')
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
      mock.advance(4000)
      await expect
        .element(page.getByRole('listitem').filter({ hasText: 'Read' }))
        .toHaveAttribute('aria-current', 'step')
      await check(dialogElement())
      if (width === 1280) expectNoScroll(dialogElement())
      await page.screenshot({ path: artifact(`sent-${width}`) })
    })

    it('laid out inline, the parts are reachable in order and axe finds nothing', async () => {
      await page.viewport(width, 900)
      const { client } = createMockClient()
      render(
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} theme="dark">
          <SendDialog.Form aria-label="Send inline">
            <SendDialog.Conversation />
            <SendDialog.Sender />
            <SendDialog.Recipient />
            <SendDialog.Window />
            <SendDialog.Issues />
            <SendDialog.Status />
            <SendDialog.Actions />
          </SendDialog.Form>
        </SendDialog.Root>,
      )
      const form = page.getByRole('form', { name: 'Send inline' }).element() as HTMLElement
      await expect.poll(() => sendTo().element().querySelectorAll('option').length).toBe(4)
      await expect.element(page.getByRole('combobox', { name: 'Send from' })).toBeVisible()
      sendTo().element().focus()
      await userEvent.keyboard('{Tab}')
      await expect.element(page.getByRole('combobox', { name: 'Send from' })).toHaveFocus()
      await userEvent.keyboard('{Tab}')
      await expect.element(recipient()).toHaveFocus()
      await userEvent.keyboard('{Tab}')
      await expect.element(page.getByRole('button', { name: 'Send', exact: true })).toHaveFocus()
      await userEvent.keyboard('{Enter}')
      await expect.element(recipient()).toHaveAttribute('aria-invalid', 'true')
      await expect.element(recipient()).toHaveFocus()
      await expectAccessible(form)
    })
  })
}
