import { createBriqClient } from '@briq-interactive/core'
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { BriqProvider } from './briq-provider.tsx'

const client = createBriqClient({ endpoint: 'http://localhost/api/briq', fetch: () => new Promise(() => {}) })
const draft = { type: 'button', body: { text: 'Habari' }, action: { buttons: [] } }
const themes = (container: ParentNode) =>
  [...container.querySelectorAll('[data-bi-theme]')].map((element) => element.getAttribute('data-bi-theme'))

// A dark admin sets the scheme once, as it sets the language: every part below takes it.
describe("BriqProvider's theme", () => {
  it('reaches the builder, the preview, the composer and the send dialog', () => {
    const { container } = render(
      <BriqProvider client={client} theme="dark">
        <InteractiveBuilder defaultValue={draft} />
        <InteractivePreview value={draft} />
        <InteractiveComposer defaultValue={draft} sendMode="inline" />
        <SendInteractiveDialog interactive={draft} defaultOpen />
      </BriqProvider>,
    )
    expect(themes(container).length).toBeGreaterThanOrEqual(5)
    expect(new Set(themes(container))).toEqual(new Set(['dark']))
    expect(screen.getByRole('dialog')).toHaveAttribute('data-bi-theme', 'dark')
  })

  it("a component's own theme wins; an inner provider without one keeps the outer one's", () => {
    render(
      <BriqProvider client={client} theme="dark">
        <InteractivePreview value={draft} theme="light" aria-label="own" />
        <BriqProvider client={client}>
          <InteractivePreview value={draft} aria-label="inner" />
        </BriqProvider>
      </BriqProvider>,
    )
    expect(screen.getByRole('region', { name: 'own' })).toHaveAttribute('data-bi-theme', 'light')
    expect(screen.getByRole('region', { name: 'inner' })).toHaveAttribute('data-bi-theme', 'dark')
  })

  it('is system without a provider or a theme', () => {
    render(<InteractivePreview value={draft} />)
    expect(screen.getByRole('region', { name: 'WhatsApp message preview' })).toHaveAttribute('data-bi-theme', 'system')
  })
})

// Plain JavaScript, or a host's own scheme names (`'auto'`), pass values the type refuses: the
// part then sat in the page's colour scheme, half themed, without a word.
describe('a theme that is none of the three', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it("is read as not given, the provider's or system then, and named once in development", () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const view = render(
      <BriqProvider client={client} theme="dark">
        <InteractivePreview value={draft} theme={'Light' as never} aria-label="own" />
      </BriqProvider>,
    )
    view.rerender(
      <BriqProvider client={client} theme="dark">
        <InteractivePreview value={draft} theme={'Light' as never} aria-label="own" />
      </BriqProvider>,
    )
    expect(screen.getByRole('region', { name: 'own' })).toHaveAttribute('data-bi-theme', 'dark')
    expect(error.mock.calls.map((call) => String(call[0]))).toEqual([
      `<InteractivePreview theme>: "Light" is not a theme, so it is ignored; use 'light', 'dark' or 'system'`,
    ])
  })

  it('names the provider, and the component as the host wrote it, each falling back to system', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { container } = render(
      <BriqProvider client={client} theme={'auto' as never}>
        <InteractiveComposer defaultValue={draft} sendMode="inline" theme={'night' as never} />
        <SendInteractiveDialog interactive={draft} theme={'night' as never} />
      </BriqProvider>,
    )
    expect(new Set(themes(container))).toEqual(new Set(['system']))
    const said = error.mock.calls.map((call) => String(call[0]))
    expect(said).toContain(
      `<BriqProvider theme>: "auto" is not a theme, so it is ignored; use 'light', 'dark' or 'system'`,
    )
    expect(said).toContain(
      `<InteractiveComposer theme>: "night" is not a theme, so it is ignored; use 'light', 'dark' or 'system'`,
    )
    expect(said).toContain(
      `<SendInteractiveDialog theme>: "night" is not a theme, so it is ignored; use 'light', 'dark' or 'system'`,
    )
  })
})
