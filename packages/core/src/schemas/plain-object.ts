import type { IssueReason } from '../i18n/issue-reason.ts'
import { isRecord } from '../is-record.ts'
import { shortKey } from '../quoted.ts'
import { anything } from './anything.ts'
import { report } from './issue-detail.ts'
import { jsonDataProblem } from './json-data.ts'
import { hint } from './json-hints.ts'

/**
 * A free-form object (flow `data`, address `validation_errors`) passed through exactly as
 * given. Unlike `z.record`, it keeps every own key, `__proto__` from `JSON.parse` included, so
 * what is validated is what is sent; and it must be plain JSON data no deeper than
 * `LIMITS.structure.jsonDepth`, so whatever is accepted serialises (see `jsonDataProblem`).
 * With `values: 'string'`, every value must be text. With `known`, each key outside
 * `known.keys` is a warning of `known.reason` naming the key (params `key`, `allowed`). Half of
 * an emoji in a key or a text is a `broken_character` warning there, as in every text field.
 */
export function plainObject(values?: 'string', known?: { keys: readonly string[]; reason: IssueReason }) {
  const schema = anything<Record<string, unknown>>().check((payload) => {
    const value: unknown = payload.value
    if (!isRecord(value)) {
      report(payload, { code: 'invalid_type', params: { expected: 'object' } })
      return
    }
    const problem = jsonDataProblem(value, values === 'string', undefined, (broken) =>
      report(payload, broken.detail, broken.path),
    )
    if (problem) report(payload, problem.detail, problem.path)
    if (known === undefined) return
    for (const key of Object.keys(value)) {
      if (known.keys.includes(key)) continue
      // The issue stays at the object, where the key is typed.
      report(payload, {
        code: 'not_recommended',
        reason: known.reason,
        params: { key: shortKey(key), allowed: known.keys },
        warning: true,
      })
    }
  })
  return hint(schema, values === 'string' ? 'text_object' : 'object')
}
