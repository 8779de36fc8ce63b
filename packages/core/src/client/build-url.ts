import { isoDate } from './iso-date.ts'

/** A query-string value; undefined, null and empty strings are left out, dates sent as ISO 8601. */
export type QueryValue = string | number | boolean | Date | null | undefined

/**
 * Joins the endpoint (trailing slashes dropped), a Briq path and a query string. String
 * concatenation, not `new URL`, so a relative endpoint such as `/api/briq` stays relative. A
 * query on the endpoint (a tenant, the proxy's own parameter) stays a query, ahead of the call's,
 * as the snippets keep it; its fragment is dropped, as fetch would. Throws a `TypeError` for a
 * value no query can carry (an object, an array, a function).
 */
export function buildUrl(endpoint: string, path: string, query?: Record<string, QueryValue>): string {
  const [base = '', endpointSearch = ''] = splitEndpoint(endpoint)
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    // Plain JavaScript can pass a call's options here (`listMessages({ signal })`): String() would
    // send `signal=[object AbortSignal]` and the abort would never reach fetch.
    if ((typeof value === 'object' && !(value instanceof Date)) || typeof value === 'function') {
      throw new TypeError(
        `Briq client query: "${key}" must be a string, number, boolean or Date; a call's signal and headers go in the argument after the query`,
      )
    }
    params.set(key, value instanceof Date ? isoDate(value, key) : String(value))
  }
  const search = [endpointSearch, params.toString()].filter((part) => part !== '').join('&')
  return `${base.replace(/\/+$/, '')}${path}${search === '' ? '' : `?${search}`}`
}

/** The endpoint's path part and its query (without `?`), its fragment dropped. */
export function splitEndpoint(endpoint: string): [string, string] {
  const [withoutFragment = ''] = endpoint.split('#', 1)
  const at = withoutFragment.indexOf('?')
  return at === -1 ? [withoutFragment, ''] : [withoutFragment.slice(0, at), withoutFragment.slice(at + 1)]
}
