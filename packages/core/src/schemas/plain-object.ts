import * as z from 'zod/mini'
import { report } from './issue-detail.ts'
import { hint } from './json-hints.ts'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A free-form object (flow `data`, address `validation_errors`) passed through exactly as
 * given. Unlike `z.record`, it keeps every own key, `__proto__` from `JSON.parse` included, so
 * what is validated is what is sent. With `values: 'string'`, every value must be text.
 */
export function plainObject(values?: 'string') {
  const schema = z.custom<Record<string, unknown>>().check(
    z.check<Record<string, unknown>>((payload) => {
      const value: unknown = payload.value
      if (!isPlainObject(value)) {
        report(payload, { code: 'invalid_type', params: { expected: 'object' } })
        return
      }
      if (values !== 'string') return
      for (const key of Object.keys(value)) {
        if (typeof value[key] !== 'string') {
          report(payload, { code: 'invalid_type', params: { expected: 'string' } }, [key])
        }
      }
    }),
  )
  return hint(
    schema,
    values === 'string' ? { type: 'object', additionalProperties: { type: 'string' } } : { type: 'object' },
  )
}
