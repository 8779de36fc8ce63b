import { LIMITS } from '../limits.ts'
import { CAROUSEL_CARD_HEADER_KINDS, MEDIA_HEADER_KINDS } from '../schemas/message-parts.ts'
import { describeInteractive, draftType } from './describe-interactive.ts'
import type { ChoiceDescription } from './draft-description.ts'
import { ID_PREFIX, idFromTitle, takenIds } from './draft-ids.ts'
import { type DraftOperationResult, refuse } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt, isRecord, removeAt, setAt } from './draft-path.ts'
import { readChoice } from './read-choice.ts'
import { starterText } from './starter-text.ts'
import { locate } from './walk-description.ts'

const CARD_HEADER_KINDS = new Set<unknown>(CAROUSEL_CARD_HEADER_KINDS)

/** The media object of a header (`{ link }` or `{ id }`), when it has one. */
function headerMedia(header: unknown): Record<string, unknown> | undefined {
  if (!isRecord(header) || typeof header.type !== 'string' || !MEDIA_HEADER_KINDS.has(header.type)) return undefined
  const media = header[header.type]
  return isRecord(media) ? media : undefined
}

function switchHeader(current: unknown, kind: string): unknown {
  if (kind === 'none') return undefined
  if (isRecord(current) && current.type === kind) return current
  // Meta's header object takes sub_text whatever its type: a new kind keeps it.
  const subText = isRecord(current) && Object.hasOwn(current, 'sub_text') ? { sub_text: current.sub_text } : {}
  if (kind === 'text') return { type: 'text', text: '', ...subText }
  // Image ↔ video ↔ document keeps the link or id; only a document has a file name.
  const media = headerMedia(current)
  const source =
    media === undefined
      ? { link: '' }
      : Object.hasOwn(media, 'id') && !Object.hasOwn(media, 'link')
        ? { id: media.id }
        : { link: media.link ?? '' }
  const filename =
    kind === 'document' && media !== undefined && typeof media.filename === 'string' ? { filename: media.filename } : {}
  return { type: kind, [kind]: { ...source, ...filename }, ...subText }
}

function switchMediaSource(current: unknown, source: string): unknown {
  const { link: _link, id: _id, ...rest } = isRecord(current) ? current : {}
  // A media with both (from JSON) keeps the picked source's value.
  const kept = isRecord(current) && typeof current[source] === 'string' ? current[source] : ''
  return { [source]: kept, ...rest }
}

function switchFlowTarget(parameters: unknown, target: string): unknown {
  const [keep, drop] = target === 'name' ? ['flow_name', 'flow_id'] : ['flow_id', 'flow_name']
  const without = removeAt(parameters, [drop])
  return isRecord(without) && Object.hasOwn(without, keep) ? without : setAt(without, [keep], '')
}

/** Every card at `path` as `kind` (`url`, `quickReply`, `product`), keeping what it can hold. */
export function convertCards(draft: unknown, path: DraftPath, kind: string, options: DraftOptions): unknown {
  const cards = getAt(draft, path)
  if (!Array.isArray(cards)) return draft
  const converted = cards.map((card, card_index) => {
    const action = getAt(card, ['action'])
    const header = getAt(card, ['header'])
    const [firstKind] = CAROUSEL_CARD_HEADER_KINDS
    const mediaHeader =
      isRecord(header) && CARD_HEADER_KINDS.has(header.type) ? header : { type: firstKind, [firstKind]: { link: '' } }
    const buttons = getAt(action, ['buttons'])
    const firstTitle = Array.isArray(buttons) ? getAt(buttons[0], ['quick_reply', 'title']) : undefined
    const displayText = getAt(action, ['parameters', 'display_text'])
    const body = getAt(card, ['body'])
    const media = { card_index, type: 'cta_url', header: mediaHeader, ...(body === undefined ? {} : { body }) }
    if (kind === 'product') {
      return {
        card_index,
        type: 'product',
        action: { product_retailer_id: '', catalog_id: getAt(action, ['catalog_id']) ?? '' },
      }
    }
    if (kind === 'url') {
      const text =
        typeof firstTitle === 'string'
          ? firstTitle
          : typeof displayText === 'string'
            ? displayText
            : starterText('carousel.button', options.text)
      const url = getAt(action, ['parameters', 'url'])
      return {
        ...media,
        action: { name: 'cta_url', parameters: { display_text: text, url: typeof url === 'string' ? url : '' } },
      }
    }
    if (Array.isArray(buttons)) return { ...media, action: { buttons } }
    // A URL button's label becomes the quick reply's title.
    const title = typeof displayText === 'string' ? displayText : starterText('carousel.button', options.text)
    return { ...media, action: { buttons: [{ type: 'quick_reply', quick_reply: { id: '', title } }] } }
  })
  const next = setAt(draft, path, converted)
  return kind === 'quickReply' ? fillQuickReplyIds(next, path, options, (id) => id === '') : next
}

