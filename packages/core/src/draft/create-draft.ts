import { ADDRESS_MESSAGE_COUNTRY, FLOW_MESSAGE_VERSION, LIMITS } from '../limits.ts'
import type { InteractiveType } from '../schemas/interactive.ts'
import { ID_PREFIX, idFromTitle } from './draft-ids.ts'
import type { DraftOptions } from './draft-options.ts'
import { assertInteractiveType } from './known-type.ts'
import { type StarterTextKey, starterText } from './starter-text.ts'

/** Reply buttons (or list rows) with ids generated from their titles, unique among themselves. */
export function repliesFromTitles(titles: readonly string[], prefix: string, limit = LIMITS.button.id) {
  const taken = new Set<string>()
  return titles.map((title) => {
    const id = idFromTitle(title, prefix, taken, limit)
    taken.add(id)
    return { id, title }
  })
}

/**
 * A new draft of `type` that previews well and that a user edits: real starter words (in the
 * UI's language with `options.text`), ids generated from titles. It is valid where the type
 * needs nothing only the business knows; otherwise those fields are empty and required (a
 * catalog id, a product id, a flow id, a URL, a card's image link), so the issues point at
 * exactly what to fill in. A `type` that is none of the twelve throws a `TypeError` naming them.
 */
export function createDraft(type: InteractiveType, options: DraftOptions = {}): Record<string, unknown> {
  assertInteractiveType(type, 'createDraft')
  const t = (key: StarterTextKey) => starterText(key, options.text)
  const body = (key: StarterTextKey) => ({ text: t(key) })
  switch (type) {
    case 'button':
      return {
        type,
        body: body('button.body'),
        action: {
          buttons: repliesFromTitles([t('button.reply1'), t('button.reply2')], ID_PREFIX.button).map((reply) => ({
            type: 'reply',
            reply,
          })),
        },
      }
    case 'list': {
      const rows = repliesFromTitles([t('list.row1'), t('list.row2'), t('list.row3')], ID_PREFIX.row, LIMITS.list.rowId)
      const descriptions = [t('list.row1.description'), t('list.row2.description'), t('list.row3.description')]
      return {
        type,
        body: body('list.body'),
        action: {
          button: t('list.button'),
          sections: [{ rows: rows.map((row, i) => ({ ...row, description: descriptions[i] })) }],
        },
      }
    }
    case 'cta_url':
      return {
        type,
        body: body('cta_url.body'),
        action: { name: 'cta_url', parameters: { display_text: t('cta_url.button'), url: '' } },
      }
    case 'location_request_message':
      return { type, body: body('location_request_message.body'), action: { name: 'send_location' } }
    case 'flow':
      return {
        type,
        body: body('flow.body'),
        action: {
          name: 'flow',
          parameters: { flow_message_version: FLOW_MESSAGE_VERSION, flow_id: '', flow_cta: t('flow.cta') },
        },
      }
    case 'product':
      return { type, body: body('product.body'), action: { catalog_id: '', product_retailer_id: '' } }
    case 'product_list':
      return {
        type,
        header: { type: 'text', text: t('product_list.header') },
        body: body('product_list.body'),
        action: { catalog_id: '', sections: [{ product_items: [{ product_retailer_id: '' }] }] },
      }
    case 'catalog_message':
      return { type, body: body('catalog_message.body'), action: { name: 'catalog_message' } }
    case 'carousel': {
      const title = t('carousel.button')
      const taken = new Set<string>()
      const card = (card_index: number) => {
        const id = idFromTitle(title, ID_PREFIX.cardButton, taken, LIMITS.carousel.quickReplyId)
        taken.add(id)
        return {
          card_index,
          type: 'cta_url',
          header: { type: 'image', image: { link: '' } },
          action: { buttons: [{ type: 'quick_reply', quick_reply: { id, title } }] },
        }
      }
      return { type, body: body('carousel.body'), action: { cards: [card(0), card(1)] } }
    }
    case 'voice_call':
      return { type, body: body('voice_call.body'), action: { name: 'voice_call' } }
    case 'call_permission_request':
      return { type, body: body('call_permission_request.body'), action: { name: 'call_permission_request' } }
    case 'address_message':
      return {
        type,
        body: body('address_message.body'),
        action: { name: 'address_message', parameters: { country: ADDRESS_MESSAGE_COUNTRY.iso } },
      }
  }
}
