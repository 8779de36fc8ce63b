import type { Limit } from '../limits.ts'
import { countCharacters, countLineBreaks, EMOJI } from '../text-length.ts'
import type { IssueDetail } from './issue-detail.ts'
import { isDocumented, limitIssue } from './limit-check.ts'

/**
 * The issue for the length of `text` against `limit`, as the validators report it: counted in
 * Unicode code points and judged by the limit's kind (`limitIssue`); within a documented
 * maximum in code points but past it in UTF-16 units (emoji), a `too_long_utf16` warning: Meta
 * never says how it counts, and JavaScript clients count UTF-16.
 */
export function lengthIssue(limit: Limit, text: string): IssueDetail | undefined {
  // Fast path: code points never exceed UTF-16 units, and a non-empty string has ≥1.
  if (text.length <= limit.max && text.length >= limit.min && limit.min <= 1) return undefined
  const detail = limitIssue(limit, countCharacters(text), 'length')
  if (detail !== undefined || text.length <= limit.max || !isDocumented(limit)) return detail
  return { code: 'too_long_utf16', limit: limit.max, actual: text.length, rule: limit.kind, warning: true }
}

/**
 * The warning for `text` past its limit's advised length (`warnAbove`) yet within its maximum:
 * the flow CTA past 20 (`LIMITS.flow.cta`), the one limit that advises one. Text with emoji
 * gets none: WhatsApp refuses emoji there (`no_emoji`), the error to fix first.
 */
export function advisedLengthIssue(limit: Limit, text: string): IssueDetail | undefined {
  const { warnAbove } = limit
  if (warnAbove === undefined || text.length <= warnAbove || EMOJI.test(text)) return undefined
  const count = countCharacters(text)
  if (count <= warnAbove || count > limit.max) return undefined
  return { code: 'not_recommended', limit: warnAbove, actual: count, reason: 'flow_cta_long', warning: true }
}

/** The issue for the line breaks of `text` against `limit` (a carousel card's body), counted as WhatsApp counts them. */
export const lineBreaksIssue = (limit: Limit, text: string): IssueDetail | undefined =>
  limitIssue(limit, countLineBreaks(text), 'count')

/** How a text past a limit is marked: `over` where the validators report an error, `unusual` a warning. */
export type LengthMark = 'over' | 'unusual'

const markOf = (detail: IssueDetail | undefined): LengthMark | undefined =>
  detail === undefined || detail.code === 'too_short' || detail.code === 'too_few'
    ? undefined
    : detail.warning
      ? 'unusual'
      : 'over'

/**
 * Whether `text` is too long for `limit`, as the validators' own length issues say: `over`
 * beside their error (past a maximum WhatsApp or Briq documents, or the kit's bound), `unusual`
 * beside their warning (past a guard nobody documents, past the advised `warnAbove` of text
 * without emoji, or past a documented maximum in UTF-16 units only), `undefined` when they say
 * nothing of its length. Too short is not said here. For a counter such as "812 / 1024".
 */
export const lengthMark = (limit: Limit, text: string): LengthMark | undefined =>
  markOf(lengthIssue(limit, text) ?? advisedLengthIssue(limit, text))

/**
 * Whether `count` items are too many for `limit`, as the validators' count issue says
 * (`limitIssue`): `over` past a documented maximum or the kit's bound, `unusual` past a guard
 * (three quick replies on a carousel card), `undefined` within it or when too few.
 */
export const countMark = (limit: Limit, count: number): LengthMark | undefined =>
  markOf(limitIssue(limit, count, 'count'))

/** Whether `text` has too many line breaks for `limit`, as `lengthMark` says it of its length. */
export const lineBreaksMark = (limit: Limit, text: string): LengthMark | undefined =>
  markOf(lineBreaksIssue(limit, text))
