import { LIMITS } from '../limits.ts'
import type { InteractiveType } from '../schemas/interactive.ts'
import { allowedHeaderKinds, MESSAGE_PARTS, type MessageParts } from '../schemas/message-parts.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { createDraft } from './create-draft.ts'
import { draftType } from './describe-interactive.ts'
import { ID_PREFIX, idFromTitle, uniqueId } from './draft-ids.ts'
import type { DraftOptions } from './draft-options.ts'
import { getAt, removeAt, setAt } from './draft-path.ts'

/** A choice the customer taps: a reply button, a list row. */
interface Reply {
  id: unknown
  title: unknown
  description?: unknown
}

/** What carries over from one type to another. */
interface Content {
  header: unknown
  body: unknown
  footer: unknown
  /** The one button's label: a list's button, a URL button's text, a flow's CTA, a call button's text. */
  label: unknown
  replies: Reply[]
  catalogId: unknown
  productIds: unknown[]
}

const LABEL_PATHS: Partial<Record<InteractiveType, (string | number)[]>> = {
  list: ['action', 'button'],
  cta_url: ['action', 'parameters', 'display_text'],
  flow: ['action', 'parameters', 'flow_cta'],
  voice_call: ['action', 'parameters', 'display_text'],
}

const array = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : [])

// The type whose content `draft` holds: its own, or for a message of no type WhatsApp knows
// ("buttons", "LIST"), the one its action's shape says (reply buttons, list rows, product sections).
function contentType(draft: unknown): InteractiveType | undefined {
  const type = draftType(draft)
  if (type !== undefined) return type
  const action = getAt(draft, ['action'])
  const sections = array(getAt(action, ['sections']))
  if (Array.isArray(getAt(action, ['buttons']))) return 'button'
  if (sections.some((section) => Array.isArray(getAt(section, ['rows'])))) return 'list'
  if (sections.some((section) => Array.isArray(getAt(section, ['product_items'])))) return 'product_list'
  return undefined
}

function extract(draft: unknown): Content {
  const type = contentType(draft)
  const action = getAt(draft, ['action'])
  const sections = array(getAt(action, ['sections']))
  const labelPath = type === undefined ? undefined : LABEL_PATHS[type]
  const cards = array(getAt(action, ['cards'])).filter((card) => getAt(card, ['type']) === 'product')
  const replies: Reply[] =
    type === 'button'
      ? array(getAt(action, ['buttons'])).map((button) => ({
          id: getAt(button, ['reply', 'id']),
          title: getAt(button, ['reply', 'title']),
        }))
      : type === 'list'
        ? sections.flatMap((section) =>
            array(getAt(section, ['rows'])).map((row) => ({
              id: getAt(row, ['id']),
              title: getAt(row, ['title']),
              description: getAt(row, ['description']),
            })),
          )
        : []
  const productIds =
    type === 'product'
      ? [getAt(action, ['product_retailer_id'])]
      : type === 'product_list'
        ? sections.flatMap((section) =>
            array(getAt(section, ['product_items'])).map((item) => getAt(item, ['product_retailer_id'])),
          )
        : cards.map((card) => getAt(card, ['action', 'product_retailer_id']))
  return {
    header: getAt(draft, ['header']),
    body: getAt(draft, ['body', 'text']),
    footer: getAt(draft, ['footer', 'text']),
    label: labelPath === undefined ? undefined : getAt(draft, labelPath),
    replies,
    catalogId: getAt(action, ['catalog_id']) ?? getAt(cards[0], ['action', 'catalog_id']),
    productIds: productIds.filter((id) => typeof id === 'string' && id !== ''),
  }
}

// Ids that fit the new limit and are still unique are kept. One too long for it (a reply
// button's 201–256 characters as a list row's, at most 200: LIMITS.list.rowId) is cut to fit and
// kept unique ("-2"), as its start is what a reply's handler most likely reads; the others (none,
// repeated) are generated anew from the title.
function repliesFor(replies: Reply[], prefix: string, limit: typeof LIMITS.button.id) {
  const taken = new Set<string>()
  return replies.map((reply) => {
    const title = typeof reply.title === 'string' ? reply.title : ''
    const typed = typeof reply.id === 'string' ? reply.id : ''
    const tooLong = typed.trim() !== '' && Array.from(typed).length > limit.max
    const kept = typed !== '' && !tooLong && !taken.has(typed)
    const id = kept ? typed : tooLong ? uniqueId(typed, prefix, taken, limit) : idFromTitle(title, prefix, taken, limit)
    taken.add(id)
    const description = typeof reply.description === 'string' ? { description: reply.description } : {}
    return { id, title, ...description }
  })
}

