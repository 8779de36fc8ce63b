import * as z from 'zod/mini'
import { asZod } from './as-zod.ts'
import { crossCheck } from './cross-check.ts'
import { createInteractiveSchema, type interactiveSchema } from './interactive-schema.ts'
import { report } from './issue-detail.ts'
import { nullableSendTargetShape } from './nullable-send-target.ts'
import { perInteractiveSchema } from './per-interactive-schema.ts'
import type { SchemaOptions } from './schema-options.ts'
import { addressRecipientCheck, sendTargetCheck } from './send-target.ts'
import { templateFields, textBodySchema } from './send-text-template-requests.ts'

// Briq's media send (media_kind, media_url, caption, filename) is not modelled: its target is
// checked, the rest passes as sent, with a warning saying so, as a route the kit does not model
// accepts any body.
const mediaSend = z
  .looseObject({ type: z.literal('media'), ...nullableSendTargetShape })
  .check(
    crossCheck((_value, payload) =>
      report(payload, { code: 'not_recommended', reason: 'media_unchecked', warning: true }, ['type']),
    ),
  )

const build = (interactive: typeof interactiveSchema) =>
  z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('interactive'), ...nullableSendTargetShape, interactive }),
      z.object({ type: z.literal('text'), ...nullableSendTargetShape, body: asZod(textBodySchema) }),
      z.object({ type: z.literal('template'), ...nullableSendTargetShape, ...templateFields }),
      mediaSend,
    ])
    .check(sendTargetCheck({ api: 'unified' }), addressRecipientCheck())

/**
 * Briq's unified `POST /v1/whatsapp/messages` body (docs.briq.tz,
 * api-reference/karibu-whatsapp-messages/send-a-message), by `type`: `interactive`, `text` or
 * `template`, and `media`, whose own fields this kit does not check (a warning). The ids may be null.
 */
export const createSendMessageRequestSchema: (options?: SchemaOptions) => ReturnType<typeof build> =
  perInteractiveSchema(createInteractiveSchema, build)

/** A unified send. */
export type SendMessageRequest = z.infer<ReturnType<typeof createSendMessageRequestSchema>>
