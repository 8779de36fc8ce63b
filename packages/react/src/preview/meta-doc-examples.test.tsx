import { formattingToText, parseFormatting, readMoreIndex } from '@briq-interactive/core'
import { ACCEPTED_META_DOC_EXAMPLES, type MetaDocExample } from '@briq-interactive/fixtures'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

// Every example of Meta's guides WhatsApp accepts, drawn by the preview: each part a WhatsApp
// user sees (header of each kind, body, footer, the buttons or the one button, the cards).

// biome-ignore lint/suspicious/noExplicitAny: the test reads documented JSON of every type by its path
type Loose = Record<string, any>
const shown = (text: string) => formattingToText(parseFormatting(text))
// A body WhatsApp shortens: its first 768 characters, "…" and Read more (a long list body).
const shownBody = (text: string) => {
  const cut = readMoreIndex(text)
  return cut < 0 ? shown(text) : `${shown(text.slice(0, cut))}\u2026 Read more`
}
// What a reader sees: the text with each line break drawn as one.
const lines = (element: Element | null | undefined) => {
  if (!element) return undefined
  const copy = element.cloneNode(true) as Element
  for (const br of copy.querySelectorAll('br')) br.replaceWith('\n')
  return copy.textContent
}
const region = () => screen.getByRole('region', { name: 'WhatsApp message preview' })
const bubble = () => region().querySelector('.bi-bubble[data-direction="in"]') as HTMLElement
const actionKinds = () => [...bubble().querySelectorAll('.bi-action')].map((a) => a.getAttribute('data-kind'))
const oneRow = (kind: string, label: string) => {
  expect(actionKinds()).toEqual([kind])
  expect(bubble().querySelector('.bi-action')).toHaveTextContent(label)
}

function expectHeader(header: Loose | undefined, type: string) {
  const drawn = bubble().querySelector('.bi-header')
  // WhatsApp titles a product list's card with its text header (WAWebBizProductListMessagePreview).
  if (type === 'product_list' && header?.type === 'text') {
    expect(drawn).toBeNull()
    return expect(bubble().querySelector('.bi-product-title')).toHaveTextContent(header.text)
  }
  if (header === undefined) return expect(drawn).toBeNull()
  expect(drawn).toHaveAttribute('data-kind', header.type)
  if (header.type === 'text') return expect(drawn).toHaveTextContent(header.text)
  const media = header[header.type] as Loose
  if (media.id !== undefined && header.type !== 'document') {
    expect(within(drawn as HTMLElement).getByRole('img', { name: /by media ID/ })).toBeInTheDocument()
  } else if (header.type === 'image') {
    expect(drawn?.querySelector('img')).toHaveAttribute('src', media.link)
  } else if (header.type === 'video') {
    expect(drawn?.querySelector('video')).toHaveAttribute('src', media.link)
  } else if (media.filename !== undefined) {
    expect(drawn?.querySelector('.bi-doc-name')).toHaveTextContent(media.filename)
  }
}

function expectAction(m: Loose) {
  const { action } = m
  switch (m.type) {
    case 'button':
      expect(actionKinds()).toEqual(action.buttons.map(() => 'reply'))
      for (const { reply } of action.buttons) expect(screen.getByRole('button', { name: reply.title })).toBeVisible()
      return
    case 'list':
      return oneRow('list', action.button)
    case 'cta_url':
      // The URL as the browser opens it (`https://www.luckyshrub.com?…` gains its path's "/").
      expect(screen.getByRole('link', { name: new RegExp(action.parameters.display_text) })).toHaveAttribute(
        'href',
        new URL(action.parameters.url).href,
      )
      return oneRow('url', action.parameters.display_text)
    case 'location_request_message':
      return oneRow('location', 'Send location')
    case 'flow':
      return oneRow('flow', action.parameters.flow_cta)
    case 'product':
      expect(bubble().querySelector('.bi-product[data-kind="product"]')).toHaveTextContent(action.product_retailer_id)
      return oneRow('product', 'View')
    case 'product_list': {
      const items = action.sections.flatMap((section: Loose) => section.product_items).length
      expect(bubble().querySelector('.bi-product[data-kind="product_list"]')).toHaveTextContent(`${items} items`)
      return oneRow('items', 'View items')
    }
    case 'catalog_message':
      return oneRow('catalog', 'View catalog')
    case 'voice_call':
      return oneRow('call', action.parameters?.display_text ?? 'Call Now')
    case 'call_permission_request':
      expect(screen.getByRole('button', { name: 'Allow' })).toBeVisible()
      expect(screen.getByRole('button', { name: "Don't allow" })).toBeVisible()
      return
    case 'address_message':
      return oneRow('address', 'Provide address')
    case 'carousel':
      return expectCards(action.cards)
  }
  throw new Error(`no expectation for ${m.type}`)
}

