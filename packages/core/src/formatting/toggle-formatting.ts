import { characterEdge } from '../text-length.ts'
import { codePointAt, codePointBefore, isWhitespace, isWordCharacter } from './character-class.ts'

/** The inline styles a formatting toolbar offers: WhatsApp's *bold*, _italic_, ~strikethrough~ and ```monospace```. */
export type InlineStyle = 'bold' | 'italic' | 'strike' | 'mono'

/** The marker WhatsApp reads for each style (https://faq.whatsapp.com/539178204879377). */
export const INLINE_STYLE_MARKERS: Readonly<Record<InlineStyle, string>> = {
  bold: '*',
  italic: '_',
  strike: '~',
  mono: '```',
}

/** A text and the selection in it (UTF-16 offsets, as a text area's `selectionStart`/`selectionEnd`). */
export interface TextSelection {
  /** The whole text of the field. */
  readonly text: string
  /** Where the selection starts (a text area's `selectionStart`). */
  readonly start: number
  /** Where it ends (`selectionEnd`); equal to `start` for a caret. */
  readonly end: number
}

interface Segment {
  start: number
  end: number
}

const charLength = (codePoint: number) => (codePoint > 0xffff ? 2 : 1)

function trim(text: string, { start, end }: Segment): Segment {
  let s = start
  let e = end
  while (s < e && isWhitespace(codePointAt(text, s))) s += charLength(codePointAt(text, s))
  while (e > s && isWhitespace(codePointBefore(text, e))) e -= charLength(codePointBefore(text, e))
  return { start: s, end: e }
}

// A marker inside a word stays literal ("h*ell*o"), so a selection that starts or ends inside
// a word grows to the whole word: the style then shows.
function toWords(text: string, { start, end }: Segment): Segment {
  let s = start
  let e = end
  while (isWordCharacter(codePointBefore(text, s)) && isWordCharacter(codePointAt(text, s)))
    s -= charLength(codePointBefore(text, s))
  while (isWordCharacter(codePointBefore(text, e)) && isWordCharacter(codePointAt(text, e)))
    e += charLength(codePointAt(text, e))
  return { start: s, end: e }
}

function wordAround(text: string, at: number): Segment {
  let s = at
  let e = at
  while (isWordCharacter(codePointBefore(text, s))) s -= charLength(codePointBefore(text, s))
  while (isWordCharacter(codePointAt(text, e))) e += charLength(codePointAt(text, e))
  return { start: s, end: e }
}

// Bold, italic and strikethrough end at a line break; a monospace span may hold several lines.
function lineSegments(text: string, start: number, end: number, style: InlineStyle): Segment[] {
  if (style === 'mono') return [{ start, end }]
  const segments: Segment[] = []
  let from = start
  for (;;) {
    const newline = text.indexOf('\n', from)
    if (newline < 0 || newline >= end) {
      segments.push({ start: from, end })
      return segments
    }
    segments.push({ start: from, end: newline })
    from = newline + 1
  }
}

/** Where a styled segment's markers are: the opening one at `open`, the closing one at `close`. */
interface Wrapping {
  open: number
  close: number
}

// The markers may sit just outside the segment or at its ends, on each side independently: a
// selection returned by a multi-line toggle ends its first line after the closing marker and
// starts its last line before the opening one.
function wrapping(text: string, { start, end }: Segment, marker: string): Wrapping | undefined {
  const m = marker.length
  const opens = [start - m, start].filter((at) => at >= 0 && text.startsWith(marker, at))
  const closes = [end, end - m].filter((at) => at >= 0 && text.startsWith(marker, at))
  for (const open of opens) {
    for (const close of closes) if (close > open + m) return { open, close }
  }
  return undefined
}

/**
 * Toggles a WhatsApp style on the selection, as a formatting toolbar or Ctrl/Cmd+B does: wraps
 * it in the style's markers, or removes them when the selection is already wrapped (markers
 * just outside it or at its ends). Markers hug the text, as WhatsApp requires: spaces at the
 * selection's edges stay outside, a selection inside a word grows to the whole word, and each
 * line is wrapped on its own (except monospace, which may span lines). A caret in a word styles
 * that word; a caret elsewhere inserts an empty pair (or removes one) with the caret inside.
 * Returns the new text and the selection over the styled text.
 *
 * @example
 * toggleFormatting('Karibu sana', 7, 11, 'bold') // { text: 'Karibu *sana*', start: 8, end: 12 }
 */
export function toggleFormatting(text: string, start: number, end: number, style: InlineStyle): TextSelection {
  const marker = INLINE_STYLE_MARKERS[style]
  const m = marker.length
  // A selection edge inside a character the reader sees (an emoji with its skin tone, a ZWJ
  // family, a flag, a keycap, a letter and its accent) moves out of it: no marker splits one.
  const from = characterEdge(text, Math.max(0, Math.min(start, end, text.length)))
  const to = characterEdge(text, Math.min(text.length, Math.max(start, end, 0)), true)
  let segments = lineSegments(text, from, to, style)
    .map((segment) => trim(text, segment))
    .filter((segment) => segment.end > segment.start)
    .map((segment) => toWords(text, segment))
  if (segments.length === 0) {
    const word = wordAround(text, from)
    if (word.end > word.start) segments = [word]
    else if (from >= m && text.slice(from - m, from) === marker && text.startsWith(marker, from)) {
      return { text: text.slice(0, from - m) + text.slice(from + m), start: from - m, end: from - m }
    } else {
      return { text: text.slice(0, from) + marker + marker + text.slice(from), start: from + m, end: from + m }
    }
  }
  const kinds = segments.map((segment) => wrapping(text, segment, marker))
  const unwrap = kinds.every((kind) => kind !== undefined)
  let out = ''
  let cursor = 0
  let selectionStart = 0
  let selectionEnd = 0
  segments.forEach((segment, i) => {
    const kind = kinds[i]
    let inner: string
    if (kind === undefined) {
      out += text.slice(cursor, segment.start) + marker
      inner = text.slice(segment.start, segment.end)
      cursor = segment.end
    } else if (unwrap) {
      out += text.slice(cursor, kind.open)
      inner = text.slice(kind.open + m, kind.close)
      cursor = kind.close + m
    } else {
      // Already styled while others are not: left as it is.
      out += text.slice(cursor, kind.open + m)
      inner = text.slice(kind.open + m, kind.close)
      cursor = kind.close
    }
    if (i === 0) selectionStart = out.length
    out += inner
    if (i === segments.length - 1) selectionEnd = out.length
    if (kind === undefined) out += marker
  })
  out += text.slice(cursor)
  return { text: out, start: selectionStart, end: selectionEnd }
}
