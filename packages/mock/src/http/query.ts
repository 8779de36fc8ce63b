import { validationError } from './api-error.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether `value` is a uuid in canonical text form. */
export const isUuid = (value: string): boolean => UUID.test(value)

/** Throws 422 naming `field` unless `value` is a uuid. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw validationError(field, `${field} must be a UUID, got ${JSON.stringify(value)}`)
  return value
}

/** An integer query parameter within [min, max], or its default. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name)
  if (raw === null || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validationError(name, `${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`)
  }
  return value
}

/** A boolean query parameter (`true`/`false`), or `undefined` when absent. */
export function boolParam(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name)
  if (raw === null || raw === '') return undefined
  if (raw === 'true' || raw === '1') return true
  if (raw === 'false' || raw === '0') return false
  throw validationError(name, `${name} must be true or false, got ${JSON.stringify(raw)}`)
}

/** A date-time query parameter as epoch ms, or `undefined` when absent. */
export function timeParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name)
  if (raw === null || raw === '') return undefined
  const value = Date.parse(raw)
  if (Number.isNaN(value))
    throw validationError(name, `${name} must be an ISO 8601 date-time, got ${JSON.stringify(raw)}`)
  return value
}

/** A string parameter limited to `max` characters, or `undefined`. */
export function textParam(query: URLSearchParams, name: string, max: number): string | undefined {
  const raw = query.get(name)
  if (raw === null || raw === '') return undefined
  if (raw.length > max) throw validationError(name, `${name} is ${raw.length} characters; at most ${max} allowed`)
  return raw
}

/** One of `allowed`, or the default. */
export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = query.get(name)
  if (raw === null || raw === '') return fallback
  if (!(allowed as readonly string[]).includes(raw)) {
    throw validationError(name, `${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`)
  }
  return raw as T
}
