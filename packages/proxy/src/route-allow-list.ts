/** The result of matching a path against the routes the kit uses. */
export type RouteMatch =
  | {
      kind: 'allowed'
      /** The canonical upstream path, rebuilt from checked segments. */
      path: string
      /** True for `POST /v1/whatsapp/messages/interactive`, whose body core validates. */
      isSend: boolean
    }
  | { kind: 'not_found' }
  | {
      kind: 'method_not_allowed'
      /** The methods the path accepts, for the `Allow` header. */
      allow: readonly string[]
    }

interface RouteDefinition {
  /** Literal segments; `null` stands for one id segment. */
  segments: readonly (string | null)[]
  method: 'GET' | 'POST'
  isSend?: true
}

const ROUTES: readonly RouteDefinition[] = [
  { method: 'POST', segments: ['v1', 'whatsapp', 'messages', 'interactive'], isSend: true },
  { method: 'GET', segments: ['v1', 'whatsapp', 'messages'] },
  { method: 'GET', segments: ['v1', 'whatsapp', 'messages', null] },
  { method: 'POST', segments: ['v1', 'whatsapp', 'messages', null, 'read'] },
  { method: 'GET', segments: ['v1', 'whatsapp', 'senders'] },
  { method: 'GET', segments: ['v1', 'whatsapp', 'senders', null] },
  { method: 'GET', segments: ['v1', 'whatsapp', 'conversations'] },
  { method: 'GET', segments: ['v1', 'whatsapp', 'conversations', null] },
  { method: 'POST', segments: ['v1', 'whatsapp', 'conversations', null, 'read'] },
]

// Ids are uuids in Briq's API; this also admits provider-style ids but never `.`/`..`,
// percent-encoding (so no encoded slashes) or anything a server might reinterpret.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._~:=-]{0,127}$/

function matchesShape(route: RouteDefinition, segments: readonly string[]): boolean {
  if (route.segments.length !== segments.length) return false
  return route.segments.every((expected, index) => {
    const actual = segments[index] ?? ''
    return expected === null ? SAFE_ID.test(actual) && actual !== 'interactive' : expected === actual
  })
}

/**
 * Matches a path (already stripped of the proxy's base path) and method against the allow-list.
 * HEAD is not offered: the kit never uses it.
 */
export function matchRoute(method: string, path: string): RouteMatch {
  if (!path.startsWith('/')) return { kind: 'not_found' }
  const segments = path.slice(1).split('/')
  const shaped = ROUTES.filter((route) => matchesShape(route, segments))
  if (shaped.length === 0) return { kind: 'not_found' }
  const route = shaped.find((candidate) => candidate.method === method)
  if (!route) return { kind: 'method_not_allowed', allow: [...new Set(shaped.map((candidate) => candidate.method))] }
  return { kind: 'allowed', path: `/${segments.join('/')}`, isSend: route.isSend === true }
}
