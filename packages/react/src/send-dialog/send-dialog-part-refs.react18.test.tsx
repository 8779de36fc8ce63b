import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { act, createRef, version } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SendDialog } from './send-dialog.ts'
import { createMockClient } from './testing/mock-client.ts'

// Runs in the `react18` Vitest project: React 18 drops a `ref` given to a function component
// (React 19 passes it as a prop), so only a part made with forwardRef hands its element over.
let root: Root | undefined
const container = document.createElement('div')
afterEach(() => {
  act(() => root?.unmount())
  container.remove()
})

describe('SendDialog parts forward their refs (React 18)', () => {
  it('gives each part’s element to its ref', () => {
    expect(version.startsWith('18.')).toBe(true)
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient({ seed: 'react18-part-refs' })
    const refs = {
      conversation: createRef<HTMLDivElement>(),
      recipient: createRef<HTMLElement>(),
      issues: createRef<HTMLDivElement>(),
      preview: createRef<HTMLElement>(),
      actions: createRef<HTMLDivElement>(),
    }
    document.body.append(container)
    root = createRoot(container)
    act(() =>
      root?.render(
        <SendDialog.Root interactive={{ ...FEEDBACK_INTERACTIVE, footer: { text: '' } }} client={client}>
          <SendDialog.Form aria-label="Send inline">
            <SendDialog.Conversation ref={refs.conversation} />
            <SendDialog.Recipient ref={refs.recipient} />
            <SendDialog.Issues ref={refs.issues} />
            <SendDialog.Preview ref={refs.preview} />
            <SendDialog.Actions ref={refs.actions} />
          </SendDialog.Form>
        </SendDialog.Root>,
      ),
    )
    expect(refs.conversation.current).toHaveClass('bi-send-dialog-field')
    expect(refs.recipient.current).toHaveClass('bi-send-dialog-field')
    expect(refs.issues.current).toHaveClass('bi-send-dialog-issue-groups')
    expect(refs.preview.current).toHaveClass('bi-send-dialog-preview')
    expect(refs.actions.current).toHaveClass('bi-send-dialog-actions')
    // React 18's "Function components cannot be given refs" warning never came.
    expect(error.mock.calls.flat().join(' ')).not.toContain('cannot be given refs')
  })

  it('SendDialog.Form asChild gives its ref and the child’s own ref the child’s element', () => {
    const error = vi.spyOn(console, 'error')
    const { client } = createMockClient({ seed: 'react18-as-child' })
    const part = createRef<HTMLFormElement>()
    const own = createRef<HTMLDivElement>()
    document.body.append(container)
    root = createRoot(container)
    act(() =>
      root?.render(
        <form>
          <SendDialog.Root interactive={FEEDBACK_INTERACTIVE} client={client}>
            <SendDialog.Form asChild ref={part}>
              <div ref={own} className="host-root">
                <SendDialog.Actions />
              </div>
            </SendDialog.Form>
          </SendDialog.Root>
        </form>,
      ),
    )
    expect(part.current?.localName).toBe('div')
    expect(own.current).toBe(part.current)
    expect(own.current).toHaveClass('bi-send-form', 'host-root')
    expect(container.querySelectorAll('form')).toHaveLength(1)
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
  })
})
