import { apiError } from '../http/api-error.ts'
import type { RouteHandler } from '../http/route.ts'

const SUPPORTED =
  'POST /v1/whatsapp/messages/interactive, /messages/text, /messages/template, /messages (type interactive, text or template) or /messages/send-interactive'

/** Briq's sends this mock does not model (media, the older text/template/media sends): a clear 501. */
export const unmodelledSend: RouteHandler = (context) => {
  throw apiError(
    501,
    'NOT_IMPLEMENTED',
    `POST ${context.url.pathname.slice(context.url.pathname.indexOf('/v1/'))} is Briq's, but this mock does not model it; use ${SUPPORTED}`,
  )
}
