import { LIMITS } from '../limits.ts'
import { CAROUSEL_CARD_HEADER_KINDS, carouselQuickReplyLimit } from '../schemas/message-parts.ts'
import type { SchemaOptions } from '../schemas/schema-options.ts'
import {
  BUTTON_URL_HINT,
  CARD_MEDIA,
  CATALOG_HINT,
  field,
  group,
  headerChoice,
  PRODUCT_HINT,
} from './description-nodes.ts'
import type { ChoiceDescription, DraftNode } from './draft-description.ts'
import type { DraftLabelKey } from './draft-label-keys.ts'
import type { DraftPath } from './draft-path.ts'

const parameters = (...rest: (string | number)[]): DraftPath => ['action', 'parameters', ...rest]

const mediaCardFields = (): DraftNode[] => [
  headerChoice(CAROUSEL_CARD_HEADER_KINDS, true, 'field.card.header', CARD_MEDIA),
  field('multiline', 'field.card.body', ['body', 'text'], LIMITS.carousel.cardBody, {
    optional: true,
    optionalParent: ['body'],
    formatting: true,
    messageWords: true,
    lineBreaks: LIMITS.carousel.cardBodyLineBreaks,
  }),
]

const option = (value: string, labelKey: DraftLabelKey, fields: DraftNode[] = []) => ({ value, labelKey, fields })

// Each card is drawn by its own kind, so a card of another kind than card 1 (from JSON) still
// shows its buttons, beside its mismatch error and the fix-it.
const cardContent = (options: SchemaOptions): ChoiceDescription => ({
  node: 'choice',
  choice: 'cardContent',
  labelKey: 'field.carousel.cardKind',
  path: [],
  control: false,
  options: [
    option('url', 'option.cardKind.url', [
      ...mediaCardFields(),
      field('text', 'field.card.buttonText', parameters('display_text'), LIMITS.carousel.displayText, {
        messageWords: true,
      }),
      field('url', 'field.card.buttonUrl', parameters('url'), LIMITS.ctaUrl.url, BUTTON_URL_HINT),
    ]),
    option('quickReply', 'option.cardKind.quickReply', [
      ...mediaCardFields(),
      group({
        item: 'cardButton',
        labelKey: 'group.button',
        addLabelKey: 'action.addButton',
        path: ['action', 'buttons'],
        count: carouselQuickReplyLimit(options),
        aligned: true,
        fields: [
          field('text', 'field.button.title', ['quick_reply', 'title'], LIMITS.carousel.quickReplyTitle, {
            messageWords: true,
          }),
          field('id', 'field.button.id', ['quick_reply', 'id'], LIMITS.carousel.quickReplyId, {
            generatedFrom: ['quick_reply', 'title'],
            unique: true,
          }),
        ],
      }),
    ]),
    option('product', 'option.cardKind.product', [
      field('id', 'field.card.catalogId', ['action', 'catalog_id'], LIMITS.product.catalogId, CATALOG_HINT),
      field('id', 'field.card.retailerId', ['action', 'product_retailer_id'], LIMITS.product.retailerId, PRODUCT_HINT),
    ]),
  ],
})

/**
 * A carousel's fields: the card kind (card 1's; picking one converts every card), then the
 * cards, each with the header, body and button(s) of its own kind.
 */
export function carouselDescription(options: SchemaOptions): DraftNode[] {
  return [
    {
      node: 'choice',
      choice: 'cardKind',
      labelKey: 'field.carousel.cardKind',
      path: ['action', 'cards'],
      options: [
        option('url', 'option.cardKind.url'),
        option('quickReply', 'option.cardKind.quickReply'),
        option('product', 'option.cardKind.product'),
      ],
    },
    group({
      item: 'card',
      labelKey: 'group.card',
      addLabelKey: 'action.addCard',
      path: ['action', 'cards'],
      count: LIMITS.carousel.cards,
      fields: [cardContent(options)],
    }),
  ]
}
