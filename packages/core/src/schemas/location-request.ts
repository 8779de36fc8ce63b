import type * as z from 'zod/mini'
import { literal } from './literal.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { object } from './object.ts'
import { partFields } from './part-fields.ts'

/** A location request: a body and WhatsApp's own "Send location" button (Meta, Location request messages guide). */
export const locationRequestInteractiveSchema = object({
  type: literal('location_request_message'),
  ...partFields(MESSAGE_PARTS.location_request_message),
  action: object({ name: literal('send_location') }),
})

/** A location request message. */
export type LocationRequestInteractive = z.infer<typeof locationRequestInteractiveSchema>
