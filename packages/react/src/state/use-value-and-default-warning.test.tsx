import { createDraft } from '@briq-interactive/core'
import { render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Builder } from '../builder/builder.ts'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { SendDialog } from '../send-dialog/send-dialog.ts'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

// A host that gives a prop both ways at once (`value` and `defaultValue`) sees its default
// silently never show: React reports it for its own inputs, and so does the kit, in development.
const withBody = (text: string) => ({ ...createDraft('button'), body: { text } })
const body = () => screen.getByRole('textbox', { name: 'Body text' })
const said = (error: { mock: { calls: unknown[][] } }) => error.mock.calls.map((call) => String(call[0]))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a prop given both controlled and with a default', () => {
  it('is reported once for the builder, naming the component, both props and the fix', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const view = render(<InteractiveBuilder value={withBody('Controlled')} defaultValue={withBody('Default')} />)
    view.rerender(<InteractiveBuilder value={withBody('Controlled again')} defaultValue={withBody('Default')} />)
    expect(body()).toHaveValue('Controlled again')
    expect(said(error)).toEqual([
      '<InteractiveBuilder> was given both `value` and `defaultValue`: while `value` is given, `defaultValue` is ' +
        'ignored. Give `value` with `onValueChange` to control it, or `defaultValue` alone to let it keep its own.',
    ])
  })

  it('says each pair once in the component’s life: not again under StrictMode, nor when another pair joins it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const view = render(
      <StrictMode>
        <InteractiveBuilder value={withBody('Controlled')} defaultValue={withBody('Default')} />
      </StrictMode>,
    )
    expect(said(error)).toHaveLength(1)
    view.rerender(
      <StrictMode>
        <InteractiveBuilder
          value={withBody('Controlled')}
          defaultValue={withBody('Default')}
          tab="json"
          defaultTab="form"
        />
      </StrictMode>,
    )
    view.rerender(
      <StrictMode>
        <InteractiveBuilder value={withBody('Controlled')} defaultValue={withBody('Default')} />
      </StrictMode>,
    )
    // (The tab's switch back to uncontrolled is a warning of its own.)
    const lines = said(error).filter((line) => line.includes('was given both'))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain('both `value` and `defaultValue`')
    expect(lines[1]).toContain('both `tab` and `defaultTab`')
  })

  it('names each pair given both, the view tab too, and the composer when it is the composer', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient()
    render(
      <InteractiveComposer client={client} value={withBody('Mine')} defaultValue={null} tab="json" defaultTab="form" />,
    )
    const lines = said(error)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain('<InteractiveComposer> was given both `value` and `defaultValue`')
    expect(lines[1]).toContain('<InteractiveComposer> was given both `tab` and `defaultTab`')
    expect(lines[1]).toContain('Give `tab` with `onTabChange` to control it')
  })

  it('is reported for the send dialog’s own pairs, as the host wrote the component', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient()
    render(
      <SendInteractiveDialog client={client} interactive={withBody('Hi')} to="255712345678" defaultTo="255700000000" />,
    )
    render(
      <SendDialog.Root
        client={client}
        interactive={withBody('Hi')}
        open={false}
        defaultOpen
        sender={null}
        defaultSender="x"
      >
        <SendDialog.Form />
      </SendDialog.Root>,
    )
    const lines = said(error)
    expect(lines).toHaveLength(3)
    expect(lines[0]).toContain('<SendInteractiveDialog> was given both `to` and `defaultTo`')
    expect(lines[1]).toContain('<SendDialog.Root> was given both `open` and `defaultOpen`')
    expect(lines[2]).toContain('<SendDialog.Root> was given both `sender` and `defaultSender`')
  })

  it('is not reported when each prop is given one way, nor for a part laid out in a root', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient()
    render(<InteractiveBuilder value={withBody('Controlled')} defaultTab="json" />)
    render(
      <Builder.Root defaultValue={withBody('Own')} tab="form">
        <Builder.Body />
      </Builder.Root>,
    )
    render(<SendInteractiveDialog client={client} interactive={withBody('Hi')} open={false} defaultTo="255700000000" />)
    expect(error).not.toHaveBeenCalled()
  })
})
