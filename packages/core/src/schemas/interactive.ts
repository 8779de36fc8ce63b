import type * as z from 'zod/mini'
import { addressInteractiveSchema } from './address.ts'
import { buttonInteractiveSchema } from './button.ts'
import { byType } from './by-type.ts'
import { callPermissionRequestInteractiveSchema, voiceCallInteractiveSchema } from './calls.ts'
import { createCarouselInteractiveSchema } from './carousel.ts'
import { ctaUrlInteractiveSchema } from './cta-url.ts'
import { createFlowInteractiveSchema } from './flow.ts'
import { createListInteractiveSchema } from './list.ts'
import { locationRequestInteractiveSchema } from './location-request.ts'
import { catalogInteractiveSchema, productInteractiveSchema, productListInteractiveSchema } from './product.ts'
import { resolveSchemaOptions, type SchemaOptions } from './schema-options.ts'

/** Every `interactive.type` WhatsApp documents, in the order the builder offers them. */
export const INTERACTIVE_TYPES = [
  'button',
  'list',
  'cta_url',
  'location_request_message',
  'flow',
  'product',
  'product_list',
  'catalog_message',
  'carousel',
  'voice_call',
  'call_permission_request',
  'address_message',
] as const

/** One of the twelve interactive message types. */
export type InteractiveType = (typeof INTERACTIVE_TYPES)[number]

function build(options: SchemaOptions) {
  const resolved = resolveSchemaOptions(options)
  return byType([
    buttonInteractiveSchema,
    createListInteractiveSchema(resolved),
    ctaUrlInteractiveSchema,
    locationRequestInteractiveSchema,
    createFlowInteractiveSchema(resolved),
    productInteractiveSchema,
    productListInteractiveSchema,
    catalogInteractiveSchema,
    createCarouselInteractiveSchema(resolved),
    voiceCallInteractiveSchema,
    callPermissionRequestInteractiveSchema,
    addressInteractiveSchema,
  ])
}

// Built pure: a bundle that takes only the type names (INTERACTIVE_TYPES, draftType, the draft's
// keys) drops it, and with it every type's rule.
/**
 * The rule of the WhatsApp `interactive` object, every type, with every limit and cross-field
 * rule of Meta's interactive guides and the Messages API reference, which `validateInteractive`
 * runs and `interactiveSchema` wraps as a zod schema.
 */
export const interactiveRule = /* @__PURE__ */ build({})

const cache = new Map<string, typeof interactiveRule>()

/** The interactive rule for `SchemaOptions` (built once per combination). */
export function createInteractiveRule(options: SchemaOptions = {}): typeof interactiveRule {
  const resolved = resolveSchemaOptions(options)
  const key = `${resolved.extendedListBody}|${resolved.allowFlowMediaHeader}|${resolved.carouselQuickReplyMax}`
  if (key === 'false|false|2') return interactiveRule
  let schema = cache.get(key)
  if (!schema) {
    schema = build(resolved)
    cache.set(key, schema)
  }
  return schema
}

/** Any interactive message. */
export type Interactive = z.infer<typeof interactiveRule>
