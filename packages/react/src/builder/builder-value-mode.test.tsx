import { createDraft } from '@briq-interactive/core'
import { fireEvent, render, screen } from '@testing-library/react'
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

  it('asks for a value on every render, not for null, which the builder would show as an error', () => {
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
