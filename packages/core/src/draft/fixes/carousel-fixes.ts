import { LIMITS } from '../../limits.ts'
import { sharedCatalog } from '../../schemas/carousel.ts'
import { carouselQuickReplyLimit } from '../../schemas/message-parts.ts'
import { shownCardOrder } from '../card-order.ts'
import { convertCards } from '../choose-option.ts'
import { ID_PREFIX, idFromTitle, takenIds } from '../draft-ids.ts'
import type { DraftLabelKey } from '../draft-label-keys.ts'
import { getAt, setAt } from '../draft-path.ts'
import { cardKindOf } from '../read-choice.ts'
import { type FixContext, type FixIt, issuesAt, resolvedIn } from './fix-it.ts'

const cardsOf = (draft: unknown): readonly unknown[] => {
  const cards = getAt(draft, ['action', 'cards'])
  return Array.isArray(cards) ? cards : []
}

const cardWarnings = (context: FixContext, reason: string) =>
  issuesAt(context.issues, ['action', 'cards'], ['not_recommended']).filter((issue) => issue.reason === reason)

/**
 * Card indexes repeated, out of range, missing or with gaps: number the cards 0, 1, 2… in the
 * order WhatsApp shows them (by their list order where their indexes cannot say).
 */
export function renumberCards(context: FixContext): FixIt[] {
  if (context.type !== 'carousel') return []
  const cards = cardsOf(context.draft)
  // Past LIMITS.carousel.cards, numbering gives the last cards a card_index past 9: only removing
  // cards mends those, so their issues are not claimed; nor is what numbering leaves unresolved,
  // and the fix is not offered when that is everything.
  const ranks = new Map(shownCardOrder(cards).map((place, rank) => [place, rank]))
  const numbered = (i: number) => (ranks.get(i) ?? i) <= LIMITS.carousel.cardIndex.max
  const issues = [
    ...cards.flatMap((_, i) => (numbered(i) ? issuesAt(context.issues, ['action', 'cards', i, 'card_index']) : [])),
    ...cardWarnings(context, 'card_index_gap'),
  ]
  if (issues.length === 0) return []
  const apply = (draft: unknown) =>
    shownCardOrder(cardsOf(draft)).reduce<unknown>(
      (next, place, rank) => setAt(next, ['action', 'cards', place, 'card_index'], rank),
      draft,
    )
  const resolved = resolvedIn(issues, apply(context.draft), context.options)
  if (resolved.length === 0) return []
  return [
    {
      id: 'renumber-cards',
      labelKey: 'fix.renumberCards',
      params: {},
      paths: cards.map((_, i) => ['action', 'cards', i, 'card_index']),
      issues: resolved,
      apply,
    },
  ]
}

/** Cards listed out of card_index order: list them as WhatsApp shows them (nothing shown changes). */
export function sortCards(context: FixContext): FixIt[] {
  if (context.type !== 'carousel') return []
  const issues = cardWarnings(context, 'card_index_order')
  if (issues.length === 0) return []
  return [
    {
      id: 'sort-cards',
      labelKey: 'fix.sortCards',
      params: {},
      paths: [['action', 'cards']],
      issues,
      apply: (draft) => {
        const cards = cardsOf(draft)
        return setAt(
          draft,
          ['action', 'cards'],
          shownCardOrder(cards).map((place) => cards[place]),
        )
      },
    },
  ]
}

/**
 * Quick-reply cards with different numbers of buttons: give every card as many as the card
 * with the most, copying that card's titles (each with an id of its own). Nothing is removed.
 */
export function alignCardButtons(context: FixContext): FixIt[] {
  if (context.type !== 'carousel') return []
  const cards = cardsOf(context.draft)
  const counts = cards.map((card) => getAt(card, ['action', 'buttons']))
  if (!counts.every(Array.isArray) || counts.length < 2) return []
  const lengths = counts.map((buttons) => (buttons as unknown[]).length)
  const most = Math.max(...lengths)
  if (lengths.every((length) => length === most) || most > carouselQuickReplyLimit(context.options).max) return []
  const issues = cards.flatMap((_, i) => issuesAt(context.issues, ['action', 'cards', i, 'action'], ['invalid_value']))
  const model = counts[lengths.indexOf(most)] as unknown[]
  return [
    {
      id: 'align-card-buttons',
      labelKey: 'fix.alignCardButtons',
      params: { count: most, card: lengths.indexOf(most) + 1 },
      paths: cards.map((_, i) => ['action', 'cards', i, 'action', 'buttons']),
      issues,
      apply: (draft) =>
        cardsOf(draft).reduce<unknown>((next, card, c) => padQuickReplies(context, next, c, card, model), draft),
    },
  ]
}

