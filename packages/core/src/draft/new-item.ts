import { LIMITS } from '../limits.ts'
import type { InteractiveDescription, ItemKind } from './draft-description.ts'
import { ID_PREFIX, idFromTitle, uniqueId } from './draft-ids.ts'
import type { DraftOptions } from './draft-options.ts'
import { getAt, isRecord } from './draft-path.ts'
import { starterText } from './starter-text.ts'

/** What a new item needs to know: the ids already taken and its 1-based number in its group. */
export interface NewItemContext {
  description: InteractiveDescription
  draft: unknown
  taken: Set<string>
  number: number
  options: DraftOptions
  /** The carousel's first card, which a new card copies (same media kind, same buttons). */
  firstCard?: unknown
}

const take = (context: NewItemContext, id: string): string => {
  context.taken.add(id)
  return id
}

function newCard(context: NewItemContext): unknown {
  const first = context.firstCard
  const card_index = context.number - 1
  const action = getAt(first, ['action'])
  if (getAt(first, ['type']) === 'product') {
    const catalog = getAt(action, ['catalog_id'])
    return {
      card_index,
      type: 'product',
      action: { product_retailer_id: '', catalog_id: typeof catalog === 'string' ? catalog : '' },
    }
  }
  const header = getAt(first, ['header'])
  const kind = isRecord(header) && header.type === 'video' ? 'video' : 'image'
  const media = getAt(header, [kind])
  const source =
    isRecord(media) && Object.hasOwn(media, 'id') && !Object.hasOwn(media, 'link') ? { id: '' } : { link: '' }
  const base = { card_index, type: 'cta_url', header: { type: kind, [kind]: source } }
  const buttons = getAt(action, ['buttons'])
  if (Array.isArray(buttons)) {
    // Every card has the same buttons: copy card 1's titles, each with an id of its own.
    const copies = buttons.map((button) => {
      const raw = getAt(button, ['quick_reply', 'title'])
      const title = typeof raw === 'string' ? raw : ''
      const id = take(context, idFromTitle(title, ID_PREFIX.cardButton, context.taken, LIMITS.carousel.quickReplyId))
      return { type: 'quick_reply', quick_reply: { id, title } }
    })
    return { ...base, action: { buttons: copies } }
  }
  const label = getAt(action, ['parameters', 'display_text'])
  const display_text = typeof label === 'string' ? label : starterText('carousel.button', context.options.text)
  return { ...base, action: { name: 'cta_url', parameters: { display_text, url: '' } } }
}

/** A new, empty item of `kind`: required texts `""`, ids generated and unique. */
export function newItem(kind: ItemKind, context: NewItemContext): unknown {
  const generated = (prefix: string, limit: typeof LIMITS.button.id) =>
    take(context, uniqueId('', prefix, context.taken, limit, context.number))
  switch (kind) {
    case 'button':
      return { type: 'reply', reply: { id: generated(ID_PREFIX.button, LIMITS.button.id), title: '' } }
    case 'row':
      return { id: generated(ID_PREFIX.row, LIMITS.list.rowId), title: '' }
    case 'section':
      return {
        title: starterText('section.title', context.options.text, context.number),
        rows: [newItem('row', { ...context, number: 1 })],
      }
    case 'productSection':
      return {
        title: starterText('section.title', context.options.text, context.number),
        product_items: [newItem('product', context)],
      }
    case 'product':
      return { product_retailer_id: '' }
    case 'card':
      return newCard(context)
    case 'cardButton':
      return {
        type: 'quick_reply',
        quick_reply: { id: generated(ID_PREFIX.cardButton, LIMITS.carousel.quickReplyId), title: '' },
      }
    case 'savedAddress':
      return { id: generated(ID_PREFIX.savedAddress, LIMITS.address.savedAddressId), value: {} }
  }
}
