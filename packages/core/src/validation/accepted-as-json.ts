import { worded } from '../i18n/worded.ts'
import type { Issue, ValidationResult } from '../issue.ts'
import { jsonDataProblem } from '../schemas/json-data.ts'

/**
 * The result for a value the schema accepted, unless the value is not plain JSON data: zod reads
 * a Date, a boxed number or a class instance as an object with no unknown keys, but JSON writes
 * it as something else, so what was checked would not be what is sent. Free-form parts were
 * depth-checked by their schema and the rest has the schema's fixed shape, so depth is not
 * checked again. Accepted values are small (lists are bounded, unknown keys refused), so this
 * walk costs little, and it never runs on junk.
 */
export function acceptedAsJson<T>(value: unknown, data: T, warnings: Issue[], prefix = 0): ValidationResult<T> {
  const problem = typeof value === 'object' && value !== null ? jsonDataProblem(value, false, null) : null
  if (problem === null) return { ok: true, value: data, warnings }
  const { warning: _warning, ...detail } = problem.detail
  const params = prefix > 0 && problem.path.length === 0 ? { ...detail.params, request: true } : detail.params
  const issue = worded({ path: problem.path, ...detail, ...(params === undefined ? {} : { params }) })
  return { ok: false, issues: [issue], warnings }
}
