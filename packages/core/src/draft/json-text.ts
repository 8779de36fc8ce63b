import { jsonTextSentencesEn } from '../i18n/en/json-text-sentences.ts'
import { worded } from '../i18n/worded.ts'
import type { Issue } from '../issue.ts'
import type { DraftPath } from './draft-path.ts'
import { isRecord } from './draft-path.ts'
import { parseJsonDraft } from './parse-json-draft.ts'

/** The outcome of `readJsonText`: the object typed, or why the text cannot be used, as an issue. */
export type JsonTextResult = { ok: true; value: Record<string, unknown> } | { ok: false; issue: Issue }

/**
 * Reads text typed where a JSON object belongs (the JSON tab at path `[]`, a JSON field, an
 * opened file with `file` its name). A text that is not a JSON object is an issue at `path`
 * (code `invalid_format`, reason `not_json` with the line, column, what was expected and what
 * was found, or `not_json_object`): data, so `formatIssue` words it in any language.
 */
export function readJsonText(text: string, path: DraftPath = [], file?: string): JsonTextResult {
  const parsed = parseJsonDraft(text)
  const at = { path: [...path], code: 'invalid_format' as const, rule: 'kit' as const }
  if (!parsed.ok) {
    const { line, column, expected, found } = parsed.error
    const params = {
      ...(file === undefined ? {} : { file }),
      ...(line === undefined ? {} : { line, column }),
      ...(expected === undefined ? {} : { expected }),
      ...(found === undefined ? {} : { found }),
    }
    return { ok: false, issue: worded({ ...at, reason: 'not_json', params }, jsonTextSentencesEn) }
  }
  if (!isRecord(parsed.value)) {
    return {
      ok: false,
      issue: worded(
        { ...at, reason: 'not_json_object', ...(file === undefined ? {} : { params: { file } }) },
        jsonTextSentencesEn,
      ),
    }
  }
  return { ok: true, value: parsed.value }
}
