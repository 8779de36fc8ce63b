/** Where and why a JSON text failed to parse. */
export interface JsonSyntaxError {
  /** 1-based line of the error, when the engine reports a position. */
  line: number | undefined
  /** 1-based column of the error, when the engine reports a position. */
  column: number | undefined
  /**
   * The character found there, for a message in any language ("unexpected `}`"); undefined
   * when the text ends before the JSON does, or when the engine reports no position.
   */
  found: string | undefined
  /** The engine's own description (English, from the browser): for developers, not for a UI. */
  detail: string
}

/** The outcome of `parseJsonDraft`. */
export type ParseJsonDraftResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError }

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}

// Engines word positions differently: V8 says "at position 7 (line 1 column 8)", Firefox
// "at line 1 column 8 of the JSON data", and both say "end" for input that stops too early.
function locate(text: string, message: string): { line: number | undefined; column: number | undefined } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const position = /position (\d+)/.exec(message)
  if (position) return lineAndColumn(text, Number(position[1]))
  if (/end of (JSON )?(input|data)/i.test(message) || text.trim() === '') return lineAndColumn(text, text.length)
  return { line: undefined, column: undefined }
}

// The character at a 1-based line and column, whole (an emoji is one character), if any.
function charAt(text: string, line: number, column: number): string | undefined {
  const row = text.split('\n')[line - 1]
  if (row === undefined) return undefined
  const found = row.codePointAt(column - 1)
  return found === undefined ? undefined : String.fromCodePoint(found)
}

/** Parses the editor's text; on a syntax error, says where (line and column) as well as why. */
export function parseJsonDraft(text: string): ParseJsonDraftResult {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const { line, column } = locate(text, detail)
    const found = line === undefined || column === undefined ? undefined : charAt(text, line, column)
    return { ok: false, error: { line, column, found, detail } }
  }
}

/**
 * The draft as the JSON tab shows it and a download saves it: two-space indentation and a
 * final newline. Never throws: a value JSON cannot hold (a cycle, a BigInt) prints as `null`.
 */
export function formatDraftJson(draft: unknown): string {
  try {
    return `${JSON.stringify(draft, null, 2) ?? 'null'}\n`
  } catch {
    return 'null\n'
  }
}
