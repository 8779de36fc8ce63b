import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { bodyField, footerField, headerField } from './part-fields.ts'
import { limitedText } from './text.ts'
import { wholeNumber } from './whole-number.ts'

const ttlMinutes = wholeNumber(LIMITS.voiceCall.ttlMinutes, 'ttl_range')

/** A WhatsApp call button (Meta, Call button messages guide). Header and footer are undocumented, so rejected. */
export const voiceCallInteractiveSchema = z.strictObject({
  type: z.literal('voice_call'),
  header: headerField(MESSAGE_PARTS.voice_call),
  body: bodyField(MESSAGE_PARTS.voice_call),
  footer: footerField(MESSAGE_PARTS.voice_call),
  action: z.strictObject({
    name: z.literal('voice_call'),
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
  type: z.literal('call_permission_request'),
  header: headerField(MESSAGE_PARTS.call_permission_request),
  body: bodyField(MESSAGE_PARTS.call_permission_request),
  footer: footerField(MESSAGE_PARTS.call_permission_request),
  action: z.strictObject({ name: z.literal('call_permission_request') }),
})

/** Calling message types. */
export type VoiceCallInteractive = z.infer<typeof voiceCallInteractiveSchema>
export type CallPermissionRequestInteractive = z.infer<typeof callPermissionRequestInteractiveSchema>
