import { LIMITS } from '../limits.ts'
import { INTERACTIVE_TYPES, type InteractiveType } from '../schemas/interactive.ts'
import { allowedHeaderKinds, MESSAGE_PARTS, type MessageParts } from '../schemas/message-parts.ts'
import { resolveSchemaOptions, type SchemaOptions } from '../schemas/schema-options.ts'
import { actionDescription } from './action-descriptions.ts'
import { field, headerChoice } from './description-nodes.ts'
import type { InteractiveDescription } from './draft-description.ts'
import { isRecord } from './draft-path.ts'
import { assertInteractiveType } from './known-type.ts'

// Built from the type, not read from DRAFT_LABEL_KEYS: that list is for catalogues' types and
// tests, and a browser bundle that only describes drafts does not need it.
const typeLabelKey = (type: InteractiveType) => `type.${type}` as const
const typeDescriptionKey = (type: InteractiveType) => `type.${type}.description` as const

const cache = new Map<string, InteractiveDescription>()

function build(type: InteractiveType, options: SchemaOptions): InteractiveDescription {
  const parts: MessageParts = MESSAGE_PARTS[type]
  const headerKinds = allowedHeaderKinds(type, options)
  const bodyLimit = type === 'list' && options.extendedListBody ? LIMITS.body.listTextExtended : LIMITS.body.text
  const bodyRequired = parts.body === 'required'
  return {
    type,
    labelKey: typeLabelKey(type),
    descriptionKey: typeDescriptionKey(type),
    headerKinds,
    ...(headerKinds.length > 0 ? { header: headerChoice(headerKinds, parts.headerRequired) } : {}),
    body: field('multiline', 'field.body.text', ['body', 'text'], bodyLimit, {
      formatting: true,
      messageWords: true,
      ...(bodyRequired ? {} : { optional: true, optionalParent: ['body'] }),
    }),
    ...(parts.footer
      ? {
          footer: field('text', 'field.footer.text', ['footer', 'text'], LIMITS.footer.text, {
            optional: true,
            optionalParent: ['footer'],
            messageWords: true,
          }),
        }
      : {}),
    action: actionDescription(type, options),
  }
}

/**
 * The editable fields of one interactive type: its header kinds, body, footer and its own
 * fields, each with its kind, label key, path, `LIMITS` entry and whether it is required.
 * Built from `MESSAGE_PARTS` and `LIMITS`, the tables the schemas read; `options` are the
 * validators' (the list body limit, flow media headers, quick replies per card). A `type` that
 * is none of the twelve throws a `TypeError` naming them (`draftType` reads a draft's type safely).
 */
export function describeInteractive(type: InteractiveType, options: SchemaOptions = {}): InteractiveDescription {
  const resolved = resolveSchemaOptions(options)
  const key = `${type}|${resolved.extendedListBody}|${resolved.allowFlowMediaHeader}|${resolved.carouselQuickReplyMax}`
  let description = cache.get(key)
  if (description === undefined) {
    assertInteractiveType(type, 'describeInteractive')
    description = build(type, resolved)
    cache.set(key, description)
  }
  return description
}

/** The interactive type of a draft, when it is one of `INTERACTIVE_TYPES`. */
export function draftType(draft: unknown): InteractiveType | undefined {
  if (!isRecord(draft)) return undefined
  return INTERACTIVE_TYPES.find((type) => type === draft.type)
}
