import * as z from 'zod/mini'
import { asZod } from './as-zod.ts'
import { createInteractiveSchema, type interactiveSchema } from './interactive-schema.ts'
import { nullableSendTargetShape } from './nullable-send-target.ts'
import { perInteractiveSchema } from './per-interactive-schema.ts'
import type { SchemaOptions } from './schema-options.ts'
import { sendTargetCheck } from './send-target.ts'
import { templateFields, textBodySchema } from './send-text-template-requests.ts'

const build = (interactive: typeof interactiveSchema) =>
  z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('interactive'), ...nullableSendTargetShape, interactive }),
      z.object({ type: z.literal('text'), ...nullableSendTargetShape, body: asZod(textBodySchema) }),
      z.object({ type: z.literal('template'), ...nullableSendTargetShape, ...templateFields }),
    ])
    .check(sendTargetCheck({ api: 'unified' }))

/**
 * Briq's unified `POST /v1/whatsapp/messages` body (docs.briq.tz,
 * api-reference/karibu-whatsapp-messages/send-a-message), by `type`: `interactive`, `text` or
 * `template`. The ids may be null. Its `media` type is not modelled by this kit.
 */
export const createSendMessageRequestSchema: (options?: SchemaOptions) => ReturnType<typeof build> =
  perInteractiveSchema(createInteractiveSchema, build)

/** A unified send. */
export type SendMessageRequest = z.infer<ReturnType<typeof createSendMessageRequestSchema>>
