import type { Exclusive } from '../exclusive.ts'
import { jsonTextSentencesEn } from '../i18n/en/json-text-sentences.ts'
import { wordedWith } from '../i18n/worded.ts'
import type { Issue } from '../issue.ts'
import { LIMITS } from '../limits.ts'
import { jsonStructureOver, MAX_BODY_DEPTH } from '../server/json-object-body.ts'
import type { DraftPath } from './draft-path.ts'
import { isRecord } from './draft-path.ts'
import { draftTextTooLarge } from './draft-text-size.ts'
import { otherMessageType } from './other-message.ts'
import { type JsonSyntaxError, parseJsonDraft } from './parse-json-draft.ts'

/** The outcome of `readJsonText`: the object typed, or why the text cannot be used, as an issue. */
export type JsonTextResult = Exclusive<{ ok: true; value: Record<string, unknown> } | { ok: false; issue: Issue }>

const INVALID = { code: 'invalid_format', rule: 'kit' } as const

/**
 * Reads text typed where a JSON object belongs (the JSON tab at path `[]`, a JSON field, an
 * opened file with `file` its name). A text that is not a JSON object is an issue at `path`
 * (code `invalid_format`, reason `not_json` with the line, column, what was expected and what
 * was found, or `not_json_object`): data, so `formatIssue` words it in any language. A text
 * past `LIMITS.structure.draftFile` in UTF-8 bytes (a log pasted by mistake) is not read at all
 * (reason `json_text_too_large`, with `limit` and `actual` in bytes), as an opened file that large is refused:
 * as a draft it would only freeze the form. The whole draft's text (`path` `[]`) that is a
 * WhatsApp message of another kind, whole or bare (`{ "type": "text", "text": {…} }`), is not
 * read either (reason `other_message`, with its `type`), as an opened file is refused. Nor is
 * JSON nested past `MAX_BODY_DEPTH` levels (reason `json_text_too_deep`, with `limit`): the
 * servers refuse such a body, and a draft that deep could not even be shown again as JSON.
 * Nor is a number too large for JSON readers (`1e400`, read as Infinity), reason
 * `json_number_too_big` with where it is (`params.key`): the draft would hold Infinity, which
 * JSON writes as `null`, so the text shown again would not be the one typed.
 */
export function readJsonText(text: string, path: DraftPath = [], file?: string): JsonTextResult {
  const size = draftTextTooLarge(text)
  if (size !== undefined) {
    const limit = LIMITS.structure.draftFile.max
    const issue = { path: [...path], ...INVALID, reason: 'json_text_too_large' as const, limit, actual: size }
    return { ok: false, issue: wordedWith(issue, jsonTextSentencesEn) }
  }
  if (nestsTooDeep(text)) return { ok: false, issue: tooDeepIssue(path, file) }
  const parsed = parseJsonDraft(text)
  if (!parsed.ok) return { ok: false, issue: notJsonIssue(parsed.error, path, file) }
  if (!isRecord(parsed.value)) {
    return {
      ok: false,
      issue: wordedWith(
        { path: [...path], ...INVALID, reason: 'not_json_object', ...(file === undefined ? {} : { params: { file } }) },
        jsonTextSentencesEn,
      ),
    }
  }
  const tooBig = numberTooBigIssue(parsed.value, path, file)
  if (tooBig !== undefined) return { ok: false, issue: tooBig }
  // The whole draft's text: another kind of message is no draft (it is not read as one).
  const other = path.length === 0 ? otherMessageType(parsed.value) : undefined
  if (other !== undefined) return { ok: false, issue: otherMessageIssue(other, path, file) }
  return { ok: true, value: parsed.value }
}

/**
 * The issue for a number too large for JSON readers (`1e400`, which `JSON.parse` reads as
 * Infinity and `JSON.stringify` writes as `null`) in `value`, parsed from text typed at `path`
 * or from the file named `file`: reason `json_number_too_big`, `params.key` where it is (its keys
 * joined by dots); `undefined` when it holds none. `value` nests at most `MAX_BODY_DEPTH` levels
 * (`nestsTooDeep` refused the text otherwise).
 */
export function numberTooBigIssue(value: unknown, path: DraftPath = [], file?: string): Issue | undefined {
  const key = infiniteAt(value, [])
  if (key === undefined) return undefined
  const params = { key, ...(file === undefined ? {} : { file }) }
  return wordedWith({ path: [...path], ...INVALID, reason: 'json_number_too_big', params }, jsonTextSentencesEn)
}

// Where the first number JSON.parse read as ±Infinity is (its keys joined by dots), if any.
// The text nests at most MAX_BODY_DEPTH levels here, so the walk is shallow.
function infiniteAt(value: unknown, at: readonly (string | number)[]): string | undefined {
  if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) return at.join('.')
  if (typeof value !== 'object' || value === null) return undefined
  for (const [key, member] of Object.entries(value)) {
    const found = infiniteAt(member, [...at, Array.isArray(value) ? Number(key) : key])
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * Whether JSON text nests deeper than the kit's servers take (`MAX_BODY_DEPTH`), read before it
 * is parsed. Thousands of levels fit in a few kilobytes and parse, but then overflow the stack of
 * everything that walks the draft: `JSON.stringify` (the JSON tab showed `null`, and a save was
 * refused as if storage were full), `structuredClone`, the editor's comparisons.
 */
export const nestsTooDeep = (text: string): boolean =>
  jsonStructureOver(new TextEncoder().encode(text), MAX_BODY_DEPTH) === 'depth'

/** The issue for JSON text nested past `MAX_BODY_DEPTH` at `path`, or in the file named `file`: reason `json_text_too_deep`. */
export function tooDeepIssue(path: DraftPath = [], file?: string): Issue {
  const params = file === undefined ? {} : { params: { file } }
  return wordedWith(
    { path: [...path], ...INVALID, reason: 'json_text_too_deep', limit: MAX_BODY_DEPTH, ...params },
    jsonTextSentencesEn,
  )
}

/**
 * The issue for a WhatsApp message of another kind (its `type`, `"text"`) given where an
 * interactive one belongs, pasted at `path` or in the file named `file`: reason `other_message`.
 */
export function otherMessageIssue(type: string, path: DraftPath = [], file?: string): Issue {
  const params = { type, ...(file === undefined ? {} : { file }) }
  return wordedWith({ path: [...path], ...INVALID, reason: 'other_message', params }, jsonTextSentencesEn)
}

/**
 * The issue for text that did not parse (`parseJsonDraft`'s error) at `path`, or in the file
 * named `file`: reason `not_json` with the line, column, what was expected and what was found,
 * and the `cause` when a JavaScript habit broke it (a comment, a trailing comma, single quotes).
 */
export function notJsonIssue(error: JsonSyntaxError, path: DraftPath = [], file?: string): Issue {
  const { line, column, expected, found, cause } = error
  const params = {
    ...(file === undefined ? {} : { file }),
    ...(line === undefined ? {} : { line, column }),
    ...(expected === undefined ? {} : { expected }),
    ...(found === undefined ? {} : { found }),
    ...(cause === undefined ? {} : { cause }),
  }
  return wordedWith({ path: [...path], ...INVALID, reason: 'not_json', params }, jsonTextSentencesEn)
}
