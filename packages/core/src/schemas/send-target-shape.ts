import { asZodShape } from './as-zod.ts'
import { sendTargetRules } from './send-target.ts'

/**
 * The fields that say who a send goes to, as zod/mini schemas: `to` (with an optional `sender`,
 * or the deprecated `sender_id`) or `conversation_id`. Spread it into `z.object` and add
 * `sendTargetCheck` for a send request of your own, as the text and template sends do.
 */
export const sendTargetShape = /* @__PURE__ */ asZodShape(sendTargetRules)
