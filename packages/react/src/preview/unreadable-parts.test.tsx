import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview, type InteractivePreviewProps } from './interactive-preview.tsx'

const buttons = (parts: Record<string, unknown>) => ({
  type: 'button',
  body: { text: 'Chagua huduma' },
  ...parts,
  action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] },
})

const show = (value: unknown, props: Partial<InteractivePreviewProps> = {}) => {
  render(<InteractivePreview value={value} time={FIXTURE_TIME} {...props} />)
  const region = screen.getByRole('region')
  return {
    region,
    bubble: region.querySelector('.bi-bubble') as HTMLElement,
    header: region.querySelector('.bi-header'),
    footer: region.querySelector('.bi-footer'),
  }
}

// A JSON tab, a host's value or a file may hold a header or footer core refuses and the preview
// cannot draw. It is said and barred where the part would be, not left out with only the bubble
// marked.
describe('a header that is there but cannot be read', () => {
  it.each([
    ['of no kind WhatsApp knows', { type: 'location' }, 'WhatsApp cannot read this header'],
    ['of no kind at all', {}, 'WhatsApp cannot read this header'],
    ['a string', 'hello', 'WhatsApp cannot read this header'],
    ['null', null, 'WhatsApp cannot read this header'],
    ['an array', [{ type: 'text', text: 'Karibu' }], 'WhatsApp cannot read this header'],
    ['a text header without text', { type: 'text' }, 'This header has no text'],
    ['a text header whose text is no text', { type: 'text', text: { value: 'Karibu' } }, 'This header has no text'],
  ])('%s says so, barred, and the bubble keeps its text layout', (_, header, said) => {
    const { bubble, header: drawn } = show(buttons({ header }))
    expect(drawn).toHaveAttribute('data-kind', 'unreadable')
    expect(drawn).toHaveAttribute('data-invalid')
    expect(drawn).toHaveTextContent(said)
    expect(bubble).not.toHaveAttribute('data-media')
    expect(bubble.querySelector('.bi-body')).toHaveTextContent('Chagua huduma')
    expect(bubble.querySelector('.bi-body')).not.toHaveAttribute('data-invalid')
  })

  it('says it in Swahili', () => {
    const { region } = show(buttons({ header: 'hello', footer: 'asante' }), { locale: 'sw' })
    expect(region.querySelector('.bi-header')).toHaveTextContent('WhatsApp haiwezi kusoma kichwa hiki')
    expect(region.querySelector('.bi-footer')).toHaveTextContent('WhatsApp haiwezi kusoma maandishi haya ya chini')
  })

  it('is read out with the message, in its place', () => {
    const { region } = show(buttons({ header: { type: 'location' } }))
    expect(region.textContent).toMatch(/^WhatsApp cannot read this header ?Chagua huduma/)
  })

  it('an image header with no image object keeps its empty media slot, barred', () => {
    const { bubble, header } = show(buttons({ header: { type: 'image' } }))
    expect(header).toHaveAttribute('data-kind', 'image')
    expect(header).toHaveAttribute('data-invalid')
    expect(bubble.querySelector('.bi-media-empty')).toHaveAccessibleName('No media selected')
  })

  it('without issues shown, says what it is but is not barred', () => {
    const { header } = show(buttons({ header: 'hello' }), { showIssues: false })
    expect(header).toHaveTextContent('WhatsApp cannot read this header')
    expect(header).not.toHaveAttribute('data-invalid')
  })

  it("a carousel card's unreadable header keeps the card's empty media slot, barred", () => {
    const { region } = show({
      type: 'carousel',
      body: { text: 'Chagua' },
      action: {
        cards: [
          {
            card_index: 0,
            type: 'cta_url',
            header: 'picha',
            action: { name: 'cta_url', parameters: { display_text: 'Fungua', url: 'https://example.co.tz' } },
          },
        ],
      },
    })
    const header = region.querySelector('.bi-card .bi-header')
    expect(header).toHaveAttribute('data-kind', 'image')
    expect(header).toHaveAttribute('data-invalid')
  })
})

describe('a footer that is there but cannot be read', () => {
  it.each([
    ['empty', { text: '' }, 'This footer has no text'],
    ['without text', {}, 'This footer has no text'],
    ['with text that is no text', { text: ['Asante'] }, 'This footer has no text'],
    ['a string', 'Asante', 'WhatsApp cannot read this footer'],
    ['null', null, 'WhatsApp cannot read this footer'],
  ])('%s says so, barred, with the time beside it', (_, footer, said) => {
    const { bubble, footer: drawn } = show(buttons({ footer }))
    expect(drawn).toHaveAttribute('data-unreadable')
    expect(drawn).toHaveAttribute('data-invalid')
    expect(drawn).toHaveTextContent(said)
    // The footer is the last line of text: the time's room is kept there, not after the body.
    expect(drawn?.querySelector('.bi-meta-spacer')).not.toBeNull()
    expect(bubble.querySelector('.bi-body .bi-meta-spacer')).toBeNull()
    expect(bubble.querySelector('.bi-body')).not.toHaveAttribute('data-invalid')
  })

  it('a footer written as a number is drawn as its digits', () => {
    const { footer } = show(buttons({ footer: { text: 2026 } }))
    expect(footer).not.toHaveAttribute('data-unreadable')
    expect(footer).toHaveTextContent('2026')
    expect(footer).toHaveAttribute('data-invalid')
  })
})
