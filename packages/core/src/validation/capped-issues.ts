import type { Unworded } from '../i18n/worded.ts'

/**
 * The most errors, and separately the most warnings, one validation returns. Past it the last
 * entry says how many more were found: a caller pasting junk (a million unknown keys) gets a
 * readable list, and the proxy's 422 for a 64 KB body stays small.
 */
export const MAX_ISSUES = 100

const moreIssues = (count: number): Unworded => ({ path: [], code: 'more_issues', actual: count })

/**
 * Collects issues up to `MAX_ISSUES`; past it, issues are only counted, so a caller can skip
 * the work of describing them (`full`). Issues are kept without their sentence: the validator
 * words the ones it returns (or, for the preview's marks, none).
 */
export class CappedIssues {
  readonly items: Unworded[] = []
  #unlisted = 0

  /** True once no further issue will be listed. */
  get full(): boolean {
    return this.items.length >= MAX_ISSUES
  }

  /** Lists the issue, or counts it when the list is full. */
  add(issue: Unworded): void {
    if (this.full) this.#unlisted++
    else this.items.push(issue)
  }

  /** Counts issues that were found but not described. */
  skip(count: number): void {
    this.#unlisted += count
  }

  /** The list (after `filter`), whose last entry counts the rest when there were too many. */
  finish(filter: (issues: Unworded[]) => Unworded[] = (issues) => issues): Unworded[] {
    const kept = filter(this.items)
    if (this.#unlisted === 0) return kept
    const shown = kept.slice(0, MAX_ISSUES - 1)
    return [...shown, moreIssues(this.#unlisted + kept.length - shown.length)]
  }
}
