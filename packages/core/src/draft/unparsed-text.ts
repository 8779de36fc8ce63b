import type { Exclusive } from '../exclusive.ts'
import type { Issue, ValidationResult } from '../issue.ts'
import type { Interactive } from '../schemas/interactive.ts'
import { describeInteractive, draftType } from './describe-interactive.ts'
import type { DraftOperation, DraftRefusal } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, samePath, startsWith } from './draft-path.ts'
import type { EditorState } from './editor-state.ts'
import type { FixIt } from './fixes/fix-it.ts'
import { readJsonText } from './json-text.ts'
import { locate } from './walk-description.ts'

/** Text in a JSON box that gives no value the box accepts, and why (an issue at its path). */
export interface UnparsedText {
  /** The JSON field's path; `[]` for the whole draft (the JSON tab). */
  readonly path: DraftPath
  /** The text as typed. */
  readonly text: string
  /** Code `invalid_format`, reason `not_json` (line, column, expected, found) or `not_json_object`. */
  readonly issue: Issue
}

/** Unparsed text as it is saved: its path and text (the issue is read again on restore). */
export interface SavedText {
  /** The JSON field's path; `[]` for the whole draft (the JSON tab). */
  readonly path: DraftPath
  /** The text as typed. */
  readonly text: string
}

/** The unparsed text at `path` (`[]`: the JSON tab's), if any. */
export function unparsedAt(state: EditorState, path: DraftPath): UnparsedText | undefined {
  return state.unparsed.find((entry) => samePath(entry.path, path))
}

/**
 * Whether the editor holds back its draft's fix-its: while the JSON tab's text (path `[]`) does
 * not parse, the draft is the last valid one, not what the user is typing; a fix-it would
 * rewrite that draft and so replace the text. They come back once it parses.
 */
export const fixItsWait = (state: EditorState): boolean => unparsedAt(state, []) !== undefined

/**
 * The fix-its an editor offers: `fixes` (`draftFixIts` of its draft and `editorValidation`),
 * or none while they wait (`fixItsWait`). `tryEditorOperation` refuses a `fix` then too.
 */
export function editorFixIts(state: EditorState, fixes: readonly FixIt[]): readonly FixIt[] {
  return fixes.length > 0 && fixItsWait(state) ? NO_FIXES : fixes
}

const NO_FIXES: readonly FixIt[] = []

// Whether `path` is a JSON field the draft's form shows.
function isJsonField(draft: unknown, path: DraftPath, options: DraftOptions): boolean {
  const type = draftType(draft)
  if (type === undefined) return false
  return locate(describeInteractive(type, options), draft, path, 'field')?.node.kind === 'json'
}

/** What text typed at `path` does: the draft operation it makes (if any) and the unparsed texts after it. */
export type TextUpdate = Exclusive<
  | { ok: true; operation: DraftOperation | undefined; unparsed: readonly UnparsedText[] }
  | { ok: false; reason: DraftRefusal }
>

/** Reads `text` typed at `path` (see `EditorOperation`'s `text`). */
export function updateUnparsed(state: EditorState, path: DraftPath, text: string, options: DraftOptions): TextUpdate {
  if (!Array.isArray(path) || typeof text !== 'string') return { ok: false, reason: 'invalid_value' }
  const field = path.length > 0
  if (field && !isJsonField(state.draft, path, options)) return { ok: false, reason: 'not_found' }
  const others = state.unparsed.filter((entry) => !samePath(entry.path, path))
  if (field && text.trim() === '')
    return { ok: true, operation: { op: 'set', path, value: undefined }, unparsed: others }
  const read = readJsonText(text, path)
  if (!read.ok)
    return { ok: true, operation: undefined, unparsed: [...others, { path: [...path], text, issue: read.issue }] }
  const operation: DraftOperation = field
    ? { op: 'set', path, value: read.value }
    : { op: 'replace', draft: read.value }
  return { ok: true, operation, unparsed: others }
}

/**
 * `state` with saved unparsed texts back in place (a restored draft): each is read again and
 * kept only where its box still is and it still does not parse.
 */
export function restoreUnparsed(
  state: EditorState,
  texts: readonly SavedText[],
  options: DraftOptions = {},
): EditorState {
  const unparsed: UnparsedText[] = []
  for (const { path, text } of texts) {
    if (path.length > 0 && !isJsonField(state.draft, path, options)) continue
    const read = readJsonText(text, path)
    if (!read.ok) unparsed.push({ path: [...path], text, issue: read.issue })
  }
  return unparsed.length === 0 ? state : { ...state, unparsed }
}

/**
 * A draft's validation with its editor's unparsed text added as errors: what a builder reports
 * (`onValueChange`) and what blocks a send, since the draft alone would lose that text. A JSON
 * field showing unparsed text no longer shows the value kept under it, so that value's own
 * issues are left out (an empty flow data kept while "{"jina": " is typed is not the problem).
 * The same `result` object when nothing is unparsed.
 */
export function editorValidation(
  result: ValidationResult<Interactive>,
  state: EditorState,
): ValidationResult<Interactive> {
  if (state.unparsed.length === 0) return result
  const hidden = state.unparsed.filter(({ path }) => path.length > 0).map(({ path }) => path)
  const shown = (issue: Issue) => !hidden.some((path) => startsWith(issue.path, path))
  const issues = state.unparsed.map((entry) => entry.issue)
  return {
    ok: false,
    issues: result.ok ? issues : [...issues, ...result.issues.filter(shown)],
    warnings: hidden.length === 0 ? result.warnings : result.warnings.filter(shown),
  }
}
