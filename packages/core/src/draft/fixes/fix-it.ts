import type { Issue } from '../../issue.ts'
import type { InteractiveType } from '../../schemas/interactive.ts'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import type { InteractiveDescription } from '../draft-description.ts'
import type { DraftLabelKey } from '../draft-label-keys.ts'
import type { DraftOptions } from '../draft-options.ts'
import type { DraftPath } from '../draft-path.ts'
import type { IdFollows } from '../set-field.ts'
import type { FieldInstance } from '../walk-description.ts'

/**
 * A one-click repair (or suggestion) for a draft, shown beside the issue or field it concerns.
 * A fix-it never loses text silently: anything it removes is named by its label.
 */
export interface FixIt {
  /** Stable for the same draft: `"buttons-to-list"`, `"trim:action.buttons.0.reply.title"`. Apply it as the `{ op: 'fix', id }` operation. */
  readonly id: string
  /** The button's label key ("Turn into a list"), worded with `params`. */
  readonly labelKey: DraftLabelKey
  /** The values the label names (`count`, `id`, `key`, `kind`, `limit`, `catalogId`). */
  readonly params: Readonly<Record<string, string | number>>
  /** The fields or groups it concerns; a UI shows it beside them. */
  readonly paths: readonly DraftPath[]
  /** The issues (errors or warnings) it resolves; empty for a suggestion such as "turn into reply buttons". */
  readonly issues: readonly Issue[]
  /** The draft with the fix applied (a new object; the draft given is not changed). */
  apply(draft: unknown): unknown
  /**
   * The recipient (`to`) of a pasted send request whose interactive object the fix keeps: the
   * fix leaves it out of the draft, for a send step to take.
   */
  readonly recipient?: string
  /** Its `sender` (which of your numbers sends), left out of the draft alike, for a send step to take. */
  readonly sender?: string
  /**
   * The members of that message the draft does not keep, as `unwrapMessage` names them (its
   * `leftOut`, and `leftOutWithTo` for when nothing takes the recipient): `leftOutOf` says which
   * to name once a send step took what it takes.
   */
  readonly leftOut?: readonly string[]
  /** `leftOut` with the recipient's own member (`to`) among them. */
  readonly leftOutWithTo?: readonly string[]
}

/** What a fix-it producer reads. */
export interface FixContext {
  draft: unknown
  type: InteractiveType
  description: InteractiveDescription
  /** Errors and warnings together. */
  issues: readonly Issue[]
  /** Every field the draft holds (`fieldInstances`), walked once for all producers. */
  fields: readonly FieldInstance[]
  options: DraftOptions
  /** Which items' ids follow their titles (an editor's state knows); without it, ids as their titles would make them. */
  idFollows?: IdFollows | undefined
}

/** The issues at exactly `path`, optionally of one of `codes`. */
export function issuesAt(issues: readonly Issue[], path: DraftPath, codes?: readonly string[]): Issue[] {
  return issues.filter(
    (issue) =>
      issue.path.length === path.length &&
      issue.path.every((key, i) => key === path[i]) &&
      (codes === undefined || codes.includes(issue.code)),
  )
}

/**
 * Of the issues a fix-it would claim, those its result really resolves: the ones validating
 * `fixed` no longer finds (same path, code and reason). Repairing one field can leave a rule
 * across fields broken (two cards naming different catalogs stay different once trimmed).
 */
export function resolvedIn(claimed: readonly Issue[], fixed: unknown, options: DraftOptions): Issue[] {
  if (claimed.length === 0) return []
  const result = validateInteractive(fixed, options)
  const left = [...(result.ok ? [] : result.issues), ...result.warnings]
  return claimed.filter(
    (issue) => !issuesAt(left, issue.path, [issue.code]).some((other) => other.reason === issue.reason),
  )
}

/**
 * Whether any issue has one of `codes`: a producer that repairs only those (at their fields)
 * skips walking the fields without one, as most drafts are on most keystrokes.
 */
export function hasIssueOf(issues: readonly Issue[], codes: readonly string[]): boolean {
  return issues.some((issue) => codes.includes(issue.code))
}

/** A path as the suffix of a fix-it id. */
export const pathId = (path: DraftPath): string => path.join('.')
