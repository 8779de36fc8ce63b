import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { countCharacters } from '../text-length.ts'
import { asZod } from './as-zod.ts'
import { createInteractiveSchema, type interactiveSchema } from './interactive-schema.ts'
import { report } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { limitIssue } from './limit-check.ts'
import { perInteractiveSchema } from './per-interactive-schema.ts'
import type { SchemaOptions } from './schema-options.ts'
import { uuidSchema } from './send-target.ts'

/** The older send's `recipient`: a number of 4–20 digits once a leading `+` is stripped. */
const recipientSchema = hint(
  z.string().check((payload) => {
    const digits = payload.value.replace(/^\+/, '')
    const count = countCharacters(digits)
    if (!/^\d*$/.test(digits)) {
      report(payload, { code: 'invalid_phone', reason: 'recipient_digits' })
    } else {
      const detail = limitIssue(LIMITS.send.legacyRecipient, count, 'length')
      if (detail !== undefined) report(payload, detail)
    }
  }),
  'recipient',
  LIMITS.send.legacyRecipient,
)

const build = (interactive: typeof interactiveSchema) =>
  z.object({
    /** The customer's number, e.g. `255712345678`; a leading `+` is stripped. */
    recipient: recipientSchema,
    /** The sender; the workspace's first active sender when left out. */
    sender_id: z.optional(z.nullable(asZod(uuidSchema))),
    /** `false` skips the 24-hour window check (default `true`). */
    check_window: z.optional(z.boolean()),
    /** The WhatsApp interactive object, forwarded to Meta unchanged. */
    interactive,
  })

/**
 * Briq's older `POST /v1/whatsapp/messages/send-interactive` body (docs.briq.tz,
 * api-reference/karibu-whatsapp/send-interactive-message): `recipient`, not `to`.
 */
export const createSendInteractiveLegacyRequestSchema: (options?: SchemaOptions) => ReturnType<typeof build> =
  perInteractiveSchema(createInteractiveSchema, build)
