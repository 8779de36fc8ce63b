import type * as z from 'zod/mini'
import { isRecord } from '../is-record.ts'
import { LIMITS } from '../limits.ts'
import { listOf } from './count.ts'
import { crossCheck } from './cross-check.ts'
import { field, report } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { literal } from './literal.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { object, optional } from './object.ts'
import { partFields } from './part-fields.ts'
import { checkSections } from './sections.ts'
import { identifier, limitedText } from './text.ts'

const catalogId = identifier(LIMITS.product.catalogId)
const retailerId = identifier(LIMITS.product.retailerId)

/** A single product from the business's catalog (Meta, Share products guide): no header, optional body and footer. */
export const productInteractiveSchema = object({
  type: literal('product'),
  ...partFields(MESSAGE_PARTS.product),
  action: object({ catalog_id: catalogId, product_retailer_id: retailerId }),
})

/** A section of a multi-product message. */
export const productSectionSchema = object({
  title: optional(limitedText(LIMITS.productList.sectionTitle, 'line')),
  product_items: hint(listOf(object({ product_retailer_id: retailerId })), 'items', LIMITS.productList.itemsPerSection),
})

/** Up to 30 products in sections (Meta, Share products guide): a text header is required. */
export const productListInteractiveSchema = object(
  {
    type: literal('product_list'),
    ...partFields(MESSAGE_PARTS.product_list),
    action: object({
      catalog_id: catalogId,
      sections: hint(listOf(productSectionSchema), 'product_sections', LIMITS.productList.sections),
    }),
  },
  crossCheck((value, ctx) =>
    checkSections(ctx, value, {
      scope: 'product_list',
      itemsKey: 'product_items',
      idKey: 'product_retailer_id',
      noun: 'product',
      sections: LIMITS.productList.sections,
      itemsPerSection: LIMITS.productList.itemsPerSection,
      itemsTotal: LIMITS.productList.itemsTotal,
    }),
  ),
)

/** The catalog message (Meta, Share products guide): WhatsApp's "View catalog" button. */
export const catalogInteractiveSchema = object(
  {
    type: literal('catalog_message'),
    ...partFields(MESSAGE_PARTS.catalog_message),
    action: object({
      name: literal('catalog_message'),
      parameters: optional(object({ thumbnail_product_retailer_id: optional(retailerId) })),
    }),
  },
  crossCheck((value, ctx) => {
    const action = field(value, 'action')
    // An action or parameters of the wrong type (a list too) are already an error; the warning
    // is for a missing thumbnail.
    if (!isRecord(action)) return
    const parameters = field(action, 'parameters')
    if (parameters !== undefined && !isRecord(parameters)) return
    if (field(parameters, 'thumbnail_product_retailer_id') === undefined) {
      report(
        ctx,
        { code: 'not_recommended', reason: 'catalog_thumbnail', warning: true },
        parameters === undefined ? ['action', 'parameters'] : ['action', 'parameters', 'thumbnail_product_retailer_id'],
      )
    }
  }),
)

/** A single product from the business's catalog. */
export type ProductInteractive = z.infer<typeof productInteractiveSchema>
/** A list of products from the catalog, in sections. */
export type ProductListInteractive = z.infer<typeof productListInteractiveSchema>
/** A button that opens the business's whole catalog. */
export type CatalogInteractive = z.infer<typeof catalogInteractiveSchema>
