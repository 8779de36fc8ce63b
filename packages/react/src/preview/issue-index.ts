import { type Issue, type IssuePath, overflowIndex, validateInteractive } from '@briq-interactive/core'
import type { DraftText } from './normalize.ts'

/** Where a text passes its limit: the UTF-16 index to mark from, and the limit passed. */
export interface Overflow {
  index: number
  limit: number
}

/** Core's issues for a draft, looked up by path. */
export interface IssueIndex {
  /** Every error (not warnings). */
  readonly issues: readonly Issue[]
  /** Whether any error sits at `path` or below it. */
  has(path: IssuePath): boolean
  /** Where `text` passes its limit, from a `too_long` issue at its path. */
  overflow(text: DraftText | undefined): Overflow | undefined
}

const key = (path: IssuePath): string => path.join('\u0000')

/** The index used when issues are hidden: nothing is marked. */
export const NO_ISSUES: IssueIndex = { issues: [], has: () => false, overflow: () => undefined }

/**
 * Validates the draft with core (which never throws) and indexes the errors. Warnings are not
 * marked: they never block a send.
 */
export function indexIssues(value: unknown): IssueIndex {
  let issues: Issue[]
  try {
    const result = validateInteractive(value)
    issues = result.ok ? [] : result.issues
  } catch {
    issues = []
  }
  if (issues.length === 0) return NO_ISSUES
  const exact = new Map<string, Issue[]>()
  const prefixes = new Set<string>()
  for (const issue of issues) {
    const k = key(issue.path)
    exact.set(k, [...(exact.get(k) ?? []), issue])
    for (let i = 0; i <= issue.path.length; i++) prefixes.add(key(issue.path.slice(0, i)))
  }
  return {
    issues,
    has: (path) => prefixes.has(key(path)),
    overflow(text) {
      if (!text) return undefined
      const tooLong = exact.get(key(text.path))?.find((i) => i.code === 'too_long' && typeof i.limit === 'number')
      if (!tooLong || tooLong.limit === undefined) return undefined
      const index = overflowIndex(text.value, tooLong.limit)
      return index < 0 ? undefined : { index, limit: tooLong.limit }
    },
  }
}
