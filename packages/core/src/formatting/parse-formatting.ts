import { nextLineBreak } from '../text-length.ts'
import { codePointAt, isAsciiDigit, isWhitespace } from './character-class.ts'
import { findMonoSpans, type MonoSpan } from './find-mono-spans.ts'
import type { FormattingList, FormattingNode, FormattingQuote } from './formatting-node.ts'
import { appendNodes, parseInline } from './parse-inline.ts'

/** Options of {@link parseFormatting}: which of WhatsApp's formats to read (all by default). */
export interface ParseFormattingOptions {
  /** `> ` quote lines and `* `, `- `, `• `, `1. ` list lines (default `true`); `false` leaves their markers as text. */
  blocks?: boolean | undefined
  /** `` `inline code` `` (default `true`); `false` leaves backticks as text (` ```monospace``` ` still reads). */
  inlineCode?: boolean | undefined
  /**
   * The reader's country calling code (`'255'`, or `'+255'`): WhatsApp links a number written without its
   * country code (`0712 345 678`) as a number of the reader's own country, where its length fits.
   * Unset (the default), only numbers written with `+` or `00` and their code are linked.
   */
  countryCode?: string | undefined
}

type LineKind = 'paragraph' | 'quote' | 'bullet' | 'ordered'

interface LineMarker {
  kind: LineKind
  contentStart: number
  number: number
}

type OpenBlock = { kind: 'quote'; node: FormattingQuote } | { kind: 'list'; node: FormattingList }

// WhatsApp Web reads a numbered item's number as one or two digits ("1. " to "99. "): "100. " and
// "2026. " start a line of text, not an item.
const MAX_LIST_NUMBER_DIGITS = 2

// The bullets WhatsApp Web reads at a line's start: "* ", "- " and the bullet sign "• " (U+2022),
// which a list pasted from a document or another app begins with.
const isBullet = (char: string | undefined): boolean => char === '*' || char === '-' || char === '\u2022'

// A block marker needs a space after it and text right after the space: "* " alone is text.
function hugs(text: string, index: number, lineEnd: number): boolean {
  return index < lineEnd && !isWhitespace(codePointAt(text, index))
}

// A quote line is ">", a space or tab, and no second space: WhatsApp Web's block quote also takes
// a line with nothing after "> ", an empty line inside a quoted passage.
function quoteLine(text: string, start: number, end: number): boolean {
  const space = text[start + 1]
  return (space === ' ' || space === '\t') && (start + 2 >= end || text[start + 2] !== ' ')
}

function lineMarker(text: string, start: number, end: number): LineMarker {
  const first = text[start]
  if (first === '>' && start + 1 < end && quoteLine(text, start, end)) {
    return { kind: 'quote', contentStart: start + 2, number: 0 }
  }
  if (isBullet(first) && text[start + 1] === ' ' && hugs(text, start + 2, end)) {
    return { kind: 'bullet', contentStart: start + 2, number: 0 }
  }
  let digitsEnd = start
  while (digitsEnd < end && digitsEnd - start <= MAX_LIST_NUMBER_DIGITS && isAsciiDigit(text.charCodeAt(digitsEnd)))
    digitsEnd++
  const digits = digitsEnd - start
  if (
    digits > 0 &&
    digits <= MAX_LIST_NUMBER_DIGITS &&
    text[digitsEnd] === '.' &&
    text[digitsEnd + 1] === ' ' &&
    hugs(text, digitsEnd + 2, end)
  ) {
    return { kind: 'ordered', contentStart: digitsEnd + 2, number: Number(text.slice(start, digitsEnd)) }
  }
  return { kind: 'paragraph', contentStart: start, number: 0 }
}

const PARAGRAPH = (start: number): LineMarker => ({ kind: 'paragraph', contentStart: start, number: 0 })

// The end of the line starting at `start` and where the next one starts: the next line break
// (as the validator counts them: CRLF, a lone CR or LF, U+2028, U+2029) not inside a monospace span.
function lineEnd(
  text: string,
  start: number,
  spans: readonly MonoSpan[],
  cursor: { index: number },
): { end: number; next: number } {
  let lineBreak = nextLineBreak(text, start)
  while (lineBreak !== undefined) {
    const at = lineBreak.at
    while ((spans[cursor.index]?.end ?? Number.POSITIVE_INFINITY) <= at) cursor.index++
    const span = spans[cursor.index]
    if (span === undefined || span.start > at) return { end: at, next: at + lineBreak.length }
    lineBreak = nextLineBreak(text, span.end)
  }
  return { end: text.length, next: text.length }
}

