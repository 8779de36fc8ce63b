import { type HttpHandler, http } from 'msw'
import { briqPath } from '../http/match-route.ts'

/**
 * One MSW handler that takes every request whose path contains a Briq path
 * (`/v1/whatsapp/…`) or a control path (`/__mock/…`), on any origin and under any prefix,
 * and answers it with `handle`. Everything else passes through untouched.
 */
export function createMswHandlers(handle: (request: Request) => Promise<Response>): HttpHandler[] {
  return [
    http.all(
      ({ request }) => briqPath(new URL(request.url).pathname) !== null,
      ({ request }) => handle(request),
    ),
  ]
}
