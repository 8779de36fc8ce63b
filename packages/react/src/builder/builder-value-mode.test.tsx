import { createDraft } from '@briq-interactive/core'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

const body = () => screen.getByRole('textbox', { name: 'Body text' })
const withBody = (text: string) => ({ ...createDraft('button'), body: { text } })

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the draft switching between controlled and uncontrolled', () => {
  it('is reported once in development, as React reports an input, naming the component and prop', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const view = render(<InteractiveBuilder value={withBody('From the host')} />)
    // A host whose state was reset to undefined: the draft carries on from what it showed.
    view.rerender(<InteractiveBuilder value={undefined} />)
    expect(body()).toHaveValue('From the host')
    fireEvent.change(body(), { target: { value: 'Typed since' } })
    expect(body()).toHaveValue('Typed since')
    view.rerender(<InteractiveBuilder value={withBody('Controlled again')} />)
    expect(body()).toHaveValue('Controlled again')
    expect(error).toHaveBeenCalledOnce()
    expect(String(error.mock.calls[0]?.[0])).toContain(
      '<InteractiveBuilder value> is changing from controlled to uncontrolled',
    )
  })

  it('asks for a value on every render, not for null, which the builder takes for no draft yet', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const view = render(<InteractiveBuilder defaultValue={withBody('Mine')} />)
    view.rerender(<InteractiveBuilder value={withBody('From the host')} />)
    const said = String(error.mock.calls[0]?.[0])
    expect(said).toContain('given on every render, never undefined')
    expect(said).not.toContain('null')
  })

  it('names the composer when it is the composer’s value', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient()
    const view = render(<InteractiveComposer client={client} />)
    view.rerender(<InteractiveComposer client={client} value={withBody('Now controlled')} />)
    expect(body()).toHaveValue('Now controlled')
    expect(error).toHaveBeenCalledOnce()
    expect(String(error.mock.calls[0]?.[0])).toContain(
      '<InteractiveComposer value> is changing from uncontrolled to controlled',
    )
  })

  it('is not reported while the mode stays, nor for a controlled draft given again', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const view = render(<InteractiveBuilder value={withBody('One')} />)
    view.rerender(<InteractiveBuilder value={withBody('Two')} />)
    view.unmount()
    const other = render(<InteractiveBuilder defaultValue={withBody('One')} />)
    other.rerender(<InteractiveBuilder defaultValue={withBody('Ignored after mount')} />)
    // defaultValue changed after mount is ignored, as an input's is.
    expect(body()).toHaveValue('One')
    expect(error).not.toHaveBeenCalled()
  })
})

// A host that keeps the draft in its own state and has not loaded it yet renders the builder
// with `value={null}`: nothing has gone wrong, so nothing is flagged.
describe('value={null}: no draft yet', () => {
  const summary = () => screen.getByRole('region', { name: 'Problems' })

  it('shows the type picker with no type, no error, and says to choose one; a type picked starts its draft', () => {
    const onValueChange = vi.fn()
    render(<InteractiveBuilder value={null} onValueChange={onValueChange} />)
    const picker = screen.getByRole('combobox', { name: 'Message type' })
    expect(picker).toHaveValue('')
    expect(picker).not.toHaveAttribute('aria-invalid')
    expect(within(summary()).getByRole('status')).toHaveTextContent('No message yet: choose its type to start')
    expect(within(summary()).queryByRole('listitem')).toBeNull()
    expect(summary()).not.toHaveAttribute('data-state', 'errors')
    fireEvent.change(picker, { target: { value: 'list' } })
    expect(onValueChange).toHaveBeenLastCalledWith(createDraft('list'), expect.objectContaining({ ok: true }))
  })

  it("the composer's preview shows the empty bubble, not a message with no type", () => {
    const { client } = createMockClient()
    render(<InteractiveComposer client={client} value={null} />)
    const preview = screen.getByRole('region', { name: 'WhatsApp message preview' })
    expect(preview).toHaveTextContent('Message text appears here')
    expect(preview).not.toHaveTextContent('This message has no type')
    expect(preview).not.toHaveAttribute('data-invalid')
  })

  it('in Swahili', () => {
    render(<InteractiveBuilder value={null} locale="sw" />)
    const problems = screen.getByRole('region', { name: 'Matatizo' })
    expect(within(problems).getByRole('status')).toHaveTextContent('Bado hakuna ujumbe: chagua aina yake ili uanze')
  })

  it('takes the draft the host then loads as its first: Undo does not go back to nothing', () => {
    const view = render(<InteractiveBuilder value={null} />)
    view.rerender(<InteractiveBuilder value={withBody('Loaded')} />)
    expect(body()).toHaveValue('Loaded')
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'true')
  })
})
