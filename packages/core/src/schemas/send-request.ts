import type * as z from 'zod/mini'
import type { interactiveSchema } from './interactive.ts'
import { object } from './object.ts'
import { perInteractiveSchema } from './per-interactive-schema.ts'
import type { SchemaOptions } from './schema-options.ts'
import { sendTargetCheck, sendTargetShape } from './send-target.ts'

const build = (interactive: typeof interactiveSchema) =>
  object(
    {
      ...sendTargetShape,
      /** The WhatsApp interactive object, forwarded to Meta unchanged. */
      interactive,
    },
    sendTargetCheck({ senderIdDeprecated: true }),
  )

const variants = perInteractiveSchema(build)

/**
 * Briq's `POST /v1/whatsapp/messages/interactive` body (docs.briq.tz,
 * Karibu-WhatsApp/messages/send-interactive): the target and the interactive object.
 */
export const sendInteractiveRequestSchema: ReturnType<typeof build> = variants()

/** The send-request schema for non-default `SchemaOptions`. */
export function createSendInteractiveRequestSchema(options: SchemaOptions = {}): typeof sendInteractiveRequestSchema {
  return variants(options)
}

/** A send-interactive request. */
export type SendInteractiveRequest = z.infer<typeof sendInteractiveRequestSchema>
