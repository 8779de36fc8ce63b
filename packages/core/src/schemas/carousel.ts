import type * as z from 'zod/mini'
import type { CardKind } from '../i18n/issue-reason.ts'
import { isRecord } from '../is-record.ts'
import { LIMITS } from '../limits.ts'
import { byType } from './by-type.ts'
import { checkCount, checkUnique, listOf } from './count.ts'
import { crossCheck } from './cross-check.ts'
import { field, items, report, stringField } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { lineBreaksIssue } from './length-issue.ts'
import { literal } from './literal.ts'
import { carouselQuickReplyLimit, MESSAGE_PARTS } from './message-parts.ts'
import { object, optional } from './object.ts'
import { cardHeaderField, partFields } from './part-fields.ts'
import type { ResolvedSchemaOptions } from './schema-options.ts'
import { hasVisibleText, httpUrl, identifier, limitedText } from './text.ts'
import { wholeNumber } from './whole-number.ts'

const cardIndex = wholeNumber(LIMITS.carousel.cardIndex, 'card_index_range')

const cardBody = object({
  // The hint stays on the schema before this check, so it is given again here: the JSON
  // Schema carries Meta's 160 (its line breaks only the validators can count).
  text: hint(
    limitedText(LIMITS.carousel.cardBody).check((payload) => {
      const detail = lineBreaksIssue(LIMITS.carousel.cardBodyLineBreaks, payload.value)
      if (detail === undefined) return
      report(payload, detail.warning ? detail : { ...detail, reason: 'card_line_breaks' })
    }),
    'text',
    LIMITS.carousel.cardBody,
  ),
})

/** A quick-reply button on a media card. */
export const quickReplySchema = object({
  type: literal('quick_reply'),
  quick_reply: object({
    id: identifier(LIMITS.carousel.quickReplyId),
    title: limitedText(LIMITS.carousel.quickReplyTitle, 'line'),
  }),
})

/** A media card's action: one URL button (`name` + `parameters`) or quick-reply `buttons`. */
export const cardActionSchema = object(
  {
    name: optional(literal('cta_url')),
    parameters: optional(
      object({
        display_text: limitedText(LIMITS.carousel.displayText, 'line'),
        url: httpUrl(LIMITS.ctaUrl.url),
      }),
    ),
    // Meta documents "one or more" quick replies and no maximum (a guard: past it, a warning
    // per card, below), so the JSON Schema gives no maxItems.
    buttons: optional(hint(listOf(quickReplySchema), 'items', LIMITS.carousel.quickReplies)),
  },
  crossCheck(
    (action, ctx) => {
      if (action.buttons !== undefined) {
        for (const key of ['name', 'parameters'] as const) {
          if (action[key] !== undefined) {
            report(ctx, { code: 'not_allowed', reason: 'quick_replies_exclusive' }, [key])
          }
        }
        return
      }
      if (action.name === undefined) report(ctx, { code: 'required' }, ['name'])
      if (action.parameters === undefined) report(ctx, { code: 'required' }, ['parameters'])
    },
    // An action that is a list has its own issue: asking for its `name` would point into the list.
    (payload) => isRecord(payload.value),
  ),
)

/** A media card: an image or video header, optional short body, and its button(s) (Meta, Interactive media carousel messages guide). */
export const mediaCardSchema = object({
  card_index: cardIndex,
  type: literal('cta_url'),
  header: cardHeaderField(),
  body: optional(cardBody),
  action: cardActionSchema,
})

/** A product card: one catalog product, no header, body or buttons. */
export const productCardSchema = object({
  card_index: cardIndex,
  type: literal('product'),
  action: object({
    product_retailer_id: identifier(LIMITS.product.retailerId),
    catalog_id: identifier(LIMITS.product.catalogId),
  }),
})

/** A card's kind and, for quick replies, how many buttons it has. */
const cardKind = (card: unknown): { kind: CardKind; buttons: number } | undefined => {
  const type = stringField(card, 'type')
  if (type === 'product') return { kind: 'product', buttons: 0 }
  const action = field(card, 'action')
  if (type !== 'cta_url' || typeof action !== 'object' || action === null) return undefined
  const buttons = field(action, 'buttons')
  return Array.isArray(buttons) ? { kind: 'quick_reply', buttons: buttons.length } : { kind: 'url', buttons: 0 }
}

/**
 * The catalog every product card of a carousel must use, from the cards' `catalog_id`s in order:
 * the first that names one (visible text; else the first non-empty), or undefined.
 */
export const sharedCatalog = (catalogIds: readonly (string | undefined)[]): string | undefined =>
  catalogIds.find((id) => id !== undefined && hasVisibleText(id)) ?? catalogIds.find(Boolean)