/**
 * Gives each quick reply of the cards at `path` whose id `needsId` picks (given the ids the
 * rest of the message takes) an id from its title, unique among them all.
 */
export function fillQuickReplyIds(
  draft: unknown,
  path: DraftPath,
  options: DraftOptions,
  needsId: (id: unknown, idPath: DraftPath, taken: ReadonlySet<string>) => boolean,
): unknown {
  const cards = getAt(draft, path)
  if (!Array.isArray(cards)) return draft
  const description = describeInteractive('carousel', options)
  let next = draft
  cards.forEach((card, c) => {
    const replies = getAt(card, ['action', 'buttons'])
    if (!Array.isArray(replies)) return
    replies.forEach((reply, b) => {
      const idPath = [...path, c, 'action', 'buttons', b, 'quick_reply', 'id']
      const taken = takenIds(description, next, idPath)
      if (!needsId(getAt(next, idPath), idPath, taken)) return
      const title = getAt(reply, ['quick_reply', 'title'])
      const id = idFromTitle(
        typeof title === 'string' ? title : '',
        ID_PREFIX.cardButton,
        taken,
        LIMITS.carousel.quickReplyId,
      )
      next = setAt(next, idPath, id)
    })
  })
  return next
}

/** Switches the choice at `path` to `value`, keeping what the new option can hold. */
export function chooseOption(
  draft: unknown,
  path: DraftPath,
  value: string,
  options: DraftOptions,
): DraftOperationResult {
  const type = draftType(draft)
  if (type === undefined) return refuse('not_found')
  const located = locate(describeInteractive(type, options), draft, path, 'choice')
  if (located === undefined) return refuse('not_found')
  const choice: ChoiceDescription = located.node
  if (!choice.options.some((option) => option.value === value)) return refuse('invalid_value')
  if (readChoice(draft, choice, located.base) === value) return { ok: true, draft }
  const current = getAt(draft, path)
  switch (choice.choice) {
    case 'header': {
      const header = switchHeader(current, value)
      return { ok: true, draft: header === undefined ? removeAt(draft, path) : setAt(draft, path, header) }
    }
    case 'mediaSource':
      return { ok: true, draft: setAt(draft, path, switchMediaSource(current, value)) }
    case 'flowTarget':
      return { ok: true, draft: setAt(draft, path, switchFlowTarget(current, value)) }
    case 'flowAction': {
      const next = setAt(draft, path, value)
      // Meta allows flow_action_payload only with navigate.
      return {
        ok: true,
        draft: value === 'navigate' ? next : removeAt(next, [...path.slice(0, -1), 'flow_action_payload']),
      }
    }
    case 'cardKind':
      return { ok: true, draft: convertCards(draft, path, value, options) }
    case 'cardContent':
      // One kind for every card (Meta's carousel guide): the carousel's card kind picks it.
      return refuse('not_allowed')
  }
}
