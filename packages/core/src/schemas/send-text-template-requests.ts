import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { asZod } from './as-zod.ts'
import { plainObject } from './plain-object.ts'
import { sendTargetCheck } from './send-target.ts'
import { sendTargetShape } from './send-target-shape.ts'
import { limitedText } from './text.ts'

/** A text message's `body` (Briq: 1–4096 characters). */
export const textBodySchema = limitedText(LIMITS.send.text)

/** A template send's fields: an approved template's name and its parameter values. */
export const templateFields = {
  /** The template's `name`, as listed by `GET /v1/whatsapp/templates`. */
  template_name: asZod(limitedText(LIMITS.send.templateName)),
  /** Values keyed by the template's parameter names, e.g. `{ "1": "A1234" }`. */
  variables: z.optional(asZod(plainObject())),
}

// Unknown fields are dropped, not refused: Briq's per-type sends document no strictness, and
// only the interactive send's body is checked field by field before it is forwarded.

/** Briq's `POST /v1/whatsapp/messages/text` body (docs.briq.tz, Karibu-WhatsApp/messages/send-text). */
export const sendTextRequestSchema = z
  .object({ ...sendTargetShape, body: asZod(textBodySchema) })
  .check(sendTargetCheck({ api: 'per-type' }))

/** A text send. */
export type SendTextRequest = z.infer<typeof sendTextRequestSchema>

/** Briq's `POST /v1/whatsapp/messages/template` body (docs.briq.tz, Karibu-WhatsApp/messages/send-template). */
export const sendTemplateRequestSchema = z
  .object({ ...sendTargetShape, ...templateFields })
  .check(sendTargetCheck({ api: 'per-type' }))

/** A template send. */
export type SendTemplateRequest = z.infer<typeof sendTemplateRequestSchema>
