import * as z from 'zod/mini'
import { asZod } from './as-zod.ts'
import { phoneSchema, senderSchema, uuidSchema } from './send-target.ts'

// Its own module: a module-level object of schemas stays in every bundle that loads its module,
// and only the unified send (not the client's) takes null targets.

/**
 * `sendTargetShape` with null allowed for "not given", as the unified
 * `POST /v1/whatsapp/messages` documents its fields (docs.briq.tz,
 * api-reference/karibu-whatsapp-messages/send-a-message).
 */
export const nullableSendTargetShape = {
  to: z.optional(z.nullable(asZod(phoneSchema))),
  sender: z.optional(z.nullable(asZod(senderSchema))),
  sender_id: z.optional(z.nullable(asZod(uuidSchema))),
  conversation_id: z.optional(z.nullable(asZod(uuidSchema))),
}
