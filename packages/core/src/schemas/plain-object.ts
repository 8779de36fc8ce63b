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
 * With `values: 'string'`, every value must be text (each other value an error at its key). With `known`, each key outside
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
    // Text only (validation_errors, one level of strings): each value that is not text is its own
    // mistake at its own key, so each is reported, not only the first; any other problem (a
    // getter, an object that is not plain) is about the whole object and comes alone.
    if (values === 'string' && problem?.detail.code === 'invalid_type' && problem.detail.reason === undefined) {
      for (const [key, item] of Object.entries(value)) {
        if (item !== undefined && typeof item !== 'string') report(payload, problem.detail, [key])
      }
    } else if (problem) report(payload, problem.detail, problem.path)
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
