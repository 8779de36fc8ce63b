import '../styles.css'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { SendDialog } from './send-dialog.ts'
import { createMockClient } from './testing/mock-client.ts'

afterEach(() => {
  cleanup()
  document.documentElement.style.scrollBehavior = ''
  window.scrollTo(0, 0)
})

const failureCode = () => document.querySelector('.bi-send-dialog-failure')?.getAttribute('data-code')

// The send form at the end of a long page (the composer's under its builder), scrolled to it;
// or alone, on a page that fits the window and so cannot scroll.
function renderInline(spacer = '1500px') {
  const held = createMockClient()
  held.mock.setScenario('network-error')
  render(
    <div>
      <div style={{ height: spacer }} />
      <SendDialog.Root client={held.client} interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open}>
        <SendDialog.Form aria-label="Reply">
          <SendDialog.Recipient />
          <SendDialog.Status />
          <SendDialog.Actions />
        </SendDialog.Form>
      </SendDialog.Root>
    </div>,
  )
  return held
}

describe('the send form in a page keeps Send under a double click (Chromium)', () => {
  // A page may scroll smoothly (Bootstrap's reboot sets it on :root): Send is kept in place at once.
  it.each(['auto', 'smooth'])(
    'refused as maybe sent at the first click, the second lands on Send: focus stays, nothing more is sent (scroll-behavior: %s)',
    async (behavior) => {
      await page.viewport(1280, 800)
      document.documentElement.style.scrollBehavior = behavior
      const { sends } = renderInline()
      const send = page.getByRole('button', { name: 'Send', exact: true })
      send.element().scrollIntoView({ block: 'end' })
      // A lost answer: "Not confirmed", and the same message is held until "Send again".
      await send.click()
      await expect.poll(failureCode).toBe('network')
      const before = send.element().getBoundingClientRect().top
      // The first click is refused at once (MAYBE_SENT), and its failure, taller, comes above Send
      // before the second click.
      await userEvent.dblClick(send)
      await expect.poll(failureCode).toBe('MAYBE_SENT')
      expect(Math.round(send.element().getBoundingClientRect().top)).toBe(Math.round(before))
      await expect.element(send).toHaveFocus()
      expect(sends).toHaveLength(1)
    },
  )
})

describe('the send form on a page that cannot scroll, under a double click (Chromium)', () => {
  it('the second click lands on the failure text as Send moves: focus stays on Send, nothing more is sent', async () => {
    await page.viewport(1280, 800)
    const { sends } = renderInline('0px')
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await send.click()
    await expect.poll(failureCode).toBe('network')
    expect(document.documentElement.scrollHeight).toBeLessThanOrEqual(window.innerHeight)
    const before = send.element().getBoundingClientRect()
    await userEvent.dblClick(send)
    await expect.poll(failureCode).toBe('MAYBE_SENT')
    // Nothing could be scrolled: Send moved down, and where it was is the failure's text now.
    expect(send.element().getBoundingClientRect().top).toBeGreaterThan(before.bottom)
    const under = document.elementFromPoint(before.left + before.width / 2, before.top + before.height / 2)
    expect(under?.closest('.bi-send-dialog-failure')).not.toBeNull()
    expect(under?.closest('button')).toBeNull()
    await expect.element(send).toHaveFocus()
    expect(window.getSelection()?.toString()).toBe('')
    expect(sends).toHaveLength(1)
  })
})
