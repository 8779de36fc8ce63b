import type { Limit, LimitKind } from '../limits.ts'
import type { IssueDetail } from './issue-detail.ts'

/** What a limit measures: a text's length, a list's count, or a number's value. */
export type Measure = 'length' | 'count' | 'value'

const OVER = { length: 'too_long', count: 'too_many', value: 'too_big' } as const
const UNDER = { length: 'too_short', count: 'too_few', value: 'too_small' } as const
const UNUSUAL = { length: 'unusually_long', count: 'unusually_many', value: 'unusually_large' } as const

/**
 * Whose rule a limit's `min` is: the owner of a documented limit, and WhatsApp for our own
 * guards and bounds (they all sit on WhatsApp fields: Meta refuses empty text, "Min length: 1",
 * and asks for "one or more" carousel quick replies; the kit's other bounds start at 0).
 */
const minRule = (kind: LimitKind): LimitKind => (kind === 'guard' || kind === 'kit' ? 'whatsapp' : kind)

/**
 * The issue for `actual` against `limit`, decided by the limit's kind alone so that the
 * distinction between documented rules and our own guards cannot drift: over a WhatsApp or Briq
 * maximum is an error naming them; over a guard is a warning ("unusually long"); over one of
 * the kit's hard bounds on junk is an error naming the kit; under `min` is always an error.
 * `undefined` when `actual` is within the limit.
 */
export function limitIssue(limit: Limit, actual: number, measure: Measure): IssueDetail | undefined {
  if (actual > limit.max) {
    if (limit.kind === 'guard') {
      return { code: UNUSUAL[measure], limit: limit.max, actual, rule: 'guard', warning: true }
    }
    return { code: OVER[measure], limit: limit.max, actual, rule: limit.kind }
  }
  if (actual < limit.min) return { code: UNDER[measure], limit: limit.min, actual, rule: minRule(limit.kind) }
  return undefined
}

/** Whether a JSON Schema may carry `max` as a hard bound (only a documented rule may). */
export const isDocumented = (limit: Limit): boolean => limit.kind === 'whatsapp' || limit.kind === 'briq'
