import { BRIQ_PHONE_PATTERN, LIMITS, type Limit } from '../limits.ts'
import { COUNTRY_CODE_PATTERN } from '../schemas/address.ts'
import type { Hint } from '../schemas/json-hints.ts'
import { isDocumented } from '../schemas/limit-check.ts'
import { MESSAGE_PARTS } from '../schemas/message-parts.ts'

/**
 * JSON Schema keywords for a rule a zod schema enforces in code, so the generated
 * `interactive.schema.json` carries it too. JSON Schema's `maxLength` counts code points,
 * exactly as the validators do.
 */
export interface JsonKeywords {
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  minimum?: number
  maximum?: number
  pattern?: string
  minProperties?: number
  oneOf?: Record<string, unknown>[]
  format?: string
  description?: string
  type?: string
  additionalProperties?: Record<string, unknown>
}

// An undocumented bound is no rule: the JSON Schema leaves it out.
const length = (limit: Limit): JsonKeywords =>
  isDocumented(limit) ? { minLength: limit.min, maxLength: limit.max } : { minLength: limit.min }
const items = (limit: Limit): JsonKeywords =>
  isDocumented(limit) ? { minItems: limit.min, maxItems: limit.max } : { minItems: limit.min }

// Text schemas are checks on z.unknown() (see `text()`), so their keywords name the type; on a
// z.string() the key is already there and keeps its place.
const STRING = { type: 'string' }

// The cross-item rules JSON Schema cannot express, described where they apply.
const DESCRIPTIONS = {
  list_sections: `At most ${LIMITS.list.rowsTotal.max} rows in total; titles required with more than one section; row ids unique across sections`,
  product_sections: `At most ${LIMITS.productList.itemsTotal.max} products in total; titles required with more than one section`,
  carousel_cards:
    'All cards of one kind with the same number of buttons; card_index unique; quick-reply ids unique across cards',
  // The schema takes every kind; the validators refuse media ones unless the option is set.
  flow_header: `A ${MESSAGE_PARTS.flow.header.join(' or ')} header; ${MESSAGE_PARTS.flow.optionalHeader.join(', ').replace(/, (?=[^,]*$)/, ' or ')} headers only with the allowFlowMediaHeader validation option (Meta documents text headers for flow messages)`,
}

/** The keywords for a schema's hint (see `LimitHintKind`, `PlainHintKind`). */
export function keywordsFor(hint: Hint): JsonKeywords {
  switch (hint.kind) {
    case 'string':
      return STRING
    case 'text':
      return { ...STRING, ...length(hint.limit) }
    case 'identifier':
      return { ...STRING, ...length(hint.limit), pattern: '^\\S([\\s\\S]*\\S)?$' }
    case 'url':
      return {
        ...STRING,
        ...length(hint.limit),
        pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^/\\\\?#@\\s]\\S*$',
        format: 'uri',
      }
    case 'items':
      return items(hint.limit)
    case 'list_sections':
    case 'product_sections':
    case 'carousel_cards':
      return { ...items(hint.limit), description: DESCRIPTIONS[hint.kind] }
    case 'integer':
      return { type: 'integer', minimum: hint.limit.min, maximum: hint.limit.max }
    case 'recipient':
      return { pattern: `^\\+?\\d{${hint.limit.min},${hint.limit.max}}$` }
    case 'uuid':
      return { ...STRING, format: 'uuid' }
    case 'phone':
      return { ...STRING, pattern: BRIQ_PHONE_PATTERN.source }
    case 'country':
      return { ...STRING, pattern: COUNTRY_CODE_PATTERN.source }
    case 'object':
      return { type: 'object' }
    case 'filled_object':
      return { type: 'object', minProperties: 1 }
    case 'media_source':
      // Exactly one: with both, both branches match and oneOf fails.
      return { oneOf: [{ required: ['id'] }, { required: ['link'] }] }
    case 'flow_source':
      return { oneOf: [{ required: ['flow_id'] }, { required: ['flow_name'] }] }
    case 'flow_header':
      return { description: DESCRIPTIONS.flow_header }
    case 'text_object':
      return { type: 'object', additionalProperties: { type: 'string' } }
  }
}
