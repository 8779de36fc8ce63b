import {
  type DraftOptions,
  type FixIt,
  type Interactive,
  type Issue,
  type IssueAnchor,
  type IssueAnchorFinder,
  inFormOrder,
  issueAnchors,
  type ValidationResult,
} from '@briq-interactive/core'

/** The issues and fix-its one control shows (a field, a choice, a group, an item, the type picker). */
export interface AnchorIssues {
  readonly errors: readonly Issue[]
  readonly warnings: readonly Issue[]
  readonly fixes: readonly FixIt[]
  /** Equal signatures render the same; an unchanged control keeps the same object. */
  readonly signature: string
}

/** One issue as the summary lists it: where the form shows it and the fix-its placed with it. */
export interface PlacedIssue {
  readonly issue: Issue
  readonly severity: 'error' | 'warning'
  readonly anchor: IssueAnchor
  /** The fix-its whose first issue (in the summary's order) this is: each is placed once, at `anchor`. */
  readonly fixes: readonly FixIt[]
}

/** A fix-it that resolves no issue, and where the form shows it (its first path's control). */
export interface PlacedSuggestion {
  readonly fix: FixIt
  readonly anchor: IssueAnchor
}

/** Everything the summary shows; the same object while nothing in it changes. */
export interface IssueSummaryData {
  readonly errors: readonly PlacedIssue[]
  readonly warnings: readonly PlacedIssue[]
  /** Fix-its that resolve no issue (spaces around a title, a short list as reply buttons). */
  readonly suggestions: readonly PlacedSuggestion[]
  readonly signature: string
}

/** Issues placed at the form's controls, and the summary. */
export interface IssuePlacement {
  readonly byAnchor: ReadonlyMap<string, AnchorIssues>
  readonly summary: IssueSummaryData
}

/** The key of an anchor: its kind and path, as `anchorKey` writes them. */
export const anchorKey = (anchor: IssueAnchor): string => `${anchor.kind}:${anchor.path.join('.')}`

/** An issue's path, for `inFormOrder`. */
export const pathOfIssue = (issue: Issue): Issue['path'] => issue.path
const issueSignature = (issue: Issue) => `${issue.code}|${issue.path.join('.')}|${issue.message}`
const fixSignature = (fix: FixIt) => `${fix.id}|${fix.labelKey}|${JSON.stringify(fix.params)}`

interface Builder {
  errors: Issue[]
  warnings: Issue[]
  fixes: FixIt[]
}

/**
 * Places core's issues and fix-its at the controls that show them (core's `issueAnchors`), and
 * builds the summary. Objects whose content did not change are taken from `previous`, so a
 * control subscribed to its own issues re-renders only when they change. `anchorOf` may be a
 * finder built for an earlier draft of the same shape (the same items and chosen options).
 */
export function placeIssues(
  draft: unknown,
  result: ValidationResult<Interactive>,
  fixes: readonly FixIt[],
  options: DraftOptions,
  previous: IssuePlacement | undefined,
  anchorOf: IssueAnchorFinder = issueAnchors(draft, options),
): IssuePlacement {
  const building = new Map<string, Builder>()
  const at = (anchor: IssueAnchor): Builder => {
    const key = anchorKey(anchor)
    let entry = building.get(key)
    if (entry === undefined) {
      entry = { errors: [], warnings: [], fixes: [] }
      building.set(key, entry)
    }
    return entry
  }
  const placed: PlacedIssue[] = []
  // Each fix-it is placed once (one button, one accessible name on the page): beside the first
  // issue it resolves, in the summary's order, though it may concern several fields.
  const unplaced = new Set(fixes)
  const place = (issue: Issue, severity: 'error' | 'warning') => {
    const anchor = anchorOf(issue.path)
    const entry = at(anchor)
    entry[severity === 'error' ? 'errors' : 'warnings'].push(issue)
    const own = fixes.filter((fix) => unplaced.has(fix) && fix.issues.includes(issue))
    for (const fix of own) {
      unplaced.delete(fix)
      entry.fixes.push(fix)
    }
    placed.push({ issue, severity, anchor, fixes: own })
  }
  // The summary reads like the form, top to bottom; a control's own issues keep core's order.
  if (!result.ok) for (const issue of inFormOrder(result.issues, anchorOf, pathOfIssue)) place(issue, 'error')
  for (const issue of inFormOrder(result.warnings, anchorOf, pathOfIssue)) place(issue, 'warning')
  // Suggestions (no issue) at their first path's control.
  const suggestions: PlacedSuggestion[] = []
  for (const fix of unplaced) {
    const anchor = anchorOf(fix.paths[0] ?? [])
    at(anchor).fixes.push(fix)
    if (fix.issues.length === 0) suggestions.push({ fix, anchor })
  }

  const byAnchor = new Map<string, AnchorIssues>()
  for (const [key, entry] of building) {
    const signature = [
      ...entry.errors.map(issueSignature),
      '!',
      ...entry.warnings.map(issueSignature),
      '!',
      ...entry.fixes.map(fixSignature),
    ].join('\n')
    const before = previous?.byAnchor.get(key)
    byAnchor.set(key, before?.signature === signature ? before : { ...entry, signature })
  }

  const summarySignature = [
    ...placed.map((p) => `${p.severity}|${issueSignature(p.issue)}|${p.fixes.map(fixSignature).join(',')}`),
    '!',
    ...suggestions.map(({ fix, anchor }) => `${fixSignature(fix)}|${anchorKey(anchor)}`),
  ].join('\n')
  const summary: IssueSummaryData =
    previous?.summary.signature === summarySignature
      ? previous.summary
      : {
          errors: placed.filter((p) => p.severity === 'error'),
          warnings: placed.filter((p) => p.severity === 'warning'),
          suggestions,
          signature: summarySignature,
        }
  return { byAnchor, summary }
}
