/** What the matcher needs of a route: its method and its path with `:name` segments. */
export interface RouteShape {
  /** The HTTP method (`GET`, `POST`). */
  readonly method: string
  /** The path, with `:name` for each variable segment (`/v1/whatsapp/messages/:id`). */
  readonly path: string
}

/** The outcome of matching a request against a route table. */
export type RouteMatch<R extends RouteShape> =
  | {
      kind: 'found'
      route: R
      /** The `:name` segments as they appear in the path (still percent-encoded). */
      params: Record<string, string>
    }
  | {
      kind: 'method_not_allowed'
      /** The methods the path accepts, for the `Allow` header. */
      allow: string[]
    }
  | { kind: 'not_found' }

// `/a/b` → ["a","b"]; an empty segment (`//`, a trailing `/`) is kept, and matches no route.
const split = (path: string) => path.split('/').slice(1)

// A route's path split once, not on every request it is matched against.
const patterns = new WeakMap<RouteShape, { pattern: readonly string[]; specificity: number }>()
function compiled(route: RouteShape): { pattern: readonly string[]; specificity: number } {
  let entry = patterns.get(route)
  if (entry === undefined) {
    const pattern = split(route.path)
    entry = { pattern, specificity: pattern.filter((part) => !part.startsWith(':')).length }
    patterns.set(route, entry)
  }
  return entry
}

// Per table, the routes without `:name` segments by method and path: such a route is as
// specific as a match can be, so an exact hit on one is the answer without a scan.
const staticIndexes = new WeakMap<readonly RouteShape[], Map<string, RouteShape>>()
function staticIndex(routes: readonly RouteShape[]): Map<string, RouteShape> {
  let index = staticIndexes.get(routes)
  if (index === undefined) {
    index = new Map()
    for (const route of routes) {
      const key = `${route.method} ${route.path}`
      if (!route.path.includes('/:') && !index.has(key)) index.set(key, route)
    }
    staticIndexes.set(routes, index)
  }
  return index
}

/** Options of {@link matchRoute}. */
export interface MatchRouteOptions {
  /** Which values a `:name` segment may take; a segment it refuses matches no route. Default: any non-empty one. */
  param?: ((segment: string) => boolean) | undefined
}

function matchSegments(
  pattern: readonly string[],
  segments: readonly string[],
  param: (segment: string) => boolean,
): Record<string, string> | null {
  if (pattern.length !== segments.length) return null
  const params: Record<string, string> = {}
  for (let index = 0; index < pattern.length; index++) {
    const part = pattern[index]!
    const segment = segments[index] ?? ''
    if (part.startsWith(':') && segment !== '' && param(segment)) params[part.slice(1)] = segment
    else if (part !== segment) return null
  }
  return params
}

/**
 * Finds the route for `method` and `path` (the Briq part of the URL, e.g.
 * `/v1/whatsapp/messages/abc`). The most specific path wins, so `GET /messages/interactive` is
 * a 405 (that path is POST-only), not a message whose id is "interactive".
 */
export function matchRoute<R extends RouteShape>(
  routes: readonly R[],
  method: string,
  path: string,
  options: MatchRouteOptions = {},
): RouteMatch<R> {
  if (!path.startsWith('/')) return { kind: 'not_found' }
  const exact = staticIndex(routes).get(`${method} ${path}`) as R | undefined
  if (exact !== undefined) return { kind: 'found', route: exact, params: {} }
  const param = options.param ?? (() => true)
  const segments = split(path)
  let best: { route: R; params: Record<string, string> }[] = []
  let bestSpecificity = -1
  for (const route of routes) {
    const { pattern, specificity } = compiled(route)
    const params = matchSegments(pattern, segments, param)
    if (params === null) continue
    if (specificity > bestSpecificity) {
      best = [{ route, params }]
      bestSpecificity = specificity
    } else if (specificity === bestSpecificity) best.push({ route, params })
  }
  if (best.length === 0) return { kind: 'not_found' }
  const hit = best.find((match) => match.route.method === method)
  if (hit) return { kind: 'found', ...hit }
  return { kind: 'method_not_allowed', allow: [...new Set(best.map((match) => match.route.method))] }
}

/**
 * A path parameter as the client meant it: percent-decoded (`a%2Fb` → `a/b`), or as sent when an
 * escape is malformed (`%E0%A4%A`), so a route can still quote it in its 422.
 */
export function decodedParam(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const UNRESERVED = /^[A-Za-z0-9._~-]$/

/**
 * A path with its percent-escaped unreserved characters decoded (`%69nteractive` →
 * `interactive`): the same URI by RFC 3986 ("Percent-Encoding Normalization", 6.2.2.2), and what
 * Briq routes on, as its ASGI server (uvicorn) hands Starlette the decoded path. Any other escape
 * (`%2F`, `%20`) stays as sent: `%2F` is no slash by RFC 3986, so `/v1/whatsapp%2Fsenders` names no
 * route, where Briq's server, decoding every escape, would route it as `…/senders`. The mock
 * routes and the proxy matches its allow-list on this path, so the two agree.
 */
export function normalisedPath(pathname: string): string {
  return pathname.includes('%')
    ? pathname.replace(/%[0-9A-Fa-f]{2}/g, (escaped) => {
        const character = String.fromCharCode(Number.parseInt(escaped.slice(1), 16))
        return UNRESERVED.test(character) ? character : escaped
      })
    : pathname
}

/**
 * `path` without its trailing slashes (`/a/b//` → `/a/b`), as Python's `rstrip('/')`: where a
 * route that takes the path without them is, for a 307 there (the mock, as Briq's FastAPI router
 * does) or a 404 naming it (the proxy). A loop, since a pattern such as `/\/+$/` retries every
 * run of slashes from each of its slashes.
 */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length
  while (end > 0 && path[end - 1] === '/') end--
  return path.slice(0, end)
}
