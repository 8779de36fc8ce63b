import { INTERACTIVE_TYPES } from '@briq-interactive/core'
import { cleanup, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
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

// Meta's Share products guide and call permission guide: the body of a single product or a call
// permission request is optional. One given with no text (`null`, `"hello"`, `{ text: "" }`) is
// refused all the same, so it gets the body's placeholder, marked, as a required body does.
describe('an optional body that is there with no text', () => {
  const product = (parts: Record<string, unknown>) => ({
    type: 'product',
    ...parts,
    action: { catalog_id: '1', product_retailer_id: 'p1' },
  })
  it.each([
    ['null', null],
    ['a string', 'Angalia'],
    ['empty', { text: '' }],
    ['without text', {}],
  ])('%s shows the placeholder, marked', (_, body) => {
    const { bubble } = show(product({ body }))
    const drawn = bubble.querySelector('.bi-body')
    expect(drawn).toHaveAttribute('data-empty')
    expect(drawn).toHaveAttribute('data-invalid')
    expect(drawn).toHaveAttribute('data-unreadable')
    expect(drawn).toHaveTextContent('Message text appears here')
  })

  it('a required body not yet written is not called unreadable', () => {
    const { bubble } = show({
      type: 'button',
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    })
    expect(bubble.querySelector('.bi-body')).toHaveAttribute('data-invalid')
    expect(bubble.querySelector('.bi-body')).not.toHaveAttribute('data-unreadable')
  })

  it('a call permission request with a body of no text shows it too', () => {
    const { bubble } = show({ type: 'call_permission_request', body: [], action: { name: 'call_permission_request' } })
    expect(bubble.querySelector('.bi-body')).toHaveAttribute('data-invalid')
  })

  it('left out, it shows none', () => {
    const { bubble } = show(product({}))
    expect(bubble.querySelector('.bi-body')).toBeNull()
  })
})

// Meta's call permission guide: the action is `{ name: "call_permission_request" }`.
describe("a call permission request's action", () => {
  it('marks the two answers when the action is wrong', () => {
    const { bubble } = show({ type: 'call_permission_request', body: { text: 'Tukupigie?' }, action: { name: 'call' } })
    const answers = [...bubble.querySelectorAll('.bi-action')]
    expect(answers).toHaveLength(2)
    for (const answer of answers) expect(answer).toHaveAttribute('data-invalid')
  })

  it('leaves them unmarked when it is right', () => {
    const { bubble } = show({
      type: 'call_permission_request',
      body: { text: 'Tukupigie?' },
      action: { name: 'call_permission_request' },
    })
    for (const answer of bubble.querySelectorAll('.bi-action')) expect(answer).not.toHaveAttribute('data-invalid')
  })
})

// Meta's reply buttons guide: 1 to 3 buttons; a carousel 2 to 10 cards. None to draw is said where
// they go, barred, not left out with only the bubble marked.
describe('a message with nothing to draw where its buttons or cards go', () => {
  it.each([
    ['no buttons', { buttons: [] }],
    ['buttons that are no list', { buttons: { type: 'reply' } }],
    ['no buttons key', {}],
    ['a null action', null],
  ])('reply buttons with %s say there are none, barred', (_, action) => {
    const { bubble } = show({ type: 'button', body: { text: 'Chagua' }, action })
    const row = bubble.querySelector('.bi-actions > .bi-action')
    expect(row).toHaveAttribute('data-empty')
    expect(row).toHaveAttribute('data-invalid')
    expect(row).toHaveTextContent('No reply buttons')
    // A statement, not a control: nothing to press.
    expect(screen.queryByRole('button')).toBeNull()
  })

  it.each([
    ['no cards', { cards: [] }],
    ['cards that are no list', { cards: 'kadi' }],
    ['a null action', null],
  ])('a carousel with %s says there are none, barred, in the cards group', (_, action) => {
    const { region } = show({ type: 'carousel', body: { text: 'Chagua' }, action })
    const group = screen.getByRole('group', { name: 'Cards' })
    const card = group.querySelector('.bi-card')
    expect(card).toHaveAttribute('data-kind', 'none')
    expect(card).toHaveAttribute('data-invalid')
    expect(card).toHaveTextContent('No cards')
    expect(region.querySelector('.bi-bubble .bi-body')).toHaveTextContent('Chagua')
  })

  it('says both in Swahili', () => {
    show({ type: 'button', body: { text: 'Chagua' }, action: {} }, { locale: 'sw' })
    expect(screen.getByRole('region')).toHaveTextContent('Hakuna vitufe vya kujibu')
  })

  it('a carousel with no cards in Swahili', () => {
    show({ type: 'carousel', body: { text: 'Chagua' }, action: { cards: [] } }, { locale: 'sw' })
    expect(screen.getByRole('group', { name: 'Kadi' })).toHaveTextContent('Hakuna kadi')
  })
})

// Meta's carousel guides: 2 to 10 cards. One card is drawn, and where the second goes is said.
describe('a carousel with fewer cards than WhatsApp takes', () => {
  const card = {
    card_index: 0,
    type: 'cta_url',
    header: { type: 'image', image: { link: 'https://example.co.tz/a.jpg' } },
    action: { name: 'cta_url', parameters: { display_text: 'Fungua', url: 'https://example.co.tz' } },
  }

  it('draws its one card, then a barred place saying how many it needs', () => {
    show({ type: 'carousel', body: { text: 'Chagua' }, action: { cards: [card] } })
    const group = screen.getByRole('group', { name: 'Cards' })
    const [drawn, missing] = [...group.querySelectorAll('.bi-card')]
    expect(drawn).toHaveAttribute('data-kind', 'media')
    expect(drawn).not.toHaveAttribute('data-invalid')
    expect(missing).toHaveAttribute('data-kind', 'none')
    expect(missing).toHaveAttribute('data-invalid')
    expect(missing).toHaveTextContent('WhatsApp needs at least 2 cards')
    // Past the row's edge: the row is the stop that scrolls to it, not the note (text, no control).
    expect(group).toHaveAttribute('tabindex', '0')
    expect(missing).not.toHaveAttribute('tabindex')
  })

  it('with no card yet, the note is in view and the row no stop', () => {
    show({ type: 'carousel', body: { text: 'Chagua' }, action: { cards: [] } })
    const group = screen.getByRole('group', { name: 'Cards' })
    expect(group).toHaveTextContent('No cards')
    expect(group).not.toHaveAttribute('tabindex')
  })

  it('says it in Swahili', () => {
    show({ type: 'carousel', body: { text: 'Chagua' }, action: { cards: [card] } }, { locale: 'sw' })
    expect(screen.getByRole('group', { name: 'Kadi' })).toHaveTextContent('WhatsApp inahitaji angalau kadi 2')
  })

  it('with two cards says nothing more', () => {
    show({ type: 'carousel', body: { text: 'Chagua' }, action: { cards: [card, { ...card, card_index: 1 }] } })
    expect(screen.getByRole('group', { name: 'Cards' }).querySelector('[data-kind="none"]')).toBeNull()
  })
})

// Meta's media carousel guide: a card's body is optional. One written that cannot be read is
// refused, and shown as the message's would be: its placeholder, barred, not left out.
describe("a carousel card's body that is there but cannot be read", () => {
  const withBody = (body: unknown) => {
    const value = structuredClone(validFixtures.carouselCtaUrl) as { action: { cards: Record<string, unknown>[] } }
    value.action.cards[0] = { ...value.action.cards[0], body }
    return value
  }
  const firstCard = () => screen.getByRole('article', { name: 'Card 1 of 3' })

  it.each([
    ['null', null],
    ['a string', 'Nungwi Beach'],
    ['empty', { text: '' }],
    ['without text', {}],
    ['with text that is no text', { text: ['Nungwi'] }],
  ])('%s shows the body placeholder, barred', (_, body) => {
    show(withBody(body))
    const drawn = firstCard().querySelector('.bi-card-body .bi-body')
    expect(drawn).toHaveAttribute('data-empty')
    expect(drawn).toHaveAttribute('data-unreadable')
    expect(drawn).toHaveAttribute('data-invalid')
    expect(drawn).toHaveTextContent('Message text appears here')
    expect(firstCard()).toHaveAttribute('data-invalid')
  })

  it('a body written as a number is drawn as its digits, barred', () => {
    show(withBody({ text: 5 }))
    const drawn = firstCard().querySelector('.bi-card-body')
    expect(drawn?.textContent).toBe('5')
    expect(drawn).toHaveAttribute('data-invalid')
  })

  it('a card with no body still shows none, and a good one is not barred', () => {
    const value = withBody(undefined)
    delete value.action.cards[0]?.body
    show(value)
    expect(firstCard().querySelector('.bi-card-body')).toBeNull()
    expect(screen.getByRole('article', { name: 'Card 2 of 3' }).querySelector('.bi-card-body')).not.toHaveAttribute(
      'data-invalid',
    )
  })

  it('says it in Swahili', () => {
    show(withBody(null), { locale: 'sw' })
    expect(screen.getByRole('article', { name: 'Kadi 1 kati ya 3' })).toHaveTextContent(
      'Maandishi ya ujumbe yataonekana hapa',
    )
  })

  it('without issues shown, shows the placeholder unbarred', () => {
    show(withBody(null), { showIssues: false })
    const drawn = firstCard().querySelector('.bi-card-body .bi-body')
    expect(drawn).toHaveTextContent('Message text appears here')
    expect(drawn).not.toHaveAttribute('data-invalid')
  })
})

// A message's type is one of the twelve the kit sends, all of which the preview draws; any other
// value is refused, so the note in its place says what is wrong and is barred. WhatsApp has types
// the kit does not send (Meta's Payments API: order_details), so the note does not say it has none.
describe('a type the kit does not send', () => {
  const note = () => screen.getByRole('region').querySelector('.bi-unknown')

  it.each([
    ['a name WhatsApp does not use', 'poll', 'This message type cannot be sent here'],
    ["a type of WhatsApp's Payments API", 'order_details', 'This message type cannot be sent here'],
    ['a number', 5, 'This message type cannot be sent here'],
    ['none', undefined, 'This message has no type'],
  ])('%s is said, barred, above the text', (_, type, said) => {
    show({ type, body: { text: 'Kura: chai au kahawa?' } })
    expect(note()).toHaveTextContent(said)
    expect(note()).toHaveAttribute('data-invalid')
    expect(screen.getByRole('region').textContent).toContain(`${said}Kura: chai au kahawa?`)
  })

  it.each([
    ['null', null],
    ['a string', 'poll'],
    ['a list', []],
  ])('a value that is no object (%s) says it has no type, barred', (_, value) => {
    show(value)
    expect(note()).toHaveTextContent('This message has no type')
    expect(note()).toHaveAttribute('data-invalid')
  })

  // A host still loading its draft passes nothing: an empty state, as an unwritten body is.
  it('no message at all (undefined) is the empty bubble, with no note and nothing barred', () => {
    const { region, bubble } = show(undefined)
    expect(note()).toBeNull()
    expect(region.querySelector('.bi-body[data-empty]')).toHaveTextContent('Message text appears here')
    expect(region.querySelector('[data-invalid]')).toBeNull()
    expect(region).not.toHaveAttribute('data-invalid')
    expect(bubble).not.toHaveAttribute('data-invalid')
  })

  it('says it in Swahili', () => {
    show({ type: 'poll' }, { locale: 'sw' })
    expect(note()).toHaveTextContent('Aina hii ya ujumbe haiwezi kutumwa hapa')
    cleanup()
    show({}, { locale: 'sw' })
    expect(note()).toHaveTextContent('Ujumbe huu hauna aina')
  })

  it('without issues shown, is said but not barred', () => {
    show({ type: 'poll' }, { showIssues: false })
    expect(note()).toHaveTextContent('This message type cannot be sent here')
    expect(note()).not.toHaveAttribute('data-invalid')
  })

  it('every type the kit sends is drawn without the note', () => {
    for (const type of INTERACTIVE_TYPES) {
      const { unmount } = render(<InteractivePreview value={{ type }} time={FIXTURE_TIME} />)
      expect(screen.getByRole('region').querySelector('.bi-unknown')).toBeNull()
      unmount()
    }
  })
})
