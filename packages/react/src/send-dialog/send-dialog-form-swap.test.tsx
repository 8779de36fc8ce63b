import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { SendDialog } from './send-dialog.ts'
import { createMockClient } from './testing/mock-client.ts'

// A host that swaps the element it gives `SendDialog.Form asChild` (same `asChild`): a
// <section> becoming a <form>, or one <form> replaced by another (a `key` that changes with the
// ticket), inside its own <form>. The new element is the one the parts live in.
type Child = 'section' | 'form A' | 'form B'

function child(kind: Child, parts: ReactNode): ReactNode {
  if (kind === 'section') return <section aria-label="Send inline">{parts}</section>
  return (
    <form key={kind} aria-label="Send inline">
      {parts}
    </form>
  )
}

function Host({
  kind,
  client,
  hostSubmit,
}: {
  kind: Child
  client: ReturnType<typeof createMockClient>['client']
  hostSubmit: () => void
}) {
  return (
    <form
      aria-label="Ticket"
      onSubmit={(event) => {
        event.preventDefault()
        hostSubmit()
      }}
    >
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open}>
        <SendDialog.Form asChild>
          {child(
            kind,
            <>
              <SendDialog.Recipient />
              <SendDialog.Status />
              <SendDialog.Actions />
            </>,
          )}
        </SendDialog.Form>
      </SendDialog.Root>
    </form>
  )
}

// Chromium does not pass a nested form's submit event on from that form (React, listening at the
// root, never sees it; the kit's own listener on the form sends): a submit that does not bubble
// is what such a page gets. Returns whether the browser's own submission was stopped.
function submitAsChromium(form: HTMLFormElement): boolean {
  let prevented = false
  act(() => {
    prevented = !form.dispatchEvent(new Event('submit', { bubbles: false, cancelable: true }))
  })
  return prevented
}

const innerForm = () => screen.getByRole('form', { name: 'Send inline' }) as HTMLFormElement

let error: MockInstance<typeof console.error>
beforeEach(() => {
  error = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  // A form inside the host's form: React's nesting warning only.
  const nesting = /cannot (be a descendant of|contain a nested)/
  expect(error.mock.calls.filter((call) => !nesting.test(String(call[0])))).toEqual([])
  error.mockRestore()
})

describe('SendDialog.Form asChild whose element the host swaps (same asChild)', () => {
  it.each([
    ['a <section> becomes a <form>', 'section', 'form A'],
    ['a <form> is replaced by another', 'form A', 'form B'],
  ] as const)('%s: a submit of the new form sends, once, and submits nothing', async (_case, from, to) => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    const view = render(<Host kind={from} client={client} hostSubmit={hostSubmit} />)
    const before = from === 'section' ? undefined : innerForm()
    view.rerender(<Host kind={to} client={client} hostSubmit={hostSubmit} />)
    expect(innerForm()).not.toBe(before)
    expect(submitAsChromium(innerForm())).toBe(true)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
  })

  it('after the swap, Enter in the recipient sends exactly once', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    const view = render(<Host kind="form A" client={client} hostSubmit={hostSubmit} />)
    view.rerender(<Host kind="form B" client={client} hostSubmit={hostSubmit} />)
    await userEvent.setup().type(screen.getByRole('textbox', { name: "Customer's WhatsApp number" }), '{Enter}')
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
  })

  it('Escape still answers the open "Send again" question after the swap', async () => {
    const { client } = createMockClient()
    const user = userEvent.setup()
    const view = render(<Host kind="section" client={client} hostSubmit={() => {}} />)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('button', { name: 'Send again' })
    view.rerender(<Host kind="form A" client={client} hostSubmit={() => {}} />)
    screen.getByRole('button', { name: 'Send' }).focus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('button', { name: 'Send again' })).toBeNull()
  })
})
