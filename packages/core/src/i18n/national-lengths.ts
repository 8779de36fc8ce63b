import type { Issue } from '../issue.ts'

/**
 * A country's national length as the phone length sentences name it: the issue's `limit`, or
 * `min`–`max` where that country's numbers have more than one length (`10–11` for Brazil); `add`
 * more digits for a trunk prefix typed in front. Digits and a dash, the same in every language.
 */
export function nationalLengths(issue: Issue, add = 0): string {
  const { min, max } = issue.params ?? {}
  return max === undefined ? `${(issue.limit ?? 0) + add}` : `${(min ?? 0) + add}–${max + add}`
}

/**
 * The numbers a `phone_prefix_ambiguous` issue can be, or a `phone_several_numbers` issue holds,
 * each with its `+`, the last after `or` (or `and`), the word in the catalogue's language
 * (`+94520123456 or +4520123456`).
 */
export function alternatives(issue: Issue, or: string): string {
  const numbers = (issue.params?.readings ?? []).map((reading) => `+${reading}`)
  const last = numbers.pop() ?? ''
  return numbers.length === 0 ? last : `${numbers.join(', ')} ${or} ${last}`
}
