import * as z from 'zod/mini'
import { MESSAGE_PARTS } from './message-parts.ts'
import { bodyField, footerField, headerField } from './part-fields.ts'

/** A location request: a body and WhatsApp's own "Send location" button (Meta, Location request messages guide). */
export const locationRequestInteractiveSchema = z.strictObject({
  type: z.literal('location_request_message'),
  header: headerField(MESSAGE_PARTS.location_request_message),
  body: bodyField(MESSAGE_PARTS.location_request_message),
  footer: footerField(MESSAGE_PARTS.location_request_message),
  action: z.strictObject({ name: z.literal('send_location') }),
})

/** A location request message. */
export type LocationRequestInteractive = z.infer<typeof locationRequestInteractiveSchema>
