import { errorReason } from '../error-reason.ts'
import type { Exclusive } from '../exclusive.ts'
import { draftJsonText } from './draft-json-text.ts'
import { type JsonExpected, type JsonSyntaxCause, jsonSyntaxCause, jsonSyntaxProblem } from './json-syntax.ts'

/** Where and why a JSON text failed to parse, as data to word in any language. */
export interface JsonSyntaxError {
  /** 1-based line of the error (undefined only if the engine refuses what our scan accepts). */
  line: number | undefined
  /** 1-based column (UTF-16 code units) of the error. */
  column: number | undefined
  /**
   * What was found there, for a message in any language ("found `}`"): one character, or a
   * whole word of letters (`tru`); undefined when the text ends before the JSON does.
   */
  found: string | undefined
  /** What the JSON grammar wanted there. */
  expected: JsonExpected | undefined
  /**
   * The JavaScript habit that broke it, when one did (a comment, a trailing comma, single
   * quotes: code copied from a script), for a message that names it; `line`, `column` and
   * `found` then point at it (a trailing comma's `,`, not the `}` after it).
   */
  cause?: JsonSyntaxCause
  /** The engine's own description (English, from the browser): for developers, not for a UI. */
  detail: string
}

/** The outcome of `parseJsonDraft`. */
export type ParseJsonDraftResult = Exclusive<{ ok: true; value: unknown } | { ok: false; error: JsonSyntaxError }>

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}

// What starts at `offset`: a word of letters whole (`tru`), else one character (an emoji whole).
function foundAt(text: string, offset: number): string | undefined {
  const word = /[A-Za-z]+/y
  word.lastIndex = offset
  const letters = word.exec(text)?.[0]
  if (letters !== undefined) return letters.length > 20 ? `${letters.slice(0, 20)}…` : letters
  const found = text.codePointAt(offset)
  return found === undefined ? undefined : String.fromCodePoint(found)
}

/**
 * Parses the editor's text; on a syntax error, says where (line and column) and what was
 * expected there, from our own scan of the text: the engine's message is English, worded
 * differently in each browser, and sometimes has no position at all. A comment, a trailing
 * comma or single quotes (code copied from a script) are named as the `cause`.
 */
export function parseJsonDraft(text: string): ParseJsonDraftResult {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    const detail = errorReason(error)
    const problem = jsonSyntaxProblem(text)
    if (problem === undefined) {
      return { ok: false, error: { line: undefined, column: undefined, found: undefined, expected: undefined, detail } }
    }
    const habit = jsonSyntaxCause(text, problem)
    const offset = habit?.offset ?? problem.offset
    const { line, column } = lineAndColumn(text, offset)
    const found = foundAt(text, offset)
    const where: JsonSyntaxError = { line, column, found, expected: problem.expected, detail }
    return { ok: false, error: habit === undefined ? where : { ...where, cause: habit.cause } }
  }
}

/**
 * The draft as the JSON tab shows it and a download saves it: two-space indentation and a
 * final newline, written as `draftJsonText` writes it (a number too large for JSON as `1e999`).
 * Never throws: a value JSON cannot hold (a cycle, a BigInt) prints as `null`.
 */
export function formatDraftJson(draft: unknown): string {
  try {
    return `${draftJsonText(draft, 2)}\n`
  } catch {
    return 'null\n'
  }
}
