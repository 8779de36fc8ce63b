import { BriqError } from './briq-error.ts'

/** A Date as ISO 8601; an invalid Date is a `validation` error naming the option, before any request. */
export function isoDate(date: Date, name: string): string {
  if (!Number.isNaN(date.getTime())) return date.toISOString()
  const message = `${name} is an invalid Date`
  throw new BriqError({ kind: 'validation', message, errors: [{ code: 'invalid_value', message, field: name }] })
}