function expectCards(given: Loose[]) {
  // Left to right by card_index, whatever the array's order (media carousel guide).
  const cards = [...given].sort((a, b) => a.card_index - b.card_index)
  const drawn = within(screen.getByRole('group', { name: 'Cards' })).getAllByRole('article')
  expect(drawn).toHaveLength(cards.length)
  cards.forEach((card, i) => {
    const shownCard = drawn[i] as HTMLElement
    expect(shownCard).toHaveAccessibleName(`Card ${i + 1} of ${cards.length}`)
    if (card.type === 'product') {
      expect(shownCard).toHaveTextContent(card.action.product_retailer_id)
      expect(within(shownCard).getByRole('button', { name: 'View' })).toBeVisible()
      return
    }
    const media = card.header[card.header.type]
    expect(shownCard.querySelector(card.header.type === 'image' ? 'img' : 'video')).toHaveAttribute('src', media.link)
    const body = shownCard.querySelector('.bi-card-body')
    if (card.body === undefined) expect(body).toBeNull()
    else expect(lines(body)).toBe(shown(card.body.text))
    if (card.action.buttons === undefined) {
      const { display_text, url } = card.action.parameters
      expect(within(shownCard).getByRole('link', { name: new RegExp(display_text) })).toHaveAttribute(
        'href',
        new URL(url).href,
      )
    } else {
      for (const { quick_reply } of card.action.buttons) {
        expect(within(shownCard).getByRole('button', { name: quick_reply.title })).toBeVisible()
      }
    }
  })
}

describe("Meta's documented examples in the preview", () => {
  it.each(ACCEPTED_META_DOC_EXAMPLES.map((e) => [e.name, e] as const))('%s', (_, example: MetaDocExample) => {
    const m = example.interactive as Loose
    render(<InteractivePreview value={m} time={FIXTURE_TIME} validation={example.options} />)
    expect(region()).not.toHaveAttribute('data-invalid')
    expectHeader(m.header, m.type)
    const body = bubble().querySelector('.bi-body')
    if (m.body === undefined) expect(body).toBeNull()
    else expect(lines(body)).toBe(shownBody(m.body.text))
    const footer = bubble().querySelector('.bi-footer')
    if (m.footer === undefined) expect(footer).toBeNull()
    else expect(lines(footer)).toBe(shown(m.footer.text))
    expectAction(m)
  })

  // Tapping the list button opens the list: section titles, then each row's title and description.
  it.each(ACCEPTED_META_DOC_EXAMPLES.filter((e) => e.interactive.type === 'list').map((e) => [e.name, e] as const))(
    '%s: its list opens with every section and row',
    async (_, example: MetaDocExample) => {
      const m = example.interactive as Loose
      render(<InteractivePreview value={m} time={FIXTURE_TIME} validation={example.options} />)
      await userEvent.setup().click(screen.getByRole('button', { name: m.action.button }))
      const sheet = screen.getByRole('dialog', { name: m.action.button })
      for (const section of m.action.sections) {
        if (section.title !== undefined) expect(within(sheet).getByText(section.title)).toBeVisible()
        for (const row of section.rows) {
          const radio = within(sheet).getByRole('radio', { name: row.title })
          if (row.description !== undefined) expect(radio).toHaveAccessibleDescription(row.description)
        }
      }
      expect(within(sheet).getAllByRole('radio')).toHaveLength(
        m.action.sections.reduce((n: number, section: Loose) => n + section.rows.length, 0),
      )
    },
  )
})
