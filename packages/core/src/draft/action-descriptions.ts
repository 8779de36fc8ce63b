import { LIMITS } from '../limits.ts'
import type { InteractiveType } from '../schemas/interactive.ts'
import type { SchemaOptions } from '../schemas/schema-options.ts'
import { addressDescription } from './address-description.ts'
import { carouselDescription } from './carousel-description.ts'
import { BUTTON_URL_HINT, CATALOG_HINT, field, group, PRODUCT_HINT } from './description-nodes.ts'
import type { DraftNode } from './draft-description.ts'
import type { DraftPath } from './draft-path.ts'

const parameters = (...rest: (string | number)[]): DraftPath => ['action', 'parameters', ...rest]

const sectionTitle = (limit: typeof LIMITS.list.sectionTitle) =>
  field('text', 'field.section.title', ['title'], limit, {
    optional: true,
    requiredWhenSeveral: true,
    messageWords: true,
  })

/** The type's own fields (everything but header, body and footer). */
export function actionDescription(type: InteractiveType, options: SchemaOptions): DraftNode[] {
  switch (type) {
    case 'button':
      return [
        group({
          item: 'button',
          labelKey: 'group.button',
          addLabelKey: 'action.addButton',
          path: ['action', 'buttons'],
          count: LIMITS.button.count,
          fields: [
            field('text', 'field.button.title', ['reply', 'title'], LIMITS.button.title, { messageWords: true }),
            field('id', 'field.button.id', ['reply', 'id'], LIMITS.button.id, {
              generatedFrom: ['reply', 'title'],
              unique: true,
            }),
          ],
        }),
      ]
    case 'list':
      return [
        field('text', 'field.list.button', ['action', 'button'], LIMITS.list.button, { messageWords: true }),
        group({
          item: 'section',
          labelKey: 'group.section',
          addLabelKey: 'action.addSection',
          path: ['action', 'sections'],
          count: LIMITS.list.sections,
          fields: [
            sectionTitle(LIMITS.list.sectionTitle),
            group({
              item: 'row',
              labelKey: 'group.row',
              addLabelKey: 'action.addRow',
              path: ['rows'],
              count: LIMITS.list.rowsPerSection,
              total: LIMITS.list.rowsTotal,
              fields: [
                field('text', 'field.row.title', ['title'], LIMITS.list.rowTitle, { messageWords: true }),
                field('id', 'field.row.id', ['id'], LIMITS.list.rowId, { generatedFrom: ['title'], unique: true }),
                field('text', 'field.row.description', ['description'], LIMITS.list.rowDescription, {
                  optional: true,
                  messageWords: true,
                }),
              ],
            }),
          ],
        }),
      ]
    case 'cta_url':
      return [
        field('text', 'field.buttonText', parameters('display_text'), LIMITS.ctaUrl.displayText, {
          messageWords: true,
        }),
        field('url', 'field.buttonUrl', parameters('url'), LIMITS.ctaUrl.url, BUTTON_URL_HINT),
      ]
    case 'flow': {
      const payload = parameters('flow_action_payload')
      return [
        {
          node: 'choice',
          choice: 'flowTarget',
          labelKey: 'field.flow.target',
          path: parameters(),
          options: [
            {
              value: 'id',
              labelKey: 'option.flow.target.id',
              fields: [
                field('id', 'field.flow.id', parameters('flow_id'), LIMITS.flow.id, { hintKey: 'hint.flow.id' }),
              ],
            },
            {
              value: 'name',
              labelKey: 'option.flow.target.name',
              fields: [
                field('text', 'field.flow.name', parameters('flow_name'), LIMITS.flow.name, {
                  hintKey: 'hint.flow.name',
                }),
              ],
            },
          ],
        },
        field('text', 'field.flow.cta', parameters('flow_cta'), LIMITS.flow.cta, { messageWords: true }),
        field('enum', 'field.flow.mode', parameters('mode'), undefined, {
          optional: true,
          defaultValue: 'published',
          options: [
            { value: 'published', labelKey: 'option.flow.mode.published' },
            { value: 'draft', labelKey: 'option.flow.mode.draft' },
          ],
        }),
        field('text', 'field.flow.token', parameters('flow_token'), LIMITS.flow.token, {
          optional: true,
          hintKey: 'hint.flow.token',
        }),
        {
          node: 'choice',
          choice: 'flowAction',
          labelKey: 'field.flow.action',
          path: parameters('flow_action'),
          options: [
            {
              value: 'navigate',
              labelKey: 'option.flow.action.navigate',
              fields: [
                field('id', 'field.flow.screen', [...payload, 'screen'], LIMITS.flow.screen, {
                  optional: true,
                  optionalParent: payload,
                  hintKey: 'hint.flow.screen',
                }),
                field('json', 'field.flow.data', [...payload, 'data'], undefined, {
                  optional: true,
                  optionalParent: payload,
                  hintKey: 'hint.flow.data',
                }),
              ],
            },
            { value: 'data_exchange', labelKey: 'option.flow.action.data_exchange', fields: [] },
          ],
        },
      ]
    }
    case 'product':
      return [
        field('id', 'field.product.catalogId', ['action', 'catalog_id'], LIMITS.product.catalogId, CATALOG_HINT),
        field(
          'id',
          'field.product.retailerId',
          ['action', 'product_retailer_id'],
          LIMITS.product.retailerId,
          PRODUCT_HINT,
        ),
      ]
    case 'product_list':
      return [
        field('id', 'field.product.catalogId', ['action', 'catalog_id'], LIMITS.product.catalogId, CATALOG_HINT),
        group({
          item: 'productSection',
          labelKey: 'group.section',
          addLabelKey: 'action.addSection',
          path: ['action', 'sections'],
          count: LIMITS.productList.sections,
          fields: [
            sectionTitle(LIMITS.productList.sectionTitle),
            group({
              item: 'product',
              labelKey: 'group.product',
              addLabelKey: 'action.addProduct',
              path: ['product_items'],
              count: LIMITS.productList.itemsPerSection,
              total: LIMITS.productList.itemsTotal,
              fields: [
                field('id', 'field.productItem.retailerId', ['product_retailer_id'], LIMITS.product.retailerId, {
                  ...PRODUCT_HINT,
                  unique: true,
                }),
              ],
            }),
          ],
        }),
      ]
    case 'catalog_message':
      return [
        field('id', 'field.catalog.thumbnail', parameters('thumbnail_product_retailer_id'), LIMITS.product.retailerId, {
          optional: true,
          optionalParent: parameters(),
          hintKey: 'hint.catalog.thumbnail',
        }),
      ]
    case 'carousel':
      return carouselDescription(options)
    case 'voice_call':
      return [
        field('text', 'field.buttonText', parameters('display_text'), LIMITS.voiceCall.displayText, {
          optional: true,
          messageWords: true,
          optionalParent: parameters(),
        }),
        field('number', 'field.voiceCall.ttl', parameters('ttl_minutes'), LIMITS.voiceCall.ttlMinutes, {
          optional: true,
          optionalParent: parameters(),
          defaultValue: LIMITS.voiceCall.ttlMinutes.default,
        }),
        field('text', 'field.voiceCall.payload', parameters('payload'), LIMITS.voiceCall.payload, {
          optional: true,
          optionalParent: parameters(),
          hintKey: 'hint.voiceCall.payload',
        }),
      ]
    case 'address_message':
      return addressDescription()
    case 'location_request_message':
    case 'call_permission_request':
      return []
  }
}
