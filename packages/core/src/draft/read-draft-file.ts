import type { Exclusive } from '../exclusive.ts'
import type { Issue } from '../issue.ts'
import { LIMITS } from '../limits.ts'
import { isRecord } from './draft-path.ts'
import { draftTextTooLarge } from './draft-text-size.ts'
import { nestsTooDeep, notJsonIssue, numberTooBigIssue, otherMessageIssue, tooDeepIssue } from './json-text.ts'
import { INTERACTIVE_MEMBERS, isOtherMessageContent, isWholeMessage, otherMessageType } from './other-message.ts'
import { type JsonSyntaxError, parseJsonDraft } from './parse-json-draft.ts'
import { unwrapMessage } from './wrapped-interactive.ts'

/** What an imported file held, or why it cannot be used. */
export type ReadDraftFileResult = Exclusive<
  | {
      ok: true
      interactive: unknown
      to: string | undefined
      /** A send request's `sender` (`unwrapMessage`), for the send step; named in `leftOut` too. */
      sender?: string
      /**
       * The members of a whole message or send request that the draft does not keep (`sender`,
       * `conversation_id`…), in the file's order, for a note saying what was left out; absent
       * when nothing but its interactive object, recipient and Meta's fixed members was there.
       */
      leftOut?: readonly string[]
      /**
       * `leftOut` with the member `to` was read from (`to`, `recipient`) in its place, when there
       * was one: what the draft leaves out when nothing takes the recipient (no send step).
       */
      leftOutWithTo?: readonly string[]
    }
  /**
   * Not JSON; `issue` says where it breaks and what was expected (reason `not_json`, naming the
   * file when its name is known): data, so `formatIssue` words it in any language.
   */
  | { ok: false; reason: 'not_json'; detail: string; error: JsonSyntaxError; issue: Issue }
  /**
   * JSON nested deeper than `limit` levels (the servers' `MAX_BODY_DEPTH`), which no message
   * is; `issue` says so (reason `json_text_too_deep`, naming the file), as the JSON tab does.
   */
  | { ok: false; reason: 'too_deep'; limit: number; issue: Issue }
  /**
   * A number too large for JSON readers (`1e400`, read as Infinity, written again as `null`);
   * `issue` says where (reason `json_number_too_big`, naming the file), as the JSON tab does.
   */
  | { ok: false; reason: 'number_too_big'; issue: Issue }
  /** JSON, but a list or a single value rather than one object. */
  | { ok: false; reason: 'not_object' }
  /**
   * An object that is no interactive message; `messageType` names another WhatsApp message's own
   * type ("text"), whole or bare, and `issue` says so (reason `other_message`, naming the file),
   * as the JSON tab says it of the same text pasted.
   */
  | { ok: false; reason: 'not_interactive'; messageType: string; issue: Issue }
  | { ok: false; reason: 'not_interactive'; messageType: undefined }
  /** Nothing but white space. */
  | { ok: false; reason: 'empty' }
  /**
   * Larger than `LIMITS.structure.draftFile` (`limit`, bytes); `actual` is its size in bytes: the
   * file's (`openDraftFile`), or the text's in UTF-8, as a file of it would be (`readDraftFile`).
   */
  | { ok: false; reason: 'too_large'; limit: number; actual: number }
  /** `openDraftFile`: not text in UTF-8 or UTF-16 (an image, an archive). */
  | { ok: false; reason: 'not_text' }
  /** `openDraftFile`: the file could not be read (moved or deleted since it was picked). */
  | { ok: false; reason: 'unreadable' }
>

/** What `openDraftFile` reads: a browser `File` or `Blob`, or anything with its `size` and `arrayBuffer`. */
export interface DraftFile {
  /** Its size in bytes: a file over the limit is refused before it is read. */
  readonly size: number
  /** The file's name (a `File` has one), for the words of a refusal. */
  readonly name?: string | undefined
  /** Its bytes (UTF-8 or UTF-16 text is expected). */
  arrayBuffer(): Promise<ArrayBuffer>
}

// A draft in progress has any of the interactive object's own members, or none yet (`{}`):
// what Download saved opens again.
const isOtherObject = (value: Record<string, unknown>): boolean =>
  Object.keys(value).length > 0 && !INTERACTIVE_MEMBERS.some((member) => member in value)

