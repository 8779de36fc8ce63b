import type { RouteDefinition } from './route.ts'

/** The outcome of matching a path against the route table. */
export type RouteMatch =
  | { kind: 'found'; route: RouteDefinition; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' }

const PREFIXES = ['/v1/whatsapp', '/__mock']

/**
 * The Briq part of a path, whatever comes before it: `/api/briq/v1/whatsapp/messages` →
 * `/v1/whatsapp/messages`. `null` when the path is not a Briq or control path.
 */
export function briqPath(pathname: string): string | null {
  for (const prefix of PREFIXES) {
    const index = pathname.indexOf(`${prefix}/`)
    const at = index >= 0 ? index : pathname.endsWith(prefix) ? pathname.length - prefix.length : -1
    if (at >= 0) {
      const path = pathname.slice(at)
      return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
    }
  }
  return null
}

// A malformed escape (`%E0`, `%zz`) stays as sent, so the route answers it as a bad id, not a 500.
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function matchPattern(pattern: string[], segments: string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null
  const params: Record<string, string> = {}
  for (let index = 0; index < pattern.length; index++) {
    const part = pattern[index]!
    const segment = segments[index]!
    if (part.startsWith(':')) params[part.slice(1)] = decodeSegment(segment)
    else if (part !== segment) return null
  }
  return params
}

const staticCount = (pattern: string[]) => pattern.filter((part) => !part.startsWith(':')).length

/** The methods `Allow` lists for these routes: `HEAD` beside every `GET`, as HTTP servers answer it. */
function allowedMethods(routes: readonly RouteDefinition[]): string[] {
  return [...new Set(routes.flatMap((route) => (route.method === 'GET' ? ['GET', 'HEAD'] : [route.method])))]
}

/**
 * Finds the route for `method` and `path`. The most specific pattern wins, so
 * `GET /messages/interactive` is a 405 (that path is POST-only), not a bad message id.
 * `HEAD` finds the `GET` route (the caller drops the body).
 */
export function matchRoute(routes: readonly RouteDefinition[], method: string, path: string): RouteMatch {
  const segments = path.split('/').filter(Boolean)
  let best: { specificity: number; matches: { route: RouteDefinition; params: Record<string, string> }[] } | null = null
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean)
    const params = matchPattern(pattern, segments)
    if (!params) continue
    const specificity = staticCount(pattern)
    if (!best || specificity > best.specificity) best = { specificity, matches: [{ route, params }] }
    else if (specificity === best.specificity) best.matches.push({ route, params })
  }
  if (!best) return { kind: 'not-found' }
  const wanted = method === 'HEAD' ? 'GET' : method
  const hit = best.matches.find((match) => match.route.method === wanted)
  if (hit) return { kind: 'found', ...hit }
  return { kind: 'method-not-allowed', allow: allowedMethods(best.matches.map((match) => match.route)) }
}
