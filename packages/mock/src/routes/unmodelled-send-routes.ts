import { BRIQ_ROUTES } from '@briq-interactive/core'
import { apiError } from '../http/api-error.ts'
import { briqPath } from '../http/match-route.ts'
import type { RouteHandler } from '../http/route.ts'

// The sends whose bodies core models (they have a request schema) are the ones the mock answers.
const SUPPORTED = BRIQ_ROUTES.filter((route) => route.sends && 'request' in route)
  .map((route) => `${route.method} ${route.path}`)
  .join(', ')

/** Briq's sends this mock does not model (media, the older text/template/media sends): a clear 501. */
export const unmodelledSend: RouteHandler = (context) => {
  throw apiError(
    501,
    'NOT_IMPLEMENTED',
    `POST ${briqPath(context.url.pathname)} is Briq's, but this mock does not model it; use ${SUPPORTED} (type interactive, text or template on /messages)`,
  )
}