/**
 * Parses WhatsApp formatting into a tree of {@link FormattingNode}s — data, never HTML.
 *
 * Inline: `*bold*`, `_italic_`, `~strike~` (nestable, e.g. `*_both_*`), `` `code` `` and
 * ` ```monospace``` ` (literal; monospace may span lines), and auto-linked URLs (`https://…`,
 * `www.…`, and bare addresses such as `wa.me/255712345678` or `briq.tz`). A marker must
 * hug its text and sit at a word boundary, as in WhatsApp: `* not bold*`, `2*3*4` and
 * `snake_case_name` stay literal, and so does any marker without a partner. Inline styles do
 * not cross line breaks.
 *
 * Blocks (a marker at the very start of a line, followed by a space and text): `> ` quote lines
 * (text optional), `* ` / `- ` / `• ` bullet lines and `1. ` to `99. ` numbered lines. Consecutive lines of one
 * kind form one quote or list; each numbered item keeps the number written before it.
 *
 * `options` turns blocks or inline code off, for the texts WhatsApp formats with its styles,
 * monospace and links only: WhatsApp Web shows an interactive message's footer and a list
 * message's title so (`{ blocks: false, inlineCode: false }`).
 *
 * Never throws and runs in linear time, whatever the input (1 MB, lone surrogates, 10 000
 * asterisks). Removing exactly the consumed markers from the input gives
 * `formattingToText(parseFormatting(text))`.
 *
 * @example
 * parseFormatting('*Hi* _there_')
 * // [{ type: 'bold', children: [{ type: 'text', text: 'Hi' }] }, { type: 'text', text: ' ' },
 * //  { type: 'italic', children: [{ type: 'text', text: 'there' }] }]
 */
export function parseFormatting(text: string, options: ParseFormattingOptions = {}): FormattingNode[] {
  if (typeof text !== 'string') return []
  const blocks = options.blocks ?? true
  const inlineCode = options.inlineCode ?? true
  const spans = findMonoSpans(text)
  const nodes: FormattingNode[] = []
  const lineCursor = { index: 0 }
  let spanIndex = 0
  let block: OpenBlock | null = null

  // The newline that ended the block's last line stays inside the block (see FormattingNode).
  const closeList = (): void => {
    if (block?.kind === 'list') block.node.items[block.node.items.length - 1]?.children.push({ type: 'lineBreak' })
  }

  let start = 0
  for (;;) {
    const { end, next } = lineEnd(text, start, spans, lineCursor)
    const hasNewline = end < text.length
    while ((spans[spanIndex]?.start ?? Number.POSITIVE_INFINITY) < start) spanIndex++
    const marker = blocks ? lineMarker(text, start, end) : PARAGRAPH(start)
    const content = parseInline(text, marker.contentStart, end, spans, spanIndex, inlineCode, options.countryCode)

    if (marker.kind === 'quote') {
      if (block?.kind !== 'quote') {
        closeList()
        block = { kind: 'quote', node: { type: 'quote', children: [] } }
        nodes.push(block.node)
      }
      appendNodes(block.node.children, content)
      if (hasNewline) block.node.children.push({ type: 'lineBreak' })
    } else if (marker.kind === 'bullet' || marker.kind === 'ordered') {
      const ordered = marker.kind === 'ordered'
      // Consecutive numbered lines make one list whatever their numbers, each item keeping its
      // own ("1. a" then "1. b" reads 1, 1), as WhatsApp Web shows them.
      if (block?.kind !== 'list' || block.node.ordered !== ordered) {
        closeList()
        const list: FormattingList = ordered
          ? { type: 'list', ordered, start: marker.number, items: [] }
          : { type: 'list', ordered, items: [] }
        block = { kind: 'list', node: list }
        nodes.push(list)
      }
      block.node.items.push(
        ordered
          ? { type: 'listItem', number: marker.number, children: content }
          : { type: 'listItem', children: content },
      )
    } else {
      closeList()
      block = null
      appendNodes(nodes, content)
      if (hasNewline) nodes.push({ type: 'lineBreak' })
    }

    if (!hasNewline) return nodes
    start = next
  }
}
