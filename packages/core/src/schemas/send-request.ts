import type * as z from 'zod/mini'
import { createInteractiveRule, type interactiveRule } from './interactive.ts'
import { object } from './object.ts'
import { perInteractiveSchema } from './per-interactive-schema.ts'
import type { SchemaOptions } from './schema-options.ts'
import { addressRecipientCheck, sendTargetCheck, sendTargetRules } from './send-target.ts'

const build = (interactive: typeof interactiveRule) =>
  object(
    {
      ...sendTargetRules,
      /** The WhatsApp interactive object, forwarded to Meta unchanged. */
      interactive,
    },
    sendTargetCheck({ api: 'per-type' }),
    addressRecipientCheck(),
  )

/**
 * The rule of Briq's `POST /v1/whatsapp/messages/interactive` body (docs.briq.tz,
 * Karibu-WhatsApp/messages/send-interactive): the target and the interactive object, for
 * `SchemaOptions` (built once per interactive rule). `validateSendRequest` runs it;
 * `sendInteractiveRequestSchema` wraps it as a zod schema.
 */
export const createSendInteractiveRequestRule: (options?: SchemaOptions) => ReturnType<typeof build> =
  /* @__PURE__ */ perInteractiveSchema(createInteractiveRule, build)

/** A send-interactive request. */
export type SendInteractiveRequest = z.infer<ReturnType<typeof build>>
