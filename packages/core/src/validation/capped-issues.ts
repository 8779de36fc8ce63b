import { worded } from '../i18n/worded.ts'
import type { Issue } from '../issue.ts'

/**
 * The most errors, and separately the most warnings, one validation returns. Past it the last
 * entry says how many more were found: a caller pasting junk (a million unknown keys) gets a
 * readable list, and the proxy's 422 for a 64 KB body stays small.
 */
export const MAX_ISSUES = 100

const moreIssues = (count: number): Issue => worded({ path: [], code: 'more_issues', actual: count })

/**
 * Collects issues up to `MAX_ISSUES`; past it, issues are only counted, so a caller can skip
 * the work of describing them (`full`).
 */
export class CappedIssues {
  readonly items: Issue[] = []
  #unlisted = 0

  /** True once no further issue will be listed. */
  get full(): boolean {
    return this.items.length >= MAX_ISSUES
  }

  /** Lists the issue, or counts it when the list is full. */
  add(issue: Issue): void {
    if (this.full) this.#unlisted++
    else this.items.push(issue)
  }

  /** Counts issues that were found but not described. */
  skip(count: number): void {
    this.#unlisted += count
  }

  /** The list (after `filter`), whose last entry counts the rest when there were too many. */
  finish(filter: (issues: Issue[]) => Issue[] = (issues) => issues): Issue[] {
    const kept = filter(this.items)
    if (this.#unlisted === 0) return kept
    const shown = kept.slice(0, MAX_ISSUES - 1)
    return [...shown, moreIssues(this.#unlisted + kept.length - shown.length)]
  }
}
