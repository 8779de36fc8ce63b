import { BRIQ_ROUTES, type BriqRoute } from '@briq-interactive/core'
import {
  decodedParam,
  matchRoute as matchBriqRoute,
  normalisedPath,
  withoutTrailingSlashes,
} from '@briq-interactive/core/server'

/** The result of matching a path against the routes the proxy forwards. */
export type RouteMatch =
  | {
      kind: 'allowed'
      /** The route from core's table. */
      route: BriqRoute
      /** The canonical upstream path, rebuilt from checked segments. */
      path: string
      /** True for a send, whose body core validates before it is forwarded. */
      isSend: boolean
    }
  | {
      kind: 'not_found'
      /**
       * The Briq route the request names when it is one the proxy does not forward (`POST
       * /v1/whatsapp/messages/text`), as its table pattern, so the answer can say so.
       */
      notForwarded?: string
      /**
       * The path without its trailing slashes (`/v1/whatsapp/senders` for `/senders/`) when a
       * forwarded route takes it with this method: Briq and the mock would redirect there.
       */
      withoutSlash?: string
    }
  | {
      kind: 'bad_param'
      /** The `:name` of the first path segment no id can be (`message_id` for `/messages/a%2Fb`). */
      name: string
      /**
       * That segment, percent-decoded where it decodes (`a/b`), as the mock quotes it; as sent
       * (`a%3Ab`) when decoded it would be an id, since only its escapes are refused.
       */
      value: string
    }
  | {
      kind: 'method_not_allowed'
      /** The methods the path accepts, for the `Allow` header. */
      allow: readonly string[]
    }

/** The routes the kit uses, from core's one table: the only ones the proxy forwards. */
export const PROXIED_ROUTES: readonly BriqRoute[] = BRIQ_ROUTES.filter((route) => route.proxied)

/** Every method some forwarded route takes, plus OPTIONS: the `Allow` of a method no route takes. */
export const PROXIED_METHODS: readonly string[] = [
  ...[...new Set(PROXIED_ROUTES.map((route) => route.method))].sort(),
  'OPTIONS',
]

// Ids are uuids in Briq's API; this also admits provider-style ids but never `.`/`..`,
// percent-encoding left after `normalisedPath` (so no encoded slashes) or anything a server might
// reinterpret, nor a word of the routes' own paths (`/messages/interactive/read` is no message's
// read receipt).
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._~:=-]{0,127}$/
// Words of every Briq route, forwarded or not: `/messages/text` is Briq's text send, never the
// message whose id is "text".
const PATH_WORDS = new Set(BRIQ_ROUTES.flatMap((route) => route.path.split('/')))
const isSafeId = (segment: string) => SAFE_ID.test(segment) && !PATH_WORDS.has(segment)

/**
 * A refused segment as its 422 quotes it: percent-decoded where that shows what is wrong (`a/b`,
 * `..`), as the mock quotes it, but as sent when only its escapes are refused: `wa%3A123` decodes
 * to an id (`wa:123`), and "got wa:123" would say nothing of why.
 */
function quotedParam(segment: string): string {
  const decoded = decodedParam(segment)
  return decoded !== segment && isSafeId(decoded) ? segment : decoded
}

/**
 * Matches a path (already stripped of the proxy's base path) and method against the allow-list.
 * HEAD is not offered: the kit never uses it. A Briq route the proxy does not forward (the text
 * send, templates) is `not_found` naming it, never a method mismatch with a forwarded route of
 * the same shape ("use GET" for `POST /messages/text` would send the caller the wrong way).
 */
export function matchRoute(method: string, sent: string): RouteMatch {
  // `…/%6Dessages/…` is `…/messages/…` (RFC 3986, 6.2.2.2): matched, and forwarded, as that.
  const path = normalisedPath(sent)
  const match = matchPath(method, path)
  if (match.kind !== 'not_found' || match.notForwarded !== undefined || !path.endsWith('/')) return match
  // Briq (FastAPI's router) and the mock answer such a path with a 307 to it without the slash;
  // the proxy forwards only the table's paths, so it says where the route is instead.
  const slashless = withoutTrailingSlashes(path)
  return matchPath(method, slashless).kind === 'allowed' ? { kind: 'not_found', withoutSlash: slashless } : match
}

function matchPath(method: string, path: string): RouteMatch {
  const match = matchBriqRoute(PROXIED_ROUTES, method, path, { param: isSafeId })
  if (match.kind === 'found') return { kind: 'allowed', route: match.route, path, isSend: match.route.sends }
  const briq = matchBriqRoute(BRIQ_ROUTES, method, path, { param: isSafeId })
  if (briq.kind === 'found') return { kind: 'not_found', notForwarded: `${briq.route.method} ${briq.route.path}` }
  // A forwarded route with an id no id can be (`%2F`, `.hidden`, 200 characters): Briq (and the
  // mock) answer 422 on that parameter, so the proxy does too rather than 404, never forwarding it.
  const shaped = matchBriqRoute(PROXIED_ROUTES, method, path, { param: (segment) => !PATH_WORDS.has(segment) })
  if (shaped.kind === 'found') {
    const bad = Object.entries(shaped.params).find(([, segment]) => !isSafeId(segment))
    if (bad !== undefined) return { kind: 'bad_param', name: bad[0], value: quotedParam(bad[1]) }
  }
  return match
}
