import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { literal } from './literal.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { partFields } from './part-fields.ts'
import { limitedText } from './text.ts'
import { wholeNumber } from './whole-number.ts'

const ttlMinutes = wholeNumber(LIMITS.voiceCall.ttlMinutes, 'ttl_range')

/** A WhatsApp call button (Meta, Call button messages guide). Header and footer are undocumented, so rejected. */
export const voiceCallInteractiveSchema = z.strictObject({
  type: literal('voice_call'),
  ...partFields(MESSAGE_PARTS.voice_call),
  action: z.strictObject({
    name: literal('voice_call'),
    parameters: z.optional(
      z.strictObject({
        /** The button label; WhatsApp shows "Call Now" without it. */
        display_text: z.optional(limitedText(LIMITS.voiceCall.displayText)),
        /** How long the button stays usable. */
        ttl_minutes: z.optional(ttlMinutes),
        /** Echoed back as `cta_payload` in call webhooks. */
        payload: z.optional(limitedText(LIMITS.voiceCall.payload)),
      }),
    ),
  }),
})

/** Asks the customer's permission to call them (Meta, User call permissions guide): only the body can be customised. */
export const callPermissionRequestInteractiveSchema = z.strictObject({
  type: literal('call_permission_request'),
  ...partFields(MESSAGE_PARTS.call_permission_request),
  action: z.strictObject({ name: literal('call_permission_request') }),
})

/** Calling message types. */
export type VoiceCallInteractive = z.infer<typeof voiceCallInteractiveSchema>
export type CallPermissionRequestInteractive = z.infer<typeof callPermissionRequestInteractiveSchema>