/**
 * `draft` with card `c` (`card`) given as many quick replies as `model` holds, those it lacks
 * copied from `model`'s titles, each with an id of its own; a card without a list of quick
 * replies stays as it is.
 */
function padQuickReplies(context: FixContext, draft: unknown, c: number, card: unknown, model: unknown[]): unknown {
  const buttons = getAt(card, ['action', 'buttons'])
  if (!Array.isArray(buttons) || buttons.length >= model.length) return draft
  const taken = takenIds(context.description, draft)
  const added = [...buttons]
  for (let b = buttons.length; b < model.length; b++) {
    const raw = getAt(model[b], ['quick_reply', 'title'])
    const title = typeof raw === 'string' ? raw : ''
    const id = idFromTitle(title, ID_PREFIX.cardButton, taken, LIMITS.carousel.quickReplyId)
    taken.add(id)
    added.push({ type: 'quick_reply', quick_reply: { id, title } })
  }
  return setAt(draft, ['action', 'cards', c, 'action', 'buttons'], added)
}

/**
 * Product cards from several catalogs, or some with an empty catalog id: use the catalog the
 * cards share (the first named, as the validator compares them) on every card (the catalog id
 * is in the label).
 */
export function oneCatalog(context: FixContext): FixIt[] {
  if (context.type !== 'carousel') return []
  const cards = cardsOf(context.draft)
  const issues = cards.flatMap((_, i) =>
    issuesAt(context.issues, ['action', 'cards', i, 'action', 'catalog_id'], ['invalid_value', 'too_short']),
  )
  const catalogId = sharedCatalog(
    cards.map((card) => {
      const id = getAt(card, ['action', 'catalog_id'])
      return getAt(card, ['type']) === 'product' && typeof id === 'string' ? id : undefined
    }),
  )
  if (issues.length === 0 || catalogId === undefined) return []
  return [
    {
      id: 'one-catalog',
      labelKey: 'fix.oneCatalog',
      params: { catalogId },
      paths: issues.map((issue) => issue.path),
      issues,
      apply: (draft) =>
        cardsOf(draft).reduce<unknown>(
          (next, card, i) =>
            getAt(card, ['type']) === 'product'
              ? setAt(next, ['action', 'cards', i, 'action', 'catalog_id'], catalogId)
              : next,
          draft,
        ),
    },
  ]
}

const KIND_LABELS: Record<string, DraftLabelKey> = {
  url: 'fix.sameCardKindUrl',
  quickReply: 'fix.sameCardKindQuickReply',
  product: 'fix.sameCardKindProduct',
}

/**
 * Cards of another kind than card 1 (a URL button beside quick replies, from JSON; Meta's
 * carousel guide wants one kind on every card): turn them into card 1's kind, as picking that
 * card kind does (a reply title becomes the link button's text), with as many quick replies as
 * card 1 (the rest copied from its titles). Cards already of that kind stay as they are, and a
 * converted card keeps its own card_index (one without is numbered by its place). It claims
 * only the mismatches its result mends (a junk card 1, with no quick replies, leaves them) and
 * is not offered when it mends none.
 */
export function sameCardKind(context: FixContext): FixIt[] {
  if (context.type !== 'carousel') return []
  const cards = cardsOf(context.draft)
  const first = cards.length > 0 ? cardKindOf(cards[0]) : undefined
  const claimed = cards.flatMap((card, i) =>
    cardKindOf(card) === first ? [] : issuesAt(context.issues, ['action', 'cards', i, 'action'], ['invalid_value']),
  )
  const labelKey = first === undefined ? undefined : KIND_LABELS[first]
  if (claimed.length === 0 || first === undefined || labelKey === undefined) return []
  const apply = (draft: unknown) => {
    const converted = convertCards(draft, ['action', 'cards'], first, context.options)
    const model = getAt(cardsOf(draft)[0], ['action', 'buttons'])
    return cardsOf(draft).reduce<unknown>((next, card, i) => {
      if (cardKindOf(card) === first) return setAt(next, ['action', 'cards', i], card)
      const index = getAt(card, ['card_index'])
      const kept = index === undefined ? next : setAt(next, ['action', 'cards', i, 'card_index'], index)
      return Array.isArray(model) ? padQuickReplies(context, kept, i, cardsOf(kept)[i], model) : kept
    }, converted)
  }
  const issues = resolvedIn(claimed, apply(context.draft), context.options)
  if (issues.length === 0) return []
  return [{ id: 'same-card-kind', labelKey, params: {}, paths: issues.map((issue) => issue.path), issues, apply }]
}
