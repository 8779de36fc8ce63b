import { countCharacters, type Limit, UUID_PATTERN } from '@briq-interactive/core'
import { invalidIdError, quoted } from '@briq-interactive/core/server'
import { ApiError, validationError } from './api-error.ts'

// RFC 3339 date-time (section 5.6), the `date-time` format Briq's OpenAPI gives `since`/`until`:
// a date, a time and an offset. Date.parse alone also takes "June 24", an offset-less local time,
// and rolls an impossible day over (February 30 reads as March 2), so the fields are checked here.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/
const INTEGER = /^-?\d+$/

/** Whether `value` is a uuid in canonical text form. */
export const isUuid = (value: string): boolean => UUID_PATTERN.test(value)

/**
 * Throws 422 naming `field` unless `value` is a uuid; returns it in lower case, the form the
 * store keys by: a UUID's hex digits are case-insensitive on input (RFC 9562, section 4), so
 * Briq, which types these ids as UUIDs, finds the same record either way.
 */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw new ApiError(422, [invalidIdError(field, value)])
  return value.toLowerCase()
}

/**
 * A single-valued query parameter as Briq reads it: when it is repeated (`?limit=1&limit=50`),
 * the last one. Briq is a FastAPI app, which reads a parameter that is not a list with
 * Starlette's `QueryParams.get`, and that keeps the last value of a repeated key
 * (`ImmutableMultiDict`, starlette/datastructures.py); `URLSearchParams.get` gives the first.
 * A typed parameter that is present but empty (`?limit=`) is a value Briq cannot parse: 422,
 * like any other bad value. Only an absent parameter takes the default.
 */
export const lastParam = (query: URLSearchParams, name: string): string | undefined => query.getAll(name).at(-1)

/** A uuid query parameter, or `undefined` when absent. */
export function uuidParam(query: URLSearchParams, name: string): string | undefined {
  const raw = lastParam(query, name)
  return raw === undefined ? undefined : requireUuid(raw, name)
}

/** An integer query parameter within `limit` (a LIMITS entry), or Briq's default for it. */
export function limitParam(query: URLSearchParams, name: string, limit: Limit & { readonly default: number }): number {
  return intParam(query, name, limit.default, limit.min, limit.max)
}

/** An integer query parameter within [min, max], or its default. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = lastParam(query, name)
  if (raw === undefined) return fallback
  const value = INTEGER.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`
    throw validationError(name, `${name} must be an integer ${range}, got ${quoted(raw)}`)
  }
  return value
}

/**
 * A boolean query parameter (`true`/`false`), or `undefined` when absent. Outside strict mode
 * the mock also reads `1`/`0` (a convenience; see the README).
 */
export function boolParam(query: URLSearchParams, name: string, strict: boolean): boolean | undefined {
  const raw = lastParam(query, name)
  if (raw === undefined) return undefined
  if (raw === 'true' || (!strict && raw === '1')) return true
  if (raw === 'false' || (!strict && raw === '0')) return false
  throw validationError(name, `${name} must be true or false, got ${quoted(raw)}`)
}

/**
 * Epoch ms of an RFC 3339 date-time (`2026-06-24T00:00:00Z`), or NaN for anything else —
 * including a date the calendar does not have (`2026-02-30`, `2027-02-29`) and an hour, minute
 * or offset out of range. A leap second (`:60`) is refused too: Briq's Python backend cannot
 * hold one.
 */
export function parseDateTime(raw: string): number {
  const match = DATE_TIME.exec(raw)
  if (match === null) return Number.NaN
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((field) => Number(field ?? 0))
  // The calendar decides, by a round trip: a day that does not exist comes back as another one.
  // (setUTCFullYear, unlike Date.UTC, leaves the years 0–99 alone.)
  const date = new Date(0)
  date.setUTCFullYear(year ?? 0, (month ?? 0) - 1, day)
  const realDate = date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day
  const inRange = (value: number | undefined, max: number) => value !== undefined && value <= max
  const realTime = inRange(hour, 23) && inRange(minute, 59) && inRange(second, 59)
  const realOffset = inRange(offsetHours, 23) && inRange(offsetMinutes, 59)
  return realDate && realTime && realOffset ? Date.parse(raw) : Number.NaN
}

/** An RFC 3339 date-time query parameter as epoch ms, or `undefined` when absent. */
export function timeParam(query: URLSearchParams, name: string): number | undefined {
  const raw = lastParam(query, name)
  if (raw === undefined) return undefined
  const value = parseDateTime(raw)
  if (Number.isNaN(value)) {
    throw validationError(
      name,
      `${name} must be a real date-time with an offset, like 2026-06-24T00:00:00Z, got ${quoted(raw)}${plusHint(raw)}`,
    )
  }
  return value
}

// A query string reads `+` as a space (the WHATWG URL standard's form encoding, and Starlette's),
// so `since=2026-06-24T00:00:00+03:00` typed into curl arrives as `…00:00:00 03:00`. Briq refuses
// it too; the mock says why.
const SPACED_OFFSET = / (\d{2}:\d{2})$/
function plusHint(raw: string): string {
  const offset = SPACED_OFFSET.exec(raw)?.[1]
  if (offset === undefined || Number.isNaN(parseDateTime(raw.replace(SPACED_OFFSET, '+$1')))) return ''
  return `: a + in a URL query reads as a space, so send the offset as %2B${offset}`
}

/** A free-text parameter within `limit` (code points), or `undefined` when absent or empty. */
export function textParam(query: URLSearchParams, name: string, limit?: Limit): string | undefined {
  const raw = lastParam(query, name)
  if (raw === undefined) return undefined
  if (limit !== undefined) {
    const length = countCharacters(raw)
    if (length < limit.min || length > limit.max) {
      const range = limit.min > 0 ? `${limit.min}–${limit.max}` : `at most ${limit.max}`
      throw validationError(name, `${name} is ${length} characters; Briq allows ${range}`)
    }
  }
  return raw === '' ? undefined : raw
}

/** One of `allowed`, or the default when absent. */
export function enumParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T
export function enumParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T | undefined
export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const raw = lastParam(query, name)
  if (raw === undefined) return fallback
  if (!(allowed as readonly string[]).includes(raw)) {
    throw validationError(name, `${name} must be one of ${allowed.join(', ')}, got ${quoted(raw)}`)
  }
  return raw as T
}
