import type * as z from 'zod/mini'
import { asZod } from './as-zod.ts'
import type { SchemaOptions } from './schema-options.ts'
import { createSendInteractiveRequestRule, type SendInteractiveRequest } from './send-request.ts'

/**
 * Briq's `POST /v1/whatsapp/messages/interactive` body (docs.briq.tz,
 * Karibu-WhatsApp/messages/send-interactive): the target and the interactive object.
 */
export const sendInteractiveRequestSchema: z.ZodMiniType<SendInteractiveRequest> = /* @__PURE__ */ asZod(
  createSendInteractiveRequestRule(),
)

/** The send-request schema for non-default `SchemaOptions`. */
export function createSendInteractiveRequestSchema(options: SchemaOptions = {}): typeof sendInteractiveRequestSchema {
  return asZod(createSendInteractiveRequestRule(options))
}
