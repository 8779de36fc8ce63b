import {
  type CountNoun,
  type IssuePath,
  lineBreakOverflowIndex,
  overflowIndex,
  samePath,
  type UnwordedIssue,
  type ValidateOptions,
} from '@briq-interactive/core'
import { validateUnwordedCached } from '../validation/validate-cached.ts'
import type { DraftText } from './normalize.ts'

/** Where a text passes its limit: the UTF-16 index to mark from, and the limit passed. */
export interface Overflow {
  index: number
  limit: number
  /** Which limit: characters (`too_long`) or line breaks (a carousel card body's `too_many`). */
  kind: 'characters' | 'lineBreaks'
}

/** Core's issues for a draft, looked up by path. */
export interface IssueIndex {
  /** Every error (not warnings), without its sentence: the preview marks, it does not say. */
  readonly issues: readonly UnwordedIssue[]
  /** Whether any error sits at `path` or below it. */
  has(path: IssuePath): boolean
  /** Where `text` passes its limit, from a `too_long` issue at its path. */
  overflow(text: DraftText | undefined): Overflow | undefined
  /**
   * Whether the item at `path` (`[...list, index]`) is past its list's count limit, from a
   * `too_many` issue at the list (reply buttons past 3, cards past 10, a card's quick replies).
   */
  beyond(path: IssuePath): boolean
  /**
   * The limit a `too_many` count of `noun` items at `path` passed, or undefined: a list's rows
   * are counted across its sections, at `["action","sections"]`, so row 11 of the draft is past
   * WhatsApp's 10 whichever section holds it.
   */
  countLimit(path: IssuePath, noun: CountNoun): number | undefined
}

const key = (path: IssuePath): string => path.join('\u0000')

/** The index used when issues are hidden: nothing is marked. */
export const NO_ISSUES: IssueIndex = {
  issues: [],
  has: () => false,
  overflow: () => undefined,
  beyond: () => false,
  countLimit: () => undefined,
}

/**
 * Validates the draft with core (which never throws) and indexes the errors. Warnings are not
 * marked: they never block a send.
 */
export function indexIssues(value: unknown, options?: ValidateOptions): IssueIndex {
  let issues: UnwordedIssue[]
  try {
    const result = validateUnwordedCached(value, options)
    issues = result.ok ? [] : result.issues
  } catch {
    issues = []
  }
  return indexOf(issues)
}

/** Indexes core's errors for a draft by path. */
export function indexOf(issues: readonly UnwordedIssue[]): IssueIndex {
  if (issues.length === 0) return NO_ISSUES
  const exact = new Map<string, UnwordedIssue[]>()
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
      let found: Overflow | undefined
      for (const issue of exact.get(key(text.path)) ?? []) {
        if (typeof issue.limit !== 'number') continue
        const kind = issue.code === 'too_long' ? 'characters' : issue.code === 'too_many' ? 'lineBreaks' : undefined
        if (!kind) continue
        const index =
          kind === 'characters'
            ? overflowIndex(text.value, issue.limit)
            : lineBreakOverflowIndex(text.value, issue.limit)
        if (index >= 0 && (!found || index < found.index)) found = { index, limit: issue.limit, kind }
      }
      return found
    },
    beyond(path) {
      const index = path[path.length - 1]
      if (typeof index !== 'number') return false
      return (exact.get(key(path.slice(0, -1))) ?? []).some(
        (issue) => issue.code === 'too_many' && typeof issue.limit === 'number' && index >= issue.limit,
      )
    },
    countLimit(path, noun) {
      return (exact.get(key(path)) ?? []).find((issue) => issue.code === 'too_many' && issue.params?.noun === noun)
        ?.limit
    },
  }
}

/**
 * `previous` when `next` marks the same places the same way (every error with the same code,
 * path and limit, in order), else `next`: the preview's parts read only those, so while a
 * person types past a limit the index, and every part that reads it, stays the same.
 */
export function sameMarks(next: IssueIndex, previous: IssueIndex | undefined): IssueIndex {
  if (previous === undefined || previous === next || previous.issues.length !== next.issues.length) return next
  for (let i = 0; i < next.issues.length; i++) {
    const a = next.issues[i] as UnwordedIssue
    const b = previous.issues[i] as UnwordedIssue
    if (a.code !== b.code || a.limit !== b.limit || !samePath(a.path, b.path)) return next
  }
  return previous
}
