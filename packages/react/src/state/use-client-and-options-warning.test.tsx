import { render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { BriqProvider, type BriqProviderProps } from '../provider/briq-provider.tsx'
import { useBriqClient } from '../provider/use-briq-client.ts'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

// A ready `client` beside options that make one: the client is used as it was made, so from plain
// JavaScript (TypeScript refuses the pair) a proxy token in `headers` would silently never go out.
const said = (error: { mock: { calls: unknown[][] } }) => error.mock.calls.map((call) => String(call[0]))

afterEach(() => {
  vi.restoreAllMocks()
})

function Shows() {
  return <p>{useBriqClient() ? 'client' : 'none'}</p>
}

describe('a client given beside the options of one', () => {
  it('is reported once by the provider, naming every option it ignores and what to do', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient()
    const props = {
      client,
      endpoint: '/api/briq',
      headers: { Authorization: 'Bearer t' },
      validation: {},
    } as unknown as BriqProviderProps
    const view = render(
      <BriqProvider {...props}>
        <Shows />
      </BriqProvider>,
    )
    view.rerender(
      <BriqProvider {...props}>
        <Shows />
      </BriqProvider>,
    )
    expect(screen.getByText('client')).toBeInTheDocument()
    expect(said(error)).toEqual([
      '<BriqProvider> was given both `client` and `endpoint`, `headers`: the client is used as it was made, and ' +
        '`endpoint`, `headers` are ignored. Give them to createBriqClient when you make the client, or leave `client` out.',
    ])
  })

  it('says the same options once in the provider’s life: not again under StrictMode, nor when they come back', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient()
    const given = { client, endpoint: '/api/briq' } as unknown as BriqProviderProps
    const alone = { client } as BriqProviderProps
    const tree = (props: BriqProviderProps) => (
      <StrictMode>
        <BriqProvider {...props}>
          <Shows />
        </BriqProvider>
      </StrictMode>
    )
    const view = render(tree(given))
    expect(said(error)).toHaveLength(1)
    view.rerender(tree(alone))
    view.rerender(tree(given))
    expect(said(error)).toHaveLength(1)
    expect(said(error)[0]).toContain('<BriqProvider> was given both `client` and `endpoint`')
  })

  it('says nothing for a client alone, with the validation it was made with, or for options alone', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient()
    render(
      <BriqProvider client={client} validation={{ extendedListBody: true }}>
        <Shows />
      </BriqProvider>,
    )
    render(
      <BriqProvider endpoint="/api/briq" headers={{ Authorization: 'Bearer t' }} timeoutMs={5000}>
        <Shows />
      </BriqProvider>,
    )
    expect(said(error)).toEqual([])
  })

  it('is reported by the composer given both `client` and `endpoint`', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { client } = createMockClient()
    render(<InteractiveComposer client={client} endpoint="/api/briq" />)
    expect(said(error)).toEqual([
      '<InteractiveComposer> was given both `client` and `endpoint`: the client is used as it was made, and ' +
        '`endpoint` is ignored. Give it to createBriqClient when you make the client, or leave `client` out.',
    ])
  })
})
