import { apiError } from '../http/api-error.ts'
import type { RouteDefinition } from '../http/route.ts'

const SUPPORTED =
  'POST /v1/whatsapp/messages/interactive, /messages/text, /messages/template, /messages (type interactive, text or template) or /messages/send-interactive'

// Without these, `POST /messages/image` matched `GET /messages/{message_id}` and answered a
// misleading 405 "use GET".
const unmodelled = (name: string): RouteDefinition => ({
  method: 'POST',
  path: `/v1/whatsapp/messages/${name}`,
  kind: 'api',
  isSend: true,
  handle() {
    throw apiError(
      501,
      'NOT_IMPLEMENTED',
      `POST /v1/whatsapp/messages/${name} is Briq's, but this mock does not model it; use ${SUPPORTED}`,
    )
  },
})

/** Briq's other send paths (G3 media, G1 text/template/media): a clear 501 in the envelope. */
export const unmodelledSendRoutes: readonly RouteDefinition[] = [
  'image',
  'document',
  'video',
  'send-text',
  'send-template',
  'send-media',
].map(unmodelled)
