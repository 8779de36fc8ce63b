import { createDraft } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveComposer, type InteractiveComposerProps } from './interactive-composer.tsx'

function renderComposer(props: Partial<InteractiveComposerProps> = {}) {
  const { client } = createMockClient()
  return render(<InteractiveComposer client={client} defaultValue={createDraft('button')} {...props} />)
}

/** The headings a screen reader's heading keys walk, in page order, as "level name". */
const outline = () =>
  screen
    .getAllByRole('heading')
    .map((heading) => `${heading.getAttribute('aria-level') ?? heading.tagName.slice(1)} ${heading.textContent}`)

// Walking the composer by headings (H, or 2 for its top ones) met the form's groups and
// "Problems" and nothing else: the type, header and body above "Buttons", the preview and the
// send form, reached by landmarks only, had no heading of their own. (At a host's headingLevel: builder-headings.test.tsx.)
describe("InteractiveComposer's headings (jsdom)", () => {
  it('inline: the builder opens with its own, and the preview and the send form follow "Problems", names kept', () => {
    renderComposer({ sendMode: 'inline' })
    // The builder's groups and "Problems" are inside "Message builder": one level below it.
    expect(outline().slice(0, 3)).toEqual(['2 Message builder', '3 Buttons', '4 Button 1'])
    expect(outline().slice(-3)).toEqual(['3 Problems', '2 WhatsApp message preview', '2 Send message'])
    const builder = screen.getByRole('region', { name: 'Message builder' })
    expect(within(builder).getAllByRole('heading')[0]).toHaveTextContent('Message builder')
    const form = screen.getByRole('form', { name: 'Send message' })
    expect(within(form).getByRole('heading', { level: 2 })).toHaveTextContent('Send message')
    expect(screen.getByRole('region', { name: 'WhatsApp message preview' })).toBeInTheDocument()
  })

  it('in Swahili, with the words of its own regions', () => {
    renderComposer({ sendMode: 'inline', locale: 'sw' })
    expect(outline()[0]).toBe('2 Kiunda ujumbe')
    expect(outline().slice(-2)).toEqual(['2 Onyesho la ujumbe wa WhatsApp', '2 Tuma ujumbe'])
    expect(screen.getByRole('region', { name: 'Kiunda ujumbe' })).toBeInTheDocument()
    expect(screen.getByRole('form', { name: 'Tuma ujumbe' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Onyesho la ujumbe wa WhatsApp' })).toBeInTheDocument()
  })

  it('dialog mode: the preview has its heading; the send step is the Send button, the dialog titled', () => {
    renderComposer()
    expect(outline().slice(-2)).toEqual(['3 Problems', '2 WhatsApp message preview'])
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument()
  })
})
