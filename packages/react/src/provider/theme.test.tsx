import { createBriqClient } from '@briq-interactive/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
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