/** Builds the carousel schema; where the quick-reply warning per card starts is an option (`LIMITS.carousel.quickReplies`: Meta gives no maximum). */
export function createCarouselInteractiveSchema(options: ResolvedSchemaOptions) {
  const quickReplies = carouselQuickReplyLimit(options)
  return object(
    {
      type: literal('carousel'),
      ...partFields(MESSAGE_PARTS.carousel),
      action: object({
        cards: hint(listOf(byType([mediaCardSchema, productCardSchema])), 'carousel_cards', LIMITS.carousel.cards),
      }),
    },
    crossCheck((value, ctx) => {
      const cards = field(field(value, 'action'), 'cards')
      if (!Array.isArray(cards)) return
      const at = (i: number, ...rest: (string | number)[]) => ['action', 'cards', i, ...rest]
      checkCount(ctx, cards.length, LIMITS.carousel.cards, 'card', { scope: 'carousel' }, ['action', 'cards'])
      const firstKind = cardKind(cards[0])
      const indexes = new Map<number, number>()
      const replyIds: { value: string | undefined; path: (string | number)[] }[] = []
      const products: typeof replyIds = []
      const catalogs: (string | undefined)[] = []
      items(cards).forEach((card, i) => {
        const kind = cardKind(card)
        const differs = kind?.kind !== firstKind?.kind || kind?.buttons !== firstKind?.buttons
        if (i > 0 && kind !== undefined && firstKind !== undefined && differs) {
          const params = {
            at: i + 1,
            cardKind: kind.kind,
            buttons: kind.buttons,
            firstKind: firstKind.kind,
            firstButtons: firstKind.buttons,
          }
          report(ctx, { code: 'invalid_value', reason: 'card_kind_mismatch', params }, at(i, 'action'))
        }
        const headerKind = stringField(field(card, 'header'), 'type')
        if (headerKind !== undefined && field(field(field(card, 'header'), headerKind), 'id') !== undefined) {
          report(
            ctx,
            { code: 'not_recommended', reason: 'card_media_id', params: { at: i + 1 }, warning: true },
            at(i, 'header', headerKind, 'id'),
          )
        }
        const index = field(card, 'card_index')
        if (typeof index === 'number') {
          const previous = indexes.get(index)
          if (previous !== undefined) {
            report(
              ctx,
              {
                code: 'duplicate',
                reason: 'card_index_duplicate',
                params: { at: i + 1, index, firstCard: previous + 1 },
              },
              at(i, 'card_index'),
            )
          } else {
            indexes.set(index, i)
          }
        }
        const buttons = field(field(card, 'action'), 'buttons')
        if (Array.isArray(buttons)) {
          checkCount(
            ctx,
            buttons.length,
            quickReplies,
            'quick_reply',
            { scope: 'card', at: i + 1 },
            at(i, 'action', 'buttons'),
          )
          items(buttons).forEach((button, b) => {
            replyIds.push({
              value: stringField(field(button, 'quick_reply'), 'id'),
              path: at(i, 'action', 'buttons', b, 'quick_reply', 'id'),
            })
          })
        }
        const catalogId = kind?.kind === 'product' ? stringField(field(card, 'action'), 'catalog_id') : undefined
        const product = kind?.kind === 'product' ? stringField(field(card, 'action'), 'product_retailer_id') : undefined
        products.push({ value: product, path: at(i, 'action', 'product_retailer_id') })
        catalogs.push(catalogId)
      })
      // Every product card in one catalog (Meta's product carousel guide). An empty id names
      // none: it is reported once, as empty, not as another catalog.
      const catalog = sharedCatalog(catalogs)
      catalogs.forEach((catalogId, i) => {
        if (catalogId && catalogId !== catalog) {
          report(
            ctx,
            { code: 'invalid_value', reason: 'catalog_mismatch', params: { at: i + 1 } },
            at(i, 'action', 'catalog_id'),
          )
        }
      })
      checkUnique(ctx, replyIds, 'id', 'repeated_reply_id')
      // As in a product list: the same product on two cards is shown twice (a warning).
      checkUnique(ctx, products, 'product_retailer_id', 'repeated_product')
      const { min, max } = LIMITS.carousel.cardIndex
      // Only whole numbers in range order the cards (as the fixes and the preview read them,
      // `shownCardKeys`); any other index is a problem of its own, reported on its card (or once
      // the card has a type), so no gap or order is read from it.
      const inRange = [...indexes.keys()].every((index) => Number.isInteger(index) && index >= min && index <= max)
      const contiguous = [...indexes.keys()].every((index) => index < cards.length)
      if (indexes.size === cards.length && inRange && !contiguous) {
        report(ctx, { code: 'not_recommended', reason: 'card_index_gap', warning: true }, ['action', 'cards'])
      }
      // Cards appear left to right by card_index (media carousel guide), whatever their place in
      // the list: a list in another order is not what the customer sees, and "card 2" in any
      // sentence or form names the second listed.
      const listed = [...indexes.keys()]
      const ascending = [...listed].sort((a, b) => a - b)
      const misplaced = listed.findIndex((index, i) => index !== ascending[i])
      if (indexes.size === cards.length && inRange && misplaced >= 0) {
        const params = { at: misplaced + 1, index: listed[misplaced] }
        report(ctx, { code: 'not_recommended', reason: 'card_index_order', params, warning: true }, ['action', 'cards'])
      }
    }),
  )
}

/** A carousel of media cards or product cards. */
export type CarouselInteractive = z.infer<ReturnType<typeof createCarouselInteractiveSchema>>
/** One card of a media carousel: an image or video header, a body and its buttons. */
export type MediaCard = z.infer<typeof mediaCardSchema>
/** One card of a product carousel: a product from the catalog. */
export type ProductCard = z.infer<typeof productCardSchema>
