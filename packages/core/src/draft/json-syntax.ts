/**
 * What the JSON grammar (RFC 8259) wanted where a text stops being JSON: a value, a property
 * name in double quotes, a `:`, `,` or `}` after a property, `,` or `]` after an item, nothing
 * more (`end`), the closing quote of a string (`string_end`), a valid escape after `\`
 * (`escape`), a digit in a number (`digit`); `control` is a raw line break or tab inside a
 * string, which JSON writes as `\n` or `\t`.
 */
export type JsonExpected =
  | 'value'
  | 'name'
  | 'colon'
  | 'object_next'
  | 'array_next'
  | 'end'
  | 'string_end'
  | 'escape'
  | 'digit'
  | 'control'

/**
 * Why a text that reads as JavaScript is not JSON, where that is the likely mistake: code
 * copied from a script (`comment`: a line or block comment; `trailing_comma`: a `,` before `}` or
 * `]`; `single_quotes`: text or a name in `'…'`), which JSON's grammar (RFC 8259) refuses.
 */
export type JsonSyntaxCause = 'comment' | 'trailing_comma' | 'single_quotes'

/** Where a text stops being JSON and what was expected there. */
export interface JsonSyntaxProblem {
  /** Offset (UTF-16 code units) of the first character that cannot be read. */
  offset: number
  /** What JSON's grammar wanted there (a value, a property name, a `:`…); see `JsonExpected`. */
  expected: JsonExpected
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const HEX4 = /[0-9a-fA-F]{4}/y
const LITERALS = ['true', 'false', 'null']

/**
 * The first place `text` breaks the JSON grammar, found by our own scan instead of the
 * engine's message (whose wording and position format differ between browsers and are
 * English only); `undefined` when the text is JSON. Iterative, so deep nesting cannot overflow.
 */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const n = text.length
  const open: ('{' | '[')[] = []
  let i = 0
  const fail = (expected: JsonExpected, at = i): JsonSyntaxProblem => ({ offset: at, expected })
  const space = () => {
    while (i < n) {
      const c = text[i]
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return
      i++
    }
  }
  // A string starting at i (its opening quote); i ends after the closing quote.
  const string = (): JsonSyntaxProblem | undefined => {
    i++
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return undefined
      }
      if (c < 0x20) return fail('control')
      if (c === 0x5c) {
        const escaped = text[i + 1]
        if (escaped === undefined) return fail('string_end', n)
        if (escaped === 'u') {
          HEX4.lastIndex = i + 2
          if (!HEX4.test(text)) return fail('escape', i + 1)
          i += 6
          continue
        }
        if (!'"\\/bfnrt'.includes(escaped)) return fail('escape', i + 1)
        i += 2
        continue
      }
      i++
    }
    return fail('string_end', n)
  }
  // A property name and its colon; i ends where the value starts.
  const name = (): JsonSyntaxProblem | undefined => {
    if (text[i] !== '"') return fail('name')
    const problem = string()
    if (problem !== undefined) return problem
    space()
    if (text[i] !== ':') return fail('colon')
    i++
    return undefined
  }
  // A scalar, or the start of an object or array, at i. `true` when a container opened.
  const value = (): JsonSyntaxProblem | boolean => {
    const c = text[i]
    if (c === undefined) return fail('value')
    if (c === '{' || c === '[') {
      open.push(c)
      i++
      return true
    }
    if (c === '"') return string() ?? false
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i
      const match = NUMBER.exec(text)
      if (match === null) return fail('digit', i + 1)
      i += match[0].length
      const next = text[i]
      if (next === '.') return fail('digit', i + 1)
      if (next === 'e' || next === 'E') return fail('digit', i + (/[+-]/.test(text[i + 1] ?? '') ? 2 : 1))
      return false
    }
    const literal = LITERALS.find((word) => text.startsWith(word, i))
    if (literal === undefined) return fail('value')
    i += literal.length
    return false
  }

  space()
  let wantValue = true
  for (;;) {
    if (wantValue) {
      const read = value()
      if (typeof read === 'object') return read
      space()
      if (read) {
        const container = open.at(-1)
        const close = container === '{' ? '}' : ']'
        if (text[i] === close) {
          open.pop()
          i++
          wantValue = false
          continue
        }
        if (container === '{') {
          const problem = name()
          if (problem !== undefined) return problem
          space()
        }
        continue
      }
      wantValue = false
      continue
    }
    space()
    const container = open.at(-1)
    if (container === undefined) return i < n ? fail('end') : undefined
    const c = text[i]
    if (c === (container === '{' ? '}' : ']')) {
      open.pop()
      i++
      continue
    }
    if (c !== ',') return fail(container === '{' ? 'object_next' : 'array_next')
    i++
    space()
    if (container === '{') {
      const problem = name()
      if (problem !== undefined) return problem
      space()
    }
    wantValue = true
  }
}

/**
 * What JavaScript habit broke the JSON at `problem` (`jsonSyntaxProblem`'s), if one did, and
 * where it starts: a comment, a comma before `}` or `]` (at the comma, as editors mark it), or
 * single quotes where a value or a property name belongs. `undefined` for any other mistake.
 */
export function jsonSyntaxCause(
  text: string,
  problem: JsonSyntaxProblem,
): { cause: JsonSyntaxCause; offset: number } | undefined {
  const { offset, expected } = problem
  if (text.startsWith('//', offset) || text.startsWith('/*', offset)) return { cause: 'comment', offset }
  if (expected !== 'value' && expected !== 'name') return undefined
  if (text[offset] === "'") return { cause: 'single_quotes', offset }
  if (text[offset] !== '}' && text[offset] !== ']') return undefined
  const comma = text.slice(0, offset).trimEnd().length - 1
  return text[comma] === ',' ? { cause: 'trailing_comma', offset: comma } : undefined
}
