import type { Exclusive } from './exclusive.ts'
import type { IssueParams, IssueReason } from './i18n/issue-reason.ts'
import type { LimitKind } from './limits.ts'

/** A path into the validated value, e.g. `["action", "buttons", 1, "reply", "title"]`. */
export type IssuePath = (string | number)[]

/**
 * Stable machine-readable issue codes. Error codes make a value invalid; `too_long_utf16`,
 * `not_recommended` and the `unusually_*` codes (past one of our own guards, where nobody
 * documents a limit) are only ever warnings. `more_issues` is always the last entry of a list
 * cut at `MAX_ISSUES`; its `actual` counts what was not listed.
 */
export type IssueCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_value'
  | 'too_long'
  | 'too_short'
  | 'too_many'
  | 'too_few'
  | 'too_big'
  | 'too_small'
  | 'duplicate'
  | 'not_allowed'
  | 'unknown_key'
  | 'invalid_url'
  | 'invalid_phone'
  | 'invalid_uuid'
  | 'invalid_format'
  | 'conflict'
  | 'too_long_utf16'
  | 'not_recommended'
  | 'unusually_long'
  | 'unusually_many'
  | 'unusually_large'
  | 'more_issues'

/** One problem found in a value, pointing at the field. */
export interface Issue {
  /** Where in the value the problem is. Empty for the value itself. */
  path: IssuePath
  /** Stable code to branch on. */
  code: IssueCode
  /**
   * The English sentence, e.g. "Button 2 title is 23 characters; WhatsApp allows 20". For
   * another language, `formatIssue(issue, coreMessagesSw)` words the same issue from its
   * structure.
   */
  message: string
  /** Which rule, when the code alone does not say (`"count"`, `"unique"`, `"phone_letters"`, …). */
  reason?: IssueReason
  /** The values the sentence needs beyond `limit` and `actual` (the allowed values, the key, …). */
  params?: IssueParams
  /** The limit that was passed, when there is one. */
  limit?: number
  /** The measured value (length, count) when there is one. */
  actual?: number
  /**
   * Whose rule this is: `whatsapp` or `briq` (documented; a limit's message names them), `guard`
   * (this kit's own bound where nobody documents one; only ever a warning) or `kit` (this kit's
   * own hard rule: a bound on junk, such as nesting or list length far past anything real, or a
   * repeated list row, quick-reply or saved address id, whose reply could not say which was
   * chosen; an error). Every error of the validators has one; a warning has one when it is about
   * a limit.
   */
  rule?: LimitKind
}

/**
 * The result of a validation. It never throws: every problem is an `Issue`. Warnings never
 * make a value invalid (e.g. a title within the code-point limit but over it in UTF-16).
 * `T` is the valid value's type; a bare `ValidationResult` (a handler that takes any result)
 * reads it as `unknown`.
 */
export type ValidationResult<T = unknown> = Exclusive<
  { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[]; warnings: Issue[] }
>

/** An issue without its sentence: where it is and what it is, not how to say it. */
export type UnwordedIssue = Omit<Issue, 'message'>

/** A `ValidationResult` whose issues and warnings are not worded (`validateInteractiveUnworded`). */
export type UnwordedValidationResult<T = unknown> = Exclusive<
  { ok: true; value: T; warnings: UnwordedIssue[] } | { ok: false; issues: UnwordedIssue[]; warnings: UnwordedIssue[] }
>
