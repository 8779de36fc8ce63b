import type * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { literal } from './literal.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { object, optional } from './object.ts'
import { partFields } from './part-fields.ts'
import { limitedText } from './text.ts'
import { wholeNumber } from './whole-number.ts'

const ttlMinutes = wholeNumber(LIMITS.voiceCall.ttlMinutes, 'ttl_range')

/** A WhatsApp call button (Meta, Call button messages guide). Header and footer are undocumented, so rejected. */
export const voiceCallInteractiveSchema = object({
  type: literal('voice_call'),
  ...partFields(MESSAGE_PARTS.voice_call),
  action: object({
    name: literal('voice_call'),
    parameters: optional(
      object({
        /** The button label; WhatsApp shows "Call Now" without it. */
        display_text: optional(limitedText(LIMITS.voiceCall.displayText, 'line')),
        /** How long the button stays usable. */
        ttl_minutes: optional(ttlMinutes),
        /** Echoed back as `cta_payload` in call webhooks. */
        payload: optional(limitedText(LIMITS.voiceCall.payload, 'id')),
      }),
    ),
  }),
})

/** Asks the customer's permission to call them (Meta, User call permissions guide): only the body can be customised. */
export const callPermissionRequestInteractiveSchema = object({
  type: literal('call_permission_request'),
  ...partFields(MESSAGE_PARTS.call_permission_request),
  action: object({ name: literal('call_permission_request') }),
})

/** A voice call button message: the customer taps to call the business on WhatsApp. */
export type VoiceCallInteractive = z.infer<typeof voiceCallInteractiveSchema>
/** Asks the customer's permission to call them; only the body can be customised. */
export type CallPermissionRequestInteractive = z.infer<typeof callPermissionRequestInteractiveSchema>