/**
 * Reads an exported file: a send request (`{ to, interactive }`, as the playground exports and
 * the snippets send), Meta's whole message, or a bare interactive object, errors and all (what
 * Download saved opens again); of a whole message, what the draft does not keep is named
 * (`leftOut`: a `sender`, a `conversation_id`). Anything else is refused with its reason, so a wrong file never
 * replaces the draft: an empty text, text that is not JSON, JSON that is not one object, an
 * object with none of an interactive object's members, a message of another kind, whole or
 * bare (`{ type: "text", text: {…} }`; named by its type), JSON nested past `MAX_BODY_DEPTH`,
 * a number too large for JSON readers (`1e400`, which the draft would hold as Infinity and
 * show again as `null`), and a text larger than
 * `LIMITS.structure.draftFile` in UTF-8 (a log or a data dump picked by mistake), which no message comes
 * near and a form cannot hold usably. A leading byte order mark is skipped. `name`, the
 * file's, is quoted by a refusal's issue.
 */
export function readDraftFile(text: string, name?: string): ReadDraftFileResult {
  const size = draftTextTooLarge(text)
  if (size !== undefined) return { ok: false, reason: 'too_large', limit: LIMITS.structure.draftFile.max, actual: size }
  return readWithinLimit(text, name)
}

// `readDraftFile` of a text already within the limit (an opened file, measured by its own size).
function readWithinLimit(text: string, name: string | undefined): ReadDraftFileResult {
  // Windows editors start UTF-8 with a byte order mark, which JSON.parse refuses; JSON's RFC
  // lets a parser ignore it (https://www.rfc-editor.org/rfc/rfc8259#section-8.1).
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (json.trim() === '') return { ok: false, reason: 'empty' }
  if (nestsTooDeep(json)) {
    const issue = tooDeepIssue([], name)
    return { ok: false, reason: 'too_deep', limit: issue.limit ?? 0, issue }
  }
  const parsed = parseJsonDraft(json)
  if (!parsed.ok) {
    const { error } = parsed
    return { ok: false, reason: 'not_json', detail: error.detail, error, issue: notJsonIssue(error, [], name) }
  }
  const value = parsed.value
  if (!isRecord(value)) return { ok: false, reason: 'not_object' }
  const tooBig = numberTooBigIssue(value, [], name)
  if (tooBig !== undefined) return { ok: false, reason: 'number_too_big', issue: tooBig }
  const message = unwrapMessage(value)
  if (message) {
    const { interactive, to, sender, leftOut, leftOutWithTo } = message
    return {
      ok: true,
      interactive,
      to,
      ...(sender === undefined ? {} : { sender }),
      ...(leftOut.length === 0 ? {} : { leftOut }),
      ...(leftOutWithTo.length === leftOut.length ? {} : { leftOutWithTo }),
    }
  }
  if (isWholeMessage(value) || isOtherObject(value) || isOtherMessageContent(value)) {
    const own = otherMessageType(value)
    if (own === undefined) return { ok: false, reason: 'not_interactive', messageType: undefined }
    return { ok: false, reason: 'not_interactive', messageType: own, issue: otherMessageIssue(own, [], name) }
  }
  return { ok: true, interactive: value, to: undefined }
}

// UTF-8 with or without a byte order mark (https://www.rfc-editor.org/rfc/rfc8259#section-8.1),
// or UTF-16 as Windows "Unicode" saves it: by its mark, else by where the zero bytes of the first
// (ASCII) character fall (https://www.rfc-editor.org/rfc/rfc4627#section-3).
function decodeDraftFile(bytes: Uint8Array): string | undefined {
  const [a, b] = bytes
  let encoding = 'utf-8'
  if (a === 0xff && b === 0xfe) encoding = 'utf-16le'
  else if (a === 0xfe && b === 0xff) encoding = 'utf-16be'
  else if (bytes.length >= 2 && a === 0 && b !== 0) encoding = 'utf-16be'
  else if (bytes.length >= 2 && a !== 0 && b === 0) encoding = 'utf-16le'
  try {
    // The decoder drops the encoding's own byte order mark, if the file starts with one.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
    // A zero character is in no text file: binary data that happened to decode.
    return text.includes('\0') ? undefined : text
  } catch {
    return undefined
  }
}

/**
 * Reads a file picked to open as the draft (`readDraftFile`'s rules), from its bytes: a file
 * past `LIMITS.structure.draftFile` by size is refused before it is read (a video picked by
 * mistake never fills the page's memory); UTF-8 and UTF-16 are read, with or without a byte
 * order mark; anything else (an image) is `not_text`. Never throws.
 */
export async function openDraftFile(file: DraftFile): Promise<ReadDraftFileResult> {
  const limit = LIMITS.structure.draftFile.max
  if (file.size > limit) return { ok: false, reason: 'too_large', limit, actual: file.size }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
  const text = decodeDraftFile(bytes)
  // Measured by its size already: a UTF-16 file within it is not measured again in UTF-8 (which
  // a refusal would quote as a size the file does not have), nor holds more characters than a
  // UTF-8 file within it could.
  return text === undefined ? { ok: false, reason: 'not_text' } : readWithinLimit(text, file.name)
}