function withContent(
  type: InteractiveType,
  start: Record<string, unknown>,
  content: Content,
  options: DraftOptions,
): unknown {
  const parts: MessageParts = MESSAGE_PARTS[type]
  let next: unknown = start
  const headerType = getAt(content.header, ['type'])
  const kinds: readonly string[] = allowedHeaderKinds(type, options)
  if (typeof headerType === 'string' && kinds.includes(headerType)) next = setAt(next, ['header'], content.header)
  else if (!parts.headerRequired) next = removeAt(next, ['header'])
  if (typeof content.body === 'string') next = setAt(next, ['body'], { text: content.body })
  if (parts.footer && typeof content.footer === 'string') next = setAt(next, ['footer'], { text: content.footer })
  const labelPath = LABEL_PATHS[type]
  if (labelPath !== undefined && typeof content.label === 'string') next = setAt(next, labelPath, content.label)
  if (type === 'button' && content.replies.length > 0) {
    const buttons = repliesFor(content.replies, ID_PREFIX.button, LIMITS.button.id).map(({ id, title }) => ({
      type: 'reply',
      reply: { id, title },
    }))
    next = setAt(next, ['action', 'buttons'], buttons)
  }
  if (type === 'list' && content.replies.length > 0) {
    next = setAt(
      next,
      ['action', 'sections'],
      [{ rows: repliesFor(content.replies, ID_PREFIX.row, LIMITS.list.rowId) }],
    )
  }
  const catalog = typeof content.catalogId === 'string' ? content.catalogId : undefined
  const [firstProduct] = content.productIds
  if (type === 'product' || type === 'product_list') {
    if (catalog !== undefined) next = setAt(next, ['action', 'catalog_id'], catalog)
    if (type === 'product' && firstProduct !== undefined)
      next = setAt(next, ['action', 'product_retailer_id'], firstProduct)
    if (type === 'product_list' && content.productIds.length > 0) {
      const items = content.productIds.map((product_retailer_id) => ({ product_retailer_id }))
      next = setAt(next, ['action', 'sections'], [{ product_items: items }])
    }
  }
  if (type === 'catalog_message' && firstProduct !== undefined) {
    next = setAt(next, ['action', 'parameters'], { thumbnail_product_retailer_id: firstProduct })
  }
  if (type === 'carousel' && content.productIds.length >= LIMITS.carousel.cards.min) {
    const cards = content.productIds.slice(0, LIMITS.carousel.cards.max).map((product_retailer_id, card_index) => ({
      card_index,
      type: 'product',
      action: { product_retailer_id, catalog_id: catalog ?? '' },
    }))
    next = setAt(next, ['action', 'cards'], cards)
  }
  return next
}

/**
 * The draft as a message of `type`: a new draft of that type, with what the old one had that
 * the new one can hold: the body, the footer, a header of an allowed kind, the button label,
 * reply buttons ↔ list rows (titles, ids, descriptions), the catalog and product ids. The rest
 * stays in the history (undo brings it back).
 */
export function changeType(draft: unknown, type: InteractiveType, options: DraftOptions): unknown {
  const from = draftType(draft)
  if (from === type) return draft
  const next = withContent(type, createDraft(type, options), extract(draft), options)
  // A message of no type WhatsApp knows ("buttons", "BUTTON": pasted or opened) whose action
  // already is one of `type` keeps it: picking the type it meant must not replace its buttons
  // with starter ones.
  const action = getAt(draft, ['action'])
  if (from !== undefined || action === undefined) return next
  const kept = setAt(next, ['action'], action)
  const result = validateInteractive(kept, options)
  const fits = result.ok || !result.issues.some((issue) => issue.path[0] === 'action')
  return fits ? kept : next
}
