import '../styles.css'
import { createBriqClient } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_IDS, FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'

afterEach(cleanup)

const SUPPORT_LINE = {
  id: FIXTURE_IDS.supportSender,
  display_number: '255700000001',
  label: 'Support line',
  is_default: true,
  is_active: true,
}

/**
 * A client over the mock whose senders' look-ups wait for the test: `answer(down)` gives every
 * one made so far the mock's senders, `[SUPPORT_LINE]` with `one`, or a 500 when `down`.
 */
function heldSendersClient() {
  const mock = createBriqMock({ seed: 'send-dialog-sender', clock: 'manual' })
  mock.openWindow(FIXTURE_PHONES.open, { sender: '255700000002' })
  const waiting: ((answer: 'mock' | 'one' | 'down') => void)[] = []
  const client = createBriqClient({
    endpoint: '/api/briq',
    headers: { 'X-API-Key': DEFAULT_API_KEY },
    fetch: async (url, init) => {
      const absolute = new URL(url, location.href)
      const request = new Request(absolute, init)
      if (!absolute.pathname.endsWith('/v1/whatsapp/senders')) return mock.handle(request)
      const answer = await new Promise<'mock' | 'one' | 'down'>((resolve) => waiting.push(resolve))
      if (answer === 'down') return Response.json({ detail: 'down' }, { status: 500 })
      return answer === 'one' ? Response.json([SUPPORT_LINE]) : mock.handle(request)
    },
  })
  const answer = async (with_: 'mock' | 'one' | 'down') => {
    await expect.poll(() => waiting.length).toBeGreaterThan(0)
    for (const resolve of waiting.splice(0)) resolve(with_)
  }
  return { client, answer }
}

const dialogViolations = async () =>
  (await axeReport(document.querySelector('[role="dialog"]') as HTMLElement)).violations
const waitNote = () => document.querySelector<HTMLElement>('.bi-send-dialog-note[data-waiting]')
const sendButton = () => page.getByRole('button', { name: 'Send', exact: true })

describe.each(['light', 'dark'] as const)('SendDialog.Sender in Chromium, %s theme', (theme) => {
  it('shows a sender with no choice read-only, named, and sends it; axe finds nothing', async () => {
    const { client, answer } = heldSendersClient()
    const onSent = vi.fn()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        sender="255700000001"
        theme={theme}
        onSent={onSent}
      />,
    )
    // Waiting: the note is in sight, and describes Send.
    await expect.poll(waitNote).not.toBeNull()
    await expect.element(page.elementLocator(waitNote() as HTMLElement)).toBeVisible()
    expect(waitNote()?.textContent).toBe(
      'Send waits while the numbers you send from load, so you see which one this message goes from.',
    )
    await expect.element(sendButton()).toHaveAttribute('aria-disabled', 'true')
    await expect
      .element(sendButton())
      .toHaveAccessibleDescription(expect.stringContaining('Send waits while the numbers you send from load'))
    expect(await dialogViolations()).toEqual([])
    await answer('one')
    const shown = page.getByRole('textbox', { name: 'Send from' })
    await expect.element(shown).toHaveValue('Support line · +255700000001')
    await expect.element(shown).toHaveAttribute('readonly')
    expect(waitNote()).toBeNull()
    expect(await dialogViolations()).toEqual([])
    await sendButton().click()
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
    expect(onSent.mock.calls[0]?.[1]).toMatchObject({ sender: '255700000001' })
  })

  it('a failed look-up: the sender shows with why; "Load numbers again" from the keyboard brings the choice into focus', async () => {
    const { client, answer } = heldSendersClient()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        defaultSender="255700000002"
        theme={theme}
      />,
    )
    await answer('down')
    const shown = page.getByRole('textbox', { name: 'Send from' })
    await expect.element(shown).toHaveValue('255700000002')
    await expect
      .element(shown)
      .toHaveAccessibleDescription('The numbers you send from could not be loaded: Briq had a problem on its side')
    const again = page.getByRole('button', { name: 'Load numbers again' })
    await expect.element(again).toBeVisible()
    expect(await dialogViolations()).toEqual([])
    ;(again.element() as HTMLElement).focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(again).toHaveAttribute('aria-disabled', 'true')
    await answer('mock')
    const select = page.getByRole('combobox', { name: 'Send from' })
    await expect.element(select).toHaveValue('255700000002')
    await expect.element(select).toHaveFocus()
  })

  it('no sender chosen and a failed look-up: Briq’s default number shows, is said, and the keyboard loads the numbers again', async () => {
    const { client, answer } = heldSendersClient()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        theme={theme}
      />,
    )
    await answer('down')
    const said =
      'Briq sends from your default number. The numbers you send from could not be loaded: Briq had a problem on its side'
    const shown = page.getByRole('textbox', { name: 'Send from' })
    await expect.element(shown).toHaveValue('Your default number')
    await expect.element(shown).toHaveAccessibleDescription(said)
    await expect.element(page.getByRole('status')).toHaveTextContent(said)
    expect(await dialogViolations()).toEqual([])
    // From "Send from" the next stop is the button that loads them again.
    ;(shown.element() as HTMLElement).focus()
    await userEvent.keyboard('{Tab}')
    const again = page.getByRole('button', { name: 'Load numbers again' })
    await expect.element(again).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await answer('mock')
    const select = page.getByRole('combobox', { name: 'Send from' })
    await expect.element(select).toHaveValue('255700000001')
    await expect.element(select).toHaveFocus()
    expect(await dialogViolations()).toEqual([])
  })
})
