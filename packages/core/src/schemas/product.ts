import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { checkCount, checkUnique } from './count.ts'
import { field, items, report } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { bodySchema, footerSchema, notAllowed, textHeaderSchema } from './parts.ts'
import { identifier, limitedText } from './text.ts'

const catalogId = identifier(LIMITS.product.catalogId)
const retailerId = identifier(LIMITS.product.retailerId)

/** A single product from the business's catalog (§2.6): no header, optional body and footer. */
export const productInteractiveSchema = z.strictObject({
  type: z.literal('product'),
  header: notAllowed,
  body: z.optional(bodySchema),
  footer: z.optional(footerSchema),
  action: z.strictObject({ catalog_id: catalogId, product_retailer_id: retailerId }),
})

/** A section of a multi-product message. */
export const productSectionSchema = z.strictObject({
  title: z.optional(limitedText(LIMITS.productList.sectionTitle)),
  product_items: hint(z.array(z.strictObject({ product_retailer_id: retailerId })), { minItems: 1, maxItems: 30 }),
})

/** Up to 30 products in sections (§2.7): a text header is required. */
export const productListInteractiveSchema = z
  .strictObject({
    type: z.literal('product_list'),
    header: textHeaderSchema,
    body: bodySchema,
    footer: z.optional(footerSchema),
    action: z.strictObject({
      catalog_id: catalogId,
      sections: hint(z.array(productSectionSchema), {
        minItems: 1,
        maxItems: 10,
        description: 'At most 30 products in total; titles required with more than one section',
      }),
    }),
  })
  .check(
    z.superRefine(
      (value, ctx) => {
        const sections = field(field(value, 'action'), 'sections')
        if (!Array.isArray(sections)) return
        checkCount(ctx, sections.length, LIMITS.productList.sections, 'section', 'The product list', [
          'action',
          'sections',
        ])
        let total = 0
        const ids: { value: string | undefined; path: (string | number)[]; label: string }[] = []
        items(sections).forEach((section, s) => {
          if (typeof section !== 'object' || section === null) return
          if (sections.length > 1 && field(section, 'title') === undefined) {
            report(
              ctx,
              {
                code: 'required',
                message: `Section ${s + 1} needs a title: WhatsApp requires section titles when there is more than one section`,
              },
              ['action', 'sections', s, 'title'],
            )
          }
          const products = field(section, 'product_items')
          if (!Array.isArray(products)) return
          total += products.length
          if (products.length === 0) {
            checkCount(ctx, 0, LIMITS.productList.itemsPerSection, 'product', `Section ${s + 1}`, [
              'action',
              'sections',
              s,
              'product_items',
            ])
          }
          items(products).forEach((product, p) => {
            const id = field(product, 'product_retailer_id')
            ids.push({
              value: typeof id === 'string' ? id : undefined,
              path: ['action', 'sections', s, 'product_items', p, 'product_retailer_id'],
              label: `Section ${s + 1} product ${p + 1}`,
            })
          })
        })
        if (total > LIMITS.productList.itemsTotal.max) {
          checkCount(ctx, total, LIMITS.productList.itemsTotal, 'product', 'The product list', ['action', 'sections'])
        }
        checkUnique(ctx, ids, 'product_retailer_id')
      },
      { when: () => true },
    ),
  )

/** The catalog message (§2.8): WhatsApp's "View catalog" button. */
export const catalogInteractiveSchema = z
  .strictObject({
    type: z.literal('catalog_message'),
    header: notAllowed,
    body: bodySchema,
    footer: z.optional(footerSchema),
    action: z.strictObject({
      name: z.literal('catalog_message'),
      parameters: z.optional(z.strictObject({ thumbnail_product_retailer_id: z.optional(retailerId) })),
    }),
  })
  .check(
    z.superRefine(
      (value, ctx) => {
        const action = field(value, 'action')
        if (typeof action !== 'object' || action === null) return
        const parameters = field(action, 'parameters')
        // Parameters of the wrong type are already an error; the warning is for a missing thumbnail.
        if (parameters !== undefined && (typeof parameters !== 'object' || parameters === null)) return
        if (field(parameters, 'thumbnail_product_retailer_id') === undefined) {
          report(
            ctx,
            {
              code: 'not_recommended',
              message:
                'No thumbnail_product_retailer_id: Meta says it is optional, but the API has been seen rejecting catalog messages without it',
              warning: true,
            },
            parameters === undefined
              ? ['action', 'parameters']
              : ['action', 'parameters', 'thumbnail_product_retailer_id'],
          )
        }
      },
      { when: () => true },
    ),
  )

/** Catalog message types. */
export type ProductInteractive = z.infer<typeof productInteractiveSchema>
export type ProductListInteractive = z.infer<typeof productListInteractiveSchema>
export type CatalogInteractive = z.infer<typeof catalogInteractiveSchema>
