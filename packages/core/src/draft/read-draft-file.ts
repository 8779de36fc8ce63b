import { LIMITS } from '../limits.ts'
import { isRecord } from './draft-path.ts'
import { type JsonSyntaxError, parseJsonDraft } from './parse-json-draft.ts'
import { wrappedInteractive } from './wrapped-interactive.ts'

/** What an imported file held, or why it cannot be used. */
export type ReadDraftFileResult =
  | { ok: true; interactive: unknown; to: string | undefined }
  | { ok: false; reason: 'not_json'; detail: string; error: JsonSyntaxError }
  | { ok: false; reason: 'not_object' }
  /** Longer than `LIMITS.structure.draftFile` (`limit`); `actual` is its length. */
  | { ok: false; reason: 'too_large'; limit: number; actual: number }

/**
 * Reads an exported file: a send request (`{ to, interactive }`, as the playground exports and
 * the snippets send) or a bare interactive object. Anything else is refused, so a wrong file
 * never replaces the draft; so is a text longer than `LIMITS.structure.draftFile` (a log or a
 * data dump picked by mistake), which no message comes near and a form cannot hold usably.
 */
export function readDraftFile(text: string): ReadDraftFileResult {
  const limit = LIMITS.structure.draftFile.max
  if (text.length > limit) return { ok: false, reason: 'too_large', limit, actual: text.length }
  const parsed = parseJsonDraft(text)
  if (!parsed.ok) return { ok: false, reason: 'not_json', detail: parsed.error.detail, error: parsed.error }
  const value = parsed.value
  if (!isRecord(value)) return { ok: false, reason: 'not_object' }
  const interactive = wrappedInteractive(value)
  if (interactive) return { ok: true, interactive, to: typeof value.to === 'string' ? value.to : undefined }
  return { ok: true, interactive: value, to: undefined }
}
