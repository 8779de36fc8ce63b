import { BRIQ_ROUTES } from '@briq-interactive/core'
import {
  decodedParam,
  matchRoute as matchCoreRoute,
  type RouteMatch,
  withoutTrailingSlashes,
} from '@briq-interactive/core/server'
import { MOCK_CONTROL_PATHS } from '../routes/control-paths.ts'
import type { RouteDefinition } from './route.ts'

// Where a Briq path starts: the first two segments of core's routes (`/v1/whatsapp`), then the
// first of the mock's own controls (`/__mock`).
const PREFIXES = [
  ...new Set([
    ...BRIQ_ROUTES.map((route) => route.path.split('/').slice(0, 3).join('/')),
    ...Object.values(MOCK_CONTROL_PATHS).map((path) => path.split('/').slice(0, 2).join('/')),
  ]),
]

/**
 * The Briq part of a path, whatever comes before it: `/api/briq/v1/whatsapp/messages` →
 * `/v1/whatsapp/messages`. `null` when the path is not a Briq or control path.
 */
export function briqPath(pathname: string): string | null {
  for (const prefix of PREFIXES) {
    const index = pathname.indexOf(`${prefix}/`)
    const at = index >= 0 ? index : pathname.endsWith(prefix) ? pathname.length - prefix.length : -1
    if (at >= 0) return pathname.slice(at)
  }
  return null
}

/**
 * Where Briq sends a request whose path ends in a slash that only a route without it takes:
 * the same URL without the trailing slashes, query kept; `null` otherwise. Briq is a FastAPI
 * app, and Starlette's router (`redirect_slashes`, on by default) answers such a request, with
 * any method, 307 with that `Location` and no body, before any route or key check
 * (Starlette's `Router`, starlette/routing.py).
 */
export function slashRedirect(
  routes: readonly RouteDefinition[],
  method: string,
  url: URL,
  path: string,
): string | null {
  if (!path.endsWith('/')) return null
  if (matchRoute(routes, method, withoutTrailingSlashes(path)).kind === 'not_found') return null
  const location = new URL(url.href)
  location.pathname = withoutTrailingSlashes(url.pathname)
  return location.href
}

// A malformed escape stays as sent; the route then says the id is not a UUID.
const decodeParams = (params: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(params).map(([name, value]) => [name, decodedParam(value)]))

// Per table, its routes by method: where Briq looks once a path's most specific routes take another.
const byMethod = new WeakMap<readonly RouteDefinition[], Map<string, RouteDefinition[]>>()
function routesOf(routes: readonly RouteDefinition[], method: string): RouteDefinition[] {
  let index = byMethod.get(routes)
  if (index === undefined) {
    index = new Map()
    for (const route of routes) index.set(route.method, [...(index.get(route.method) ?? []), route])
    byMethod.set(routes, index)
  }
  return index.get(method) ?? []
}

/**
 * Finds the route for `method` and `path` as Briq's router does, parameters decoded. Briq is a
 * FastAPI app: Starlette's `Router` hands a request to any route that takes both its path and
 * its method, and answers 405 only when none does (starlette/routing.py). So
 * `GET /messages/interactive` is `GET /messages/{message_id}` with an id that is not a UUID
 * (422), not a 405 for the POST-only path; `POST /messages/{id}` is a 405 (`Allow: GET`).
 * Among the routes of the method, core's matcher picks the most specific. `HEAD` is a 405 as on
 * Briq: FastAPI's routes take only the methods declared, and it adds no `HEAD` to a `GET` route
 * as Starlette's own routes do (fastapi/fastapi#1773).
 */
export function matchRoute(
  routes: readonly RouteDefinition[],
  method: string,
  path: string,
): RouteMatch<RouteDefinition> {
  const match = matchCoreRoute(routes, method, path)
  if (match.kind === 'found') return { ...match, params: decodeParams(match.params) }
  if (match.kind === 'method_not_allowed') {
    const taken = matchCoreRoute(routesOf(routes, method), method, path)
    if (taken.kind === 'found') return { ...taken, params: decodeParams(taken.params) }
  }
  return match
}
