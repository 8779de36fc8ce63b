import * as z from 'zod/mini'
import { bodySchema, notAllowed } from './parts.ts'

/** A location request: a body and WhatsApp's own "Send location" button (§2.4). */
export const locationRequestInteractiveSchema = z.strictObject({
  type: z.literal('location_request_message'),
  header: notAllowed,
  body: bodySchema,
  footer: notAllowed,
  action: z.strictObject({ name: z.literal('send_location') }),
})

/** A location request message. */
export type LocationRequestInteractive = z.infer<typeof locationRequestInteractiveSchema>
