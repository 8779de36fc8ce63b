import type { SendInteractiveRequest } from '../schemas/send-request.ts'

/**
 * A one-button send of Briq's interactive-send example (docs.briq.tz,
 * Karibu-WhatsApp/messages/send-interactive) to its documented number: the request the send
 * path's tests (client, send controller) send.
 */
export const SEND_REQUEST: SendInteractiveRequest = {
  to: '255712345678',
  interactive: {
    type: 'button',
    body: { text: 'Did this resolve your issue?' },
    action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
  },
}
