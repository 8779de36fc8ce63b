import { isoDate } from './iso-date.ts'

/** A query-string value; undefined, null and empty strings are left out, dates sent as ISO 8601. */
export type QueryValue = string | number | boolean | Date | null | undefined

/**
 * Joins the endpoint (trailing slashes dropped), a Briq path and a query string. String
 * concatenation, not `new URL`, so a relative endpoint such as `/api/briq` stays relative.
 */
export function buildUrl(endpoint: string, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    params.set(key, value instanceof Date ? isoDate(value, key) : String(value))
  }
  const search = params.toString()
  return `${endpoint.replace(/\/+$/, '')}${path}${search === '' ? '' : `?${search}`}`
}
