import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createRef, type RefObject } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendDialog } from './send-dialog.ts'
import { startMockServer } from './testing/mock-server.ts'

startMockServer('react-send-dialog-part-refs')

// Every part takes a ref to its element, with the host's class, style and handlers beside the
// kit's own (Radix's parts do; a part that dropped the ref left a host that measures or focuses
// it with `null`, and under React 19 a `ref` prop replaced the part's own).
describe('SendDialog parts forward their refs and merge the host’s props', () => {
  it('gives each part’s element to its ref', async () => {
    const refs = {
      conversation: createRef<HTMLDivElement>(),
      sender: createRef<HTMLDivElement>(),
      recipient: createRef<HTMLElement>(),
      window: createRef<HTMLParagraphElement>(),
      status: createRef<HTMLDivElement>(),
      preview: createRef<HTMLElement>(),
      actions: createRef<HTMLDivElement>(),
    }
    const onClick = vi.fn()
    const host = (name: string) => ({ className: `host-${name}`, style: { marginTop: '3px' }, onClick })
    render(
      <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
        <SendDialog.Root interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open} pollIntervalMs={20}>
          <SendDialog.Form aria-label="Send inline">
            <SendDialog.Conversation ref={refs.conversation} {...host('conversation')} />
            <SendDialog.Sender ref={refs.sender} {...host('sender')} />
            <SendDialog.Recipient ref={refs.recipient} {...host('recipient')} />
            <SendDialog.Window ref={refs.window} {...host('window')} />
            <SendDialog.Status ref={refs.status} {...host('status')} />
            <SendDialog.Preview ref={refs.preview} {...host('preview')} />
            <SendDialog.Actions ref={refs.actions} {...host('actions')} />
          </SendDialog.Form>
        </SendDialog.Root>
      </BriqProvider>,
    )
    const expectPart = (ref: RefObject<HTMLElement | null>, kit: string, name: string) => {
      expect(ref.current, name).toBeInstanceOf(HTMLElement)
      expect(ref.current, name).toHaveClass(kit, `host-${name}`)
      expect(ref.current?.style.marginTop, name).toBe('3px')
    }
    await waitFor(() => expect(refs.sender.current).not.toBeNull())
    await waitFor(() => expect(refs.window.current).not.toBeNull())
    expectPart(refs.conversation, 'bi-send-dialog-field', 'conversation')
    expectPart(refs.sender, 'bi-send-dialog-field', 'sender')
    expectPart(refs.recipient, 'bi-send-dialog-field', 'recipient')
    expectPart(refs.window, 'bi-send-dialog-window', 'window')
    expectPart(refs.preview, 'bi-send-dialog-preview', 'preview')
    expectPart(refs.actions, 'bi-send-dialog-actions', 'actions')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    expect(onClick).toHaveBeenCalled()
    await screen.findByRole('region', { name: 'Message sent' })
    expectPart(refs.status, 'bi-send-dialog-status', 'status')
    expect(refs.status.current).toContainElement(screen.getByRole('region', { name: 'Message sent' }))
  })

  it('the issues take theirs; a conversation chosen, the recipient’s note takes the ref', () => {
    const note = createRef<HTMLElement>()
    const issues = createRef<HTMLDivElement>()
    render(
      <SendDialog.Root interactive={{ type: 'button' }} client={{} as never} conversationId="c-1">
        <SendDialog.Form aria-label="Send inline">
          <SendDialog.Recipient ref={note} className="host-note" />
          <SendDialog.Issues ref={issues} className="host-issues" />
        </SendDialog.Form>
      </SendDialog.Root>,
    )
    expect(note.current?.tagName).toBe('P')
    expect(note.current).toHaveClass('bi-send-dialog-note', 'host-note')
    expect(issues.current).toHaveClass('bi-send-dialog-issue-groups', 'host-issues')
  })
})
