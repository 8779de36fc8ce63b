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

// The send form at the end of a long page (the composer's under its builder), scrolled to it.
function renderInline() {
  const held = createMockClient()
  held.mock.setScenario('network-error')
  render(
    <div>
      <div style={{ height: '1500px' }} />
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
