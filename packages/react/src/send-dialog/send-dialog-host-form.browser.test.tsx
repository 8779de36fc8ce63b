import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { SendDialog } from './send-dialog.ts'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

// Chromium does not pass the submit event of a form nested inside another form on from the
// form, so React never sees it: without the form's own listener the browser submitted the
// kit's form itself and navigated the host's page away (a GET to "?"), sending nothing. Here
// the kit's form targets a named frame, so such a navigation lands there and the test sees it.
describe('inline send parts inside a host’s <form> (Chromium)', () => {
  it.each(['Enter in the recipient', 'a click on Send'])('%s sends and navigates nothing', async (how) => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    // A form inside a form (the README: client only): React's nesting warning, once per page
    // load, is expected; nothing else may be logged.
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <>
        <iframe name="bi-sink" title="sink" />
        <form
          aria-label="Ticket"
          onSubmit={(event) => {
            event.preventDefault()
            hostSubmit()
          }}
        >
          <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
            <SendDialog.Form aria-label="Send inline" target="bi-sink">
              <SendDialog.Recipient />
              <SendDialog.Status />
              <SendDialog.Actions />
            </SendDialog.Form>
          </SendDialog.Root>
        </form>
      </>,
    )
    const sink = document.querySelector('iframe') as HTMLIFrameElement
    const loads = vi.fn()
    sink.addEventListener('load', loads)
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await recipient.fill(FIXTURE_PHONES.open)
    if (how === 'a click on Send') await page.getByRole('button', { name: 'Send', exact: true }).click()
    else await userEvent.type(recipient, '{Enter}')
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
    expect(loads).not.toHaveBeenCalled()
    const nesting = /cannot (be a descendant of|contain a nested)/
    expect(error.mock.calls.filter((call) => !nesting.test(String(call[0])))).toEqual([])
    error.mockRestore()
  })
})

// With `asChild`, the parts' root is the host's element: no form nested in the host's (no React
// warning, server HTML the parser keeps), and the parts send by themselves. The host's form
// targets the frame, so a submit of it (the host's Save clicked by Enter) would load there.
describe('SendDialog.Form asChild inside a host’s <form> (Chromium)', () => {
  it.each(['Enter in the recipient', 'a click on Send', 'Enter on Send'])(
    '%s sends exactly once and submits nothing',
    async (how) => {
      const { client, sends } = createMockClient()
      const hostSubmit = vi.fn()
      const error = vi.spyOn(console, 'error')
      render(
        <>
          <iframe name="bi-sink" title="sink" />
          <form
            aria-label="Ticket"
            target="bi-sink"
            onSubmit={(event) => {
              event.preventDefault()
              hostSubmit()
            }}
          >
            <button type="submit">Save ticket</button>
            <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
              <SendDialog.Form asChild>
                <section aria-label="Send inline">
                  <SendDialog.Recipient />
                  <SendDialog.Status />
                  <SendDialog.Actions />
                </section>
              </SendDialog.Form>
            </SendDialog.Root>
          </form>
        </>,
      )
      expect(document.querySelectorAll('form form')).toHaveLength(0)
      const sink = document.querySelector('iframe') as HTMLIFrameElement
      const loads = vi.fn()
      sink.addEventListener('load', loads)
      const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
      await recipient.fill(FIXTURE_PHONES.open)
      const send = page.getByRole('button', { name: 'Send', exact: true })
      if (how === 'a click on Send') await send.click()
      else if (how === 'Enter on Send') {
        ;(send.element() as HTMLElement).focus()
        await userEvent.keyboard('{Enter}')
      } else await userEvent.type(recipient, '{Enter}')
      await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
      expect(page.getByRole('region', { name: 'Send inline' }).element()).toHaveAttribute('data-send-state', 'success')
      // A late second send (a submit of some form) would show by now.
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(sends).toHaveLength(1)
      expect(hostSubmit).not.toHaveBeenCalled()
      expect(loads).not.toHaveBeenCalled()
      expect(error).not.toHaveBeenCalled()
      error.mockRestore()
    },
  )
})

// The host swaps the element it gives `asChild` (same `asChild`): a <section> becomes a <form>
// targeting the frame. The kit's listener must be on the new form, or Chromium submits it itself
// (the frame loads) and nothing is sent.
describe('SendDialog.Form asChild whose element the host swaps (Chromium)', () => {
  it('Enter in the recipient of the new <form> sends once and navigates nothing', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const host = (kind: 'section' | 'form') => {
      const parts = (
        <>
          <SendDialog.Recipient />
          <SendDialog.Status />
          <SendDialog.Actions />
        </>
      )
      return (
        <>
          <iframe name="bi-sink" title="sink" />
          <form
            aria-label="Ticket"
            onSubmit={(event) => {
              event.preventDefault()
              hostSubmit()
            }}
          >
            <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
              <SendDialog.Form asChild>
                {kind === 'section' ? (
                  <section aria-label="Send inline">{parts}</section>
                ) : (
                  <form aria-label="Send inline" target="bi-sink">
                    {parts}
                  </form>
                )}
              </SendDialog.Form>
            </SendDialog.Root>
          </form>
        </>
      )
    }
    const view = render(host('section'))
    view.rerender(host('form'))
    const sink = document.querySelector('iframe') as HTMLIFrameElement
    const loads = vi.fn()
    sink.addEventListener('load', loads)
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await recipient.fill(FIXTURE_PHONES.open)
    await userEvent.type(recipient, '{Enter}')
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
    expect(loads).not.toHaveBeenCalled()
    const nesting = /cannot (be a descendant of|contain a nested)/
    expect(error.mock.calls.filter((call) => !nesting.test(String(call[0])))).toEqual([])
    error.mockRestore()
  })
})
