import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { SendDialog } from './send-dialog.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(() => vi.restoreAllMocks())

const errors = () => vi.spyOn(console, 'error').mockImplementation(() => {})
const said = (spy: ReturnType<typeof errors>) => spy.mock.calls.map((call) => String(call[0]))

// SendDialog.Root renders no element: the parts' themed root (bi-root, the --bi-* defaults, the
// theme) is SendDialog.Form, which SendDialog.Content holds. A part laid out outside it is drawn
// with the page's own look, transparent and in its font; development says so, naming the part.
describe('a SendDialog part outside SendDialog.Form', () => {
  it('says, in development, which part has no themed root and where to put it', () => {
    const spy = errors()
    const { client } = createMockClient()
    render(
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
        <SendDialog.Recipient />
        <SendDialog.Actions />
      </SendDialog.Root>,
    )
    const lines = said(spy).filter((line) => line.includes('SendDialog.Form'))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^<SendDialog\.Recipient> is outside <SendDialog\.Form>/)
    expect(lines[1]).toMatch(/^<SendDialog\.Actions> is outside <SendDialog\.Form>/)
    expect(lines[0]).toContain('asChild')
  })

  it('says it once for each part, not again as StrictMode runs its effects twice', () => {
    const spy = errors()
    const { client } = createMockClient()
    render(
      <StrictMode>
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
          <SendDialog.Status />
        </SendDialog.Root>
      </StrictMode>,
    )
    expect(said(spy).filter((line) => line.includes('is outside <SendDialog.Form>'))).toEqual([
      expect.stringMatching(/^<SendDialog\.Status> is outside/),
    ])
  })

  it('says nothing for the parts in SendDialog.Form, the dialog or the composer', () => {
    const spy = errors()
    const { client } = createMockClient()
    render(
      <>
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
          <SendDialog.Form aria-label="Send inline">
            <SendDialog.Conversation />
            <SendDialog.Sender />
            <SendDialog.Recipient />
            <SendDialog.Window />
            <SendDialog.Issues />
            <SendDialog.Status />
            <SendDialog.Actions />
          </SendDialog.Form>
        </SendDialog.Root>
        <SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />
        <InteractiveComposer client={client} sendMode="inline" />
      </>,
    )
    expect(said(spy).filter((line) => line.includes('is outside <SendDialog.Form>'))).toEqual([])
  })
})
