import { LIMITS } from '../limits.ts'
import { draftTextTooLarge, utf8Size } from './draft-text-size.ts'

/** Spaces a web page, Word or WhatsApp Web puts where JSON wants a plain one. */
const WIDE_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/
/** Characters that draw nothing and take no room (zero-width spaces and joiners, U+FEFF). */
const NO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/
/** Line and paragraph separators, which JSON does not take as white space. */
const LINE_SEPARATOR = /[\u2028\u2029]/
/** Any character this fixes, wherever it is. */
const FIXABLE = new RegExp(`${WIDE_SPACE.source}|${NO_WIDTH.source}|${LINE_SEPARATOR.source}`, 'g')

/**
 * Whether `text`, past the limit `readJsonText` reads (UTF-8 bytes), could be within it once
 * every such character is fixed (were it outside strings): a zero-width one removed (3 bytes), a
 * wide space or a line separator made one byte. A text within it already may.
 */
function mayFitOnceFixed(text: string): boolean {
  const size = draftTextTooLarge(text)
  if (size === undefined) return true
  const fixable = text.match(FIXABLE) ?? []
  const saved = fixable.reduce((bytes, char) => bytes + utf8Size(char) - (NO_WIDTH.test(char) ? 0 : 1), 0)
  return size - saved <= LIMITS.structure.draftFile.max
}

/** JSON text with its invisible spaces made plain, and where a position in the old text went. */
export interface PlainJsonSpaces {
  /** The text with those spaces made plain (strings inside quotes as they were). */
  text: string
  /** The offset in `text` of `offset` in the text given (a caret or a selection end). */
  offsetOf(offset: number): number
}

/**
 * Replaces, outside string literals only, what JSON does not take as white space though it looks
 * like it: a no-break or other wide space becomes a space, a line separator a line break, and a
 * zero-width space or U+FEFF is removed. Text inside quotes is the person's and stays as typed
 * (a no-break space in a title is meant). `undefined` when there is nothing to replace, or when
 * the text would still be past `LIMITS.structure.draftFile` (UTF-8 bytes) with every such character fixed,
 * which `readJsonText` does not read however its spaces are written (a log pasted by mistake:
 * no fix-it to offer, and no walk through megabytes on every render). The JSON tab offers it as
 * a fix-it when its text does not parse.
 */
export function plainJsonSpaces(text: string): PlainJsonSpaces | undefined {
  if (!mayFitOnceFixed(text)) return undefined
  let out = ''
  let inString = false
  let changed = false
  // removedBefore[i]: how many characters were removed before offset i of `text`.
  const removedBefore: number[] = [0]
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i)
    let removed = 0
    if (inString) {
      out += char
      if (char === '\\') {
        out += text.charAt(i + 1)
        i += 1
        removedBefore.push(removedBefore.at(-1) ?? 0)
      } else if (char === '"') inString = false
    } else if (char === '"') {
      inString = true
      out += char
    } else if (WIDE_SPACE.test(char)) {
      out += ' '
      changed = true
    } else if (LINE_SEPARATOR.test(char)) {
      out += '\n'
      changed = true
    } else if (NO_WIDTH.test(char)) {
      removed = 1
      changed = true
    } else out += char
    removedBefore.push((removedBefore.at(-1) ?? 0) + removed)
  }
  if (!changed) return undefined
  const last = text.length
  return {
    text: out,
    offsetOf: (offset) => {
      const at = Math.min(Math.max(offset, 0), last)
      return at - (removedBefore[at] ?? 0)
    },
  }
}
