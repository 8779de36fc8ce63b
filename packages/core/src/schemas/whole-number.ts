import type { IssueReason } from '../i18n/issue-reason.ts'
import type { Limit } from '../limits.ts'
import { anything } from './anything.ts'
import { report } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { isDocumented, limitIssue } from './limit-check.ts'

/**
 * A whole number within `limit` (a card index, a button's minutes to live); out of range it is
 * reported with `reason`, which words the range (`params.min`/`max`), unless the limit is our own
 * guard. A fraction is an `invalid_type` ("must be a whole number") and nothing more is checked;
 * past JavaScript's safe integers the number is out of range, one error (not valid, where no
 * range error says so). A number too big for JSON readers (`1e400` reads as Infinity) is out of
 * range too, reason `number_too_big` with the range, and not "not a whole number".
 */
export function wholeNumber(limit: Limit, reason: IssueReason) {
  const schema = anything<number>().check((payload) => {
    const value: unknown = payload.value
    if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
      const above = value > 0
      report(payload, {
        code: above ? 'too_big' : 'too_small',
        limit: above ? limit.max : limit.min,
        rule: isDocumented(limit) ? limit.kind : 'kit',
        reason: 'number_too_big',
        params: { min: limit.min, max: limit.max },
      })
      return
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      // Like z.number()'s type error (NaN and ±Infinity included) but naming what the field takes,
      // a whole number ("1.5" typed in a number field is text); without `continue`, it ends this
      // value's checks but not the container's cross-field checks.
      payload.issues.push({ code: 'invalid_type', expected: 'int', input: value, path: [] })
      return
    }
    if (!Number.isInteger(value)) {
      // Ends the checks of this value, as zod's own type errors do.
      payload.issues.push({ code: 'invalid_type', expected: 'int', input: value, path: [], continue: false })
      return
    }
    const detail = limitIssue(limit, value, 'value')
    // Past the safe integers a number is past every range WhatsApp gives too: the range's error
    // says it better than a second "not valid" beside it, which stays where no range error does.
    if (!Number.isSafeInteger(value) && (detail === undefined || detail.warning)) {
      report(payload, { code: 'invalid_value' })
    }
    if (detail === undefined) return
    report(payload, detail.warning ? detail : { ...detail, reason, params: { min: limit.min, max: limit.max } })
  })
  return hint(schema, 'integer', limit)
}
