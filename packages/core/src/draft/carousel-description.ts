import { LIMITS } from '../limits.ts'
import { CAROUSEL_CARD_HEADER_KINDS, carouselQuickReplyLimit } from '../schemas/message-parts.ts'
import type { SchemaOptions } from '../schemas/schema-options.ts'
import { CARD_MEDIA, field, group, headerChoice } from './description-nodes.ts'
import type { DraftNode, GroupDescription } from './draft-description.ts'
import type { DraftPath } from './draft-path.ts'

const parameters = (...rest: (string | number)[]): DraftPath => ['action', 'parameters', ...rest]

const cards = (fields: DraftNode[]): GroupDescription =>
  group({
    item: 'card',
    labelKey: 'group.card',
    addLabelKey: 'action.addCard',
    path: ['action', 'cards'],
    count: LIMITS.carousel.cards,
    fields,
  })

const mediaCardFields = (): DraftNode[] => [
  headerChoice(CAROUSEL_CARD_HEADER_KINDS, true, 'field.card.header', CARD_MEDIA),
  field('multiline', 'field.card.body', ['body', 'text'], LIMITS.carousel.cardBody, {
    optional: true,
    optionalParent: ['body'],
    formatting: true,
    lineBreaks: LIMITS.carousel.cardBodyLineBreaks,
  }),
]

/** A carousel's fields: the card kind, and the cards of that kind with their header, body and button(s). */
export function carouselDescription(options: SchemaOptions): DraftNode[] {
  return [
    {
      node: 'choice',
      choice: 'cardKind',
      labelKey: 'field.carousel.cardKind',
      path: ['action', 'cards'],
      options: [
        {
          value: 'url',
          labelKey: 'option.cardKind.url',
          fields: [
            cards([
              ...mediaCardFields(),
              field('text', 'field.card.buttonText', parameters('display_text'), LIMITS.carousel.displayText),
              field('url', 'field.card.buttonUrl', parameters('url'), LIMITS.ctaUrl.url),
            ]),
          ],
        },
        {
          value: 'quickReply',
          labelKey: 'option.cardKind.quickReply',
          fields: [
            cards([
              ...mediaCardFields(),
              group({
                item: 'cardButton',
                labelKey: 'group.button',
                addLabelKey: 'action.addButton',
                path: ['action', 'buttons'],
                count: carouselQuickReplyLimit(options),
                aligned: true,
                fields: [
                  field('text', 'field.button.title', ['quick_reply', 'title'], LIMITS.carousel.quickReplyTitle),
                  field('id', 'field.button.id', ['quick_reply', 'id'], LIMITS.carousel.quickReplyId, {
                    generatedFrom: ['quick_reply', 'title'],
                    unique: true,
                  }),
                ],
              }),
            ]),
          ],
        },
        {
          value: 'product',
          labelKey: 'option.cardKind.product',
          fields: [
            cards([
              field('id', 'field.card.catalogId', ['action', 'catalog_id'], LIMITS.product.catalogId),
              field('id', 'field.card.retailerId', ['action', 'product_retailer_id'], LIMITS.product.retailerId),
            ]),
          ],
        },
      ],
    },
  ]
}
