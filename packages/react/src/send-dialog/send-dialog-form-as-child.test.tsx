import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { fireEvent, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { type ComponentPropsWithoutRef, createRef, forwardRef, type ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { SendDialog } from './send-dialog.ts'
import type { SendDialogRootProps } from './send-dialog-root.tsx'
import { createHeldSendClient, createMockClient } from './testing/mock-client.ts'

// A CMS editor or a settings page has its own <form> around everything: the send parts inside it
// take `asChild` and a <div>, so no form is nested in the host's (invalid HTML, React's warning).
function HostForm({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      aria-label="Ticket"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      {/* The host's own submit first: the browser's Enter in a field clicks the first one. */}
      <button type="submit">Save ticket</button>
      {children}
    </form>
  )
}

function InHostForm(props: Omit<SendDialogRootProps, 'children' | 'interactive'> & { hostSubmit: () => void }) {
  const { hostSubmit, ...root } = props
  return (
    <HostForm onSubmit={hostSubmit}>
      <SendDialog.Root interactive={FEEDBACK_INTERACTIVE} {...root}>
        <SendDialog.Form asChild>
          <section aria-label="Send inline" className="host-send">
            <SendDialog.Recipient />
            <SendDialog.Status />
            <SendDialog.Actions />
          </section>
        </SendDialog.Form>
      </SendDialog.Root>
    </HostForm>
  )
}

// A host's own component around its form, which `SendDialog.Form asChild` cannot see into.
const HostSendForm = forwardRef<HTMLFormElement, ComponentPropsWithoutRef<'form'>>((props, ref) => (
  <form ref={ref} aria-label="Send inline" {...props}>
    <input aria-label="Note" />
    {props.children}
  </form>
))

// A host's component that renders a <div>: no form, so no form's attributes.
const HostPanel = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>((props, ref) => (
  <div ref={ref} {...props} data-host="panel" />
))

const recipient = () => screen.getByRole('textbox', { name: "Customer's WhatsApp number" })
const send = () => screen.getByRole('button', { name: 'Send' })

let error: MockInstance<typeof console.error>
beforeEach(() => {
  error = vi.spyOn(console, 'error')
})
afterEach(() => {
  // No "<form> cannot be a descendant of <form>", nor anything else.
  expect(error).not.toHaveBeenCalled()
  error.mockRestore()
})

describe('SendDialog.Form asChild inside a host’s <form> (jsdom)', () => {
  it('renders the child as the themed root, with no form of its own, the child’s class and ref kept', () => {
    const { client } = createMockClient()
    const ref = createRef<HTMLFormElement>()
    const childRef = createRef<HTMLElement>()
    render(
      <HostForm onSubmit={() => {}}>
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} theme="dark" locale="sw">
          <SendDialog.Form asChild ref={ref} className="from-part" style={{ width: 300 }}>
            <section aria-label="Tuma" className="from-child" ref={childRef} style={{ margin: 4 }}>
              <SendDialog.Actions />
            </section>
          </SendDialog.Form>
        </SendDialog.Root>
      </HostForm>,
    )
    const root = screen.getByRole('region', { name: 'Tuma' })
    expect(root.localName).toBe('section')
    expect(ref.current).toBe(root)
    expect(childRef.current).toBe(root)
    expect(root).toHaveClass('bi-root', 'bi-send-form', 'from-part', 'from-child')
    expect(root).toHaveAttribute('data-bi-theme', 'dark')
    expect(root).toHaveAttribute('lang', 'sw')
    expect(root).toHaveAttribute('data-send-state', 'idle')
    expect(root).toHaveAttribute('data-invalid', '')
    expect(root).not.toHaveAttribute('novalidate')
    expect(root).toHaveStyle({ width: '300px', margin: '4px' })
    expect(document.querySelectorAll('form')).toHaveLength(1)
  })

  it('Enter in the recipient sends once, and the host’s onSubmit is not called', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    const onSent = vi.fn()
    render(<InHostForm client={client} hostSubmit={hostSubmit} onSent={onSent} />)
    await userEvent.setup().type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(screen.getByRole('region', { name: 'Send inline' })).toHaveAttribute('data-send-state', 'success')
    expect(sends).toHaveLength(1)
    expect(onSent).toHaveBeenCalledOnce()
    expect(hostSubmit).not.toHaveBeenCalled()
  })

  it('a click on Send sends once, and the host’s onSubmit is not called', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    render(<InHostForm client={client} hostSubmit={hostSubmit} defaultTo={FIXTURE_PHONES.open} />)
    await userEvent.setup().click(send())
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
  })

  it('a press while the send is pending joins it: Send is aria-disabled, nothing goes twice', async () => {
    const { client, sends, answer } = createHeldSendClient()
    const hostSubmit = vi.fn()
    render(<InHostForm client={client} hostSubmit={hostSubmit} defaultTo={FIXTURE_PHONES.open} />)
    const user = userEvent.setup()
    await user.click(send())
    await vi.waitFor(() => expect(sends).toHaveLength(1))
    expect(send()).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByRole('region', { name: 'Send inline' })).toHaveAttribute('data-send-state', 'pending')
    await user.click(send())
    await user.type(recipient(), '{Enter}')
    answer()
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
  })

  it('an invalid recipient is said and focused, nothing is sent, and the host’s form is not submitted', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    render(<InHostForm client={client} hostSubmit={hostSubmit} />)
    const user = userEvent.setup()
    await user.type(recipient(), '12{Enter}')
    expect(screen.getByRole('status')).toHaveTextContent('Not sent: fix the errors shown first.')
    expect(recipient()).toHaveAttribute('aria-invalid', 'true')
    await user.click(send())
    expect(recipient()).toHaveFocus()
    expect(sends).toEqual([])
    expect(hostSubmit).not.toHaveBeenCalled()
  })

  it('a form of the host’s inside the root is the host’s: its submit sends nothing', () => {
    const { client, sends } = createMockClient()
    const search = vi.fn()
    render(
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open}>
        <SendDialog.Form asChild>
          <div>
            <form aria-label="Search" onSubmit={search} />
            <SendDialog.Actions />
          </div>
        </SendDialog.Form>
      </SendDialog.Root>,
    )
    fireEvent.submit(screen.getByRole('form', { name: 'Search' }))
    expect(search).toHaveBeenCalledOnce()
    expect(document.querySelector('div.bi-send-form')).toHaveAttribute('data-send-state', 'idle')
    expect(sends).toEqual([])
  })

  it('Send is a plain button outside a <form> root (it cannot submit the host’s form before hydration)', () => {
    const { client } = createMockClient()
    render(<InHostForm client={client} hostSubmit={() => {}} />)
    expect(send()).toHaveAttribute('type', 'button')
  })

  it('a <form> given as the child is the kit’s form: Send is its submit, and a click sends once', async () => {
    const { client, sends } = createMockClient()
    const onSubmit = vi.fn()
    render(
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open}>
        <SendDialog.Form asChild onSubmit={onSubmit}>
          <form aria-label="Send inline">
            <SendDialog.Status />
            <SendDialog.Actions />
          </form>
        </SendDialog.Form>
      </SendDialog.Root>,
    )
    expect(screen.getByRole('form', { name: 'Send inline' })).toHaveAttribute('novalidate')
    expect(send()).toHaveAttribute('type', 'submit')
    await userEvent.setup().click(send())
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSubmit).toHaveBeenCalledOnce()
    expect(sends).toHaveLength(1)
  })

  it('a component of the host’s that renders a <form> is the kit’s form once rendered: Enter sends once', async () => {
    const { client, sends } = createMockClient()
    render(
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
        <SendDialog.Form asChild>
          <HostSendForm>
            <SendDialog.Recipient />
            <SendDialog.Status />
            <SendDialog.Actions />
          </HostSendForm>
        </SendDialog.Form>
      </SendDialog.Root>,
    )
    // Two text fields: the browser's Enter submits only through a submit button.
    expect(send()).toHaveAttribute('type', 'submit')
    // The kit checks the recipient itself: no browser bubble before its own message.
    expect(screen.getByRole('form', { name: 'Send inline' })).toHaveAttribute('novalidate')
    await userEvent.setup().type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(1)
  })

  // A host's component passes its own props on as they come: `className={className}` with none.
  it('a child’s prop given as undefined leaves the part’s class, style and handlers in place', async () => {
    const { client, sends } = createMockClient()
    const { container } = render(
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
        <SendDialog.Form asChild style={{ width: 300 }}>
          <form aria-label="Send inline" className={undefined} style={undefined} onSubmit={undefined}>
            <input aria-label="Note" />
            <SendDialog.Recipient />
            <SendDialog.Status />
            <SendDialog.Actions />
          </form>
        </SendDialog.Form>
      </SendDialog.Root>,
    )
    const root = screen.getByRole('form', { name: 'Send inline' })
    expect(root).toHaveClass('bi-root', 'bi-send-form', 'bi-send-dialog-form')
    expect(root).toHaveStyle({ width: '300px' })
    // Only the part's onSubmit sends: were it replaced by the child's undefined, Enter would send nothing.
    await userEvent.setup().type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(1)
    expect(container.querySelectorAll('form')).toHaveLength(1)
  })

  it('a child’s empty class leaves the part’s', () => {
    const { client } = createMockClient()
    render(
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
        <SendDialog.Form asChild>
          <section aria-label="Send inline" className="">
            <SendDialog.Actions />
          </section>
        </SendDialog.Form>
      </SendDialog.Root>,
    )
    expect(screen.getByRole('region', { name: 'Send inline' })).toHaveClass('bi-root', 'bi-send-form')
  })

  // React 19: a callback ref that returns a cleanup is given no null; the cleanup runs instead.
  it('runs the cleanup a child’s callback ref returns, and gives that ref no null', () => {
    const { client } = createMockClient()
    const calls: unknown[] = []
    const { unmount } = render(
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
        <SendDialog.Form asChild>
          <section
            aria-label="Send inline"
            ref={(node) => {
              calls.push(node?.localName)
              return () => {
                calls.push('cleanup')
              }
            }}
          >
            <SendDialog.Actions />
          </section>
        </SendDialog.Form>
      </SendDialog.Root>,
    )
    unmount()
    expect(calls).toEqual(['section', 'cleanup'])
  })

  it('a child that is not one element throws, naming the part', () => {
    const { client } = createMockClient()
    error.mockImplementation(() => {})
    expect(() =>
      render(
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
          <SendDialog.Form asChild>text</SendDialog.Form>
        </SendDialog.Root>,
      ),
    ).toThrow('<SendDialog.Form asChild> renders its child in its place: give it exactly one element, such as a <div>')
    error.mockReset()
  })

  // A Fragment renders no element: the part's class, theme, handlers and ref would land nowhere.
  it('a Fragment as the child throws the same error, even around one element', () => {
    const { client } = createMockClient()
    error.mockImplementation(() => {})
    expect(() =>
      render(
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
          <SendDialog.Form asChild>
            {/* biome-ignore lint/complexity/noUselessFragments: the Fragment is what is tested. */}
            <>
              <section aria-label="Send inline">
                <SendDialog.Actions />
              </section>
            </>
          </SendDialog.Form>
        </SendDialog.Root>,
      ),
    ).toThrow('<SendDialog.Form asChild> renders its child in its place: give it exactly one element, such as a <div>')
    error.mockReset()
  })

  it('a component of the host’s that renders a <div> gets no form attribute (novalidate)', () => {
    const { client } = createMockClient()
    const { container } = render(
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
        <SendDialog.Form asChild>
          <HostPanel>
            <SendDialog.Actions />
          </HostPanel>
        </SendDialog.Form>
      </SendDialog.Root>,
    )
    const root = container.querySelector('div[data-host="panel"]')
    expect(root).toHaveClass('bi-root', 'bi-send-form')
    expect(root).not.toHaveAttribute('novalidate')
    expect(send()).toHaveAttribute('type', 'button')
  })
})
