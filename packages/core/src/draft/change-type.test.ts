import { describe, expect, it } from 'vitest'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { MESSAGE_PARTS } from '../schemas/message-parts.ts'
import { applyDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import { getAt } from './draft-path.ts'

const setType = (draft: unknown, type: (typeof INTERACTIVE_TYPES)[number]) =>
  applyDraftOperation(draft, { op: 'setType', type })

const button = {
  type: 'button',
  header: { type: 'text', text: 'Order 1042' },
  body: { text: 'Is the address right?' },
  footer: { text: 'Duka la Mama' },
  action: {
    buttons: [
      { type: 'reply', reply: { id: 'ok', title: 'Yes' } },
      { type: 'reply', reply: { id: 'change', title: 'Change it' } },
    ],
  },
}

describe('setType', () => {
  it('keeps the body, the footer and a text header where the new type takes them', () => {
    for (const type of INTERACTIVE_TYPES) {
      const next = setType(button, type)
      const parts = MESSAGE_PARTS[type]
      expect(getAt(next, ['type'])).toBe(type)
      expect(getAt(next, ['body', 'text']), type).toBe('Is the address right?')
      expect(getAt(next, ['footer', 'text']), type).toBe(parts.footer ? 'Duka la Mama' : undefined)
      expect(getAt(next, ['header', 'text']), type).toBe(
        (parts.header as readonly string[]).includes('text') ? 'Order 1042' : undefined,
      )
    }
  })

  it('turns reply buttons into list rows and back, titles and ids kept', () => {
    const list = setType(button, 'list')
    expect(getAt(list, ['action'])).toEqual({
      button: 'See options',
      sections: [
        {
          rows: [
            { id: 'ok', title: 'Yes' },
            { id: 'change', title: 'Change it' },
          ],
        },
      ],
    })
    expect(setType(list, 'button')).toEqual(button)
  })

  it('carries rows across every section, descriptions dropped, into buttons', () => {
    const list = applyDraftOperation(createDraft('list'), { op: 'add', path: ['action', 'sections'] })
    const buttons = getAt(setType(list, 'button'), ['action', 'buttons'])
    expect(buttons).toEqual([
      { type: 'reply', reply: { id: 'track-my-order', title: 'Track my order' } },
      { type: 'reply', reply: { id: 'returns-and-refunds', title: 'Returns and refunds' } },
      { type: 'reply', reply: { id: 'talk-to-an-agent', title: 'Talk to an agent' } },
      { type: 'reply', reply: { id: 'row-1', title: '' } },
    ])
  })

  it('keeps the label of the one button: list button, URL button, flow CTA, call button', () => {
    const cta = applyDraftOperation(createDraft('cta_url'), {
      op: 'set',
      path: ['action', 'parameters', 'display_text'],
      value: 'Open menu',
    })
    expect(getAt(setType(cta, 'list'), ['action', 'button'])).toBe('Open menu')
    expect(getAt(setType(cta, 'flow'), ['action', 'parameters', 'flow_cta'])).toBe('Open menu')
    expect(getAt(setType(cta, 'voice_call'), ['action', 'parameters', 'display_text'])).toBe('Open menu')
  })

  it('keeps a media header where allowed and drops it where not', () => {
    const image = { ...button, header: { type: 'image', image: { link: 'https://shop.example/a.png' } } }
    expect(getAt(setType(image, 'cta_url'), ['header'])).toEqual(image.header)
    expect(setType(image, 'list')).not.toHaveProperty('header')
    expect(getAt(setType(image, 'product_list'), ['header'])).toEqual({ type: 'text', text: 'Our products' })
  })

  it('carries the catalog and product ids between the product types', () => {
    const product = { type: 'product', action: { catalog_id: 'cat-9', product_retailer_id: 'sku-1' } }
    const list = setType(product, 'product_list')
    expect(getAt(list, ['action'])).toEqual({
      catalog_id: 'cat-9',
      sections: [{ product_items: [{ product_retailer_id: 'sku-1' }] }],
    })
    expect(getAt(setType(product, 'catalog_message'), ['action', 'parameters'])).toEqual({
      thumbnail_product_retailer_id: 'sku-1',
    })
    const two = applyDraftOperation(list, { op: 'add', path: ['action', 'sections', 0, 'product_items'] })
    const withTwo = applyDraftOperation(two, {
      op: 'set',
      path: ['action', 'sections', 0, 'product_items', 1, 'product_retailer_id'],
      value: 'sku-2',
    })
    expect(getAt(setType(withTwo, 'carousel'), ['action', 'cards'])).toEqual([
      { card_index: 0, type: 'product', action: { product_retailer_id: 'sku-1', catalog_id: 'cat-9' } },
      { card_index: 1, type: 'product', action: { product_retailer_id: 'sku-2', catalog_id: 'cat-9' } },
    ])
  })

  it('is a no-op for the same type, and starts fresh from junk', () => {
    expect(setType(button, 'button')).toBe(button)
    expect(setType('junk', 'list')).toEqual(createDraft('list'))
  })

  it('keeps the action of a message of no known type where it already is one of the type picked', () => {
    // A type written as code names it ("buttons", "BUTTON") with WhatsApp's reply buttons inside.
    const pasted = { ...button, type: 'buttons' }
    expect(setType(pasted, 'button')).toEqual(button)
    // Another type takes what the action holds, as from a message of the type it meant.
    expect(setType(pasted, 'list')).toEqual(setType(button, 'list'))
    const list = setType(button, 'list') as Record<string, unknown>
    expect(setType({ ...list, type: 'LIST' }, 'button')).toEqual(setType(list, 'button'))
    const poll = { type: 'poll', body: { text: 'Lunch?' }, action: { options: ['Ugali', 'Wali'] } }
    expect(getAt(setType(poll, 'button'), ['action'])).toEqual(getAt(createDraft('button'), ['action']))
  })
})
