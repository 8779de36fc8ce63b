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
