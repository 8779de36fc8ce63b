import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SendDialog } from './send-dialog.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(() => vi.restoreAllMocks())

const said = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((call) => String(call[0]))

// The builder's switch is reported as `<InteractiveBuilder value> is changing …`: the send's
// props name their component the same way, as the host wrote it.
describe('a send prop switching between controlled and uncontrolled', () => {
  it('names SendDialog.Root and the prop as the builder names its own', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient()
    const view = render(<SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} to="0712345678" />)
    view.rerender(<SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} to={undefined} />)
    expect(said(spy).filter((line) => line.includes('is changing from'))).toEqual([
      expect.stringMatching(/^<SendDialog\.Root to> is changing from controlled to uncontrolled\. /),
    ])
  })

  it('names the dialog the host wrote, not the Root inside it', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient()
    const view = render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} />)
    view.rerender(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} open={false} />)
    expect(said(spy).filter((line) => line.includes('is changing from'))).toEqual([
      expect.stringMatching(/^<SendInteractiveDialog open> is changing from uncontrolled to controlled\. /),
    ])
  })
})
