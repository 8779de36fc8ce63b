import * as z from 'zod/mini'
import { asZod, asZodShape, ruleOf } from '../schemas/as-zod.ts'
import { typeOptions } from '../schemas/by-type.ts'
import { listItem } from '../schemas/count.ts'
import { interactiveSchema } from '../schemas/interactive-schema.ts'
import { hintFor } from '../schemas/json-hints.ts'
import { literalValues } from '../schemas/literal.ts'
import { objectShape, optionalOf } from '../schemas/object.ts'
import { sendInteractiveRequestSchema } from '../schemas/send-request-schema.ts'
import { keywordsFor } from './keywords.ts'

/** Where the published schema says it lives. */
export const INTERACTIVE_SCHEMA_ID = 'https://unpkg.com/@briq-interactive/core/interactive.schema.json'

const toJson = (schema: z.ZodMiniType): Record<string, unknown> =>
  z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: ({ zodSchema: schema, jsonSchema }) => {
      // The rules are written through the zod schemas `asZod` makes of them.
      const zodSchema = ruleOf(schema) ?? schema
      // A literal is written as zod writes one, a list as its array, an object as its strict
      // object, an optional field as what it wraps (a field never allowed as z.never()), a schema
      // chosen by `type` as zod writes a discriminated union (one of its options); then the
      // keywords of the rule the schema checks in code.
      const values = literalValues(zodSchema)
      if (values)
        Object.assign(
          jsonSchema,
          values.length === 1 ? { type: 'string', const: values[0] } : { type: 'string', enum: values },
        )
      const item = listItem(zodSchema)
      if (item) Object.assign(jsonSchema, withoutDialect(toJson(z.array(asZod(item)))))
      const shape = objectShape(zodSchema)
      if (shape) Object.assign(jsonSchema, withoutDialect(toJson(z.strictObject(asZodShape(shape)))))
      const inner = optionalOf(zodSchema)
      if (inner !== undefined) Object.assign(jsonSchema, withoutDialect(toJson(inner ? asZod(inner) : z.never())))
      const options = typeOptions(zodSchema)
      if (options) jsonSchema.oneOf = options.map((option) => withoutDialect(toJson(asZod(option))))
      const hint = hintFor(zodSchema)
      if (hint) Object.assign(jsonSchema, keywordsFor(hint))
    },
  })

const withoutDialect = ({ $schema: _dialect, ...rest }: Record<string, unknown>) => rest

/**
 * The JSON Schema (draft 2020-12) of the interactive object and of the send request, generated
 * from the zod schemas, for backends in other languages. Lengths count code points, as
 * JSON Schema defines them. Cross-field rules (unique ids, totals across sections, one button
 * kind per carousel) cannot be expressed in JSON Schema; they are described in `description`.
 */
export function createInteractiveJsonSchema(): Record<string, unknown> {
  const interactive = toJson(interactiveSchema)
  const request = toJson(sendInteractiveRequestSchema)
  const { $schema: _ignored, ...interactiveBody } = interactive
  const { $schema: _ignoredToo, ...requestBody } = request
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: INTERACTIVE_SCHEMA_ID,
    title: 'WhatsApp interactive message (briq-interactive)',
    description:
      "The `interactive` object of a WhatsApp message, as validated by @briq-interactive/core. Lengths are Unicode code points. `$defs.SendInteractiveRequest` is the body of Briq's POST /v1/whatsapp/messages/interactive.",
    ...interactiveBody,
    $defs: { SendInteractiveRequest: requestBody },
  }
}
