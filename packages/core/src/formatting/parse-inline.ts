import { codePointAt, codePointBefore, isWhitespace, isWordCharacter } from './character-class.ts'
import type { MonoSpan } from './find-mono-spans.ts'
import type { FormattingNode } from './formatting-node.ts'
import { matchLink } from './match-link.ts'

type StyleMarker = '*' | '_' | '~'

const STYLE = { '*': 'bold', _: 'italic', '~': 'strike' } as const

/**
 * ASCII characters that may start something: 1 for a code or style marker, 2 for a letter or
 * digit, which may start a link (`http…`, `www.…`, a bare `wa.me/…`, an e-mail address) where a
 * word starts, 3 for the `+` or `(` that may start a phone number.
 */
const STARTS = new Uint8Array(0x80)
for (const char of '`*_~') STARTS[char.charCodeAt(0)] = 1
for (let code = 0x30; code < 0x7b; code++) if (/[0-9A-Za-z]/.test(String.fromCharCode(code))) STARTS[code] = 2
STARTS[0x2b] = 3
STARTS[0x28] = 3

interface Frame {
  marker: StyleMarker
  position: number
  children: FormattingNode[]
}

// Neither here nor in `top` is an empty list read at index -1: in V8 that read leaves the fast
// element path, and it happened for almost every marker (about a third of the parse's time).

/** Appends text to a node list, merging with a text node at its end so text nodes never touch. */
export function appendText(nodes: FormattingNode[], text: string): void {
  if (text === '') return
  const last = nodes.length === 0 ? undefined : nodes[nodes.length - 1]
  if (last?.type === 'text') last.text += text
  else nodes.push({ type: 'text', text })
}

/** Appends nodes one by one (a spread would overflow the call stack on huge lists). */
export function appendNodes(target: FormattingNode[], nodes: readonly FormattingNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') appendText(target, node.text)
    else target.push(node)
  }
}

// A marker opens at the start of the text or after a non-word character, and must hug the text
// that follows; it closes after a non-space and before the end or a non-word character. So
// `2*3*4`, `snake_case_name` and `* not bold *` stay literal. A marker followed by its own kind
// does not open: of `**bold**` the inner pair styles the text and the outer markers show (as
// WhatsApp shows Markdown's doubled markers), and runs like `` or `````` stay literal.
function canOpen(text: string, index: number, end: number): boolean {
  return (
    index + 1 < end &&
    text.charCodeAt(index + 1) !== text.charCodeAt(index) &&
    !isWordCharacter(codePointBefore(text, index)) &&
    !isWhitespace(codePointAt(text, index + 1))
  )
}

function canClose(text: string, index: number): boolean {
  const before = codePointBefore(text, index)
  return before >= 0 && !isWhitespace(before) && !isWordCharacter(codePointAt(text, index + 1))
}

function findCodeClose(text: string, open: number, limit: number): number {
  for (let index = open + 2; index < limit; index++) {
    if (text.charCodeAt(index) === 0x60 && text.charCodeAt(index - 1) !== 0x60 && canClose(text, index)) return index
  }
  return -1
}

/**
 * Parses the inline formatting of `text.slice(start, end)`: one line (plus any monospace spans
 * inside it, which may hold newlines). `spans` are all monospace spans of the text and
 * `firstSpan` the index of the first one at or after `start`. Without `inlineCode`, a backtick
 * is text; with `countryCode`, numbers written without one are linked in that country.
 *
 * Styles pair like WhatsApp's: the nearest open marker of the same kind closes; markers opened
 * inside it and still open become literal text. A style does not nest inside itself (`*` inside
 * bold is literal), so at most three styles are open at once and the tree stays shallow.
 * Inline code and links are found before styles and are atomic; every step moves forward, so
 * the time is linear in the length of the line.
 */
export function parseInline(
  text: string,
  start: number,
  end: number,
  spans: readonly MonoSpan[],
  firstSpan: number,
  inlineCode = true,
  countryCode?: string,
): FormattingNode[] {
  const root: FormattingNode[] = []
  const frames: Frame[] = []
  const open: Record<StyleMarker, boolean> = { '*': false, _: false, '~': false }
  const top = (): FormattingNode[] => (frames.length === 0 ? root : (frames[frames.length - 1] as Frame).children)
  const discardTopFrame = (): void => {
    const frame = frames.pop() as Frame
    open[frame.marker] = false
    const parent = top()
    appendText(parent, frame.marker)
    appendNodes(parent, frame.children)
  }

  let spanIndex = firstSpan
  let textStart = start
  // Once a backtick finds no partner, no later one in the same stretch can (it would have been
  // the partner), so the search is never repeated: this keeps "`a `b `c …" linear.
  let codeSearchFailed = !inlineCode
  let index = start
  const flush = (): void => {
    appendText(top(), text.slice(textStart, index))
  }

  while (index < end) {
    const span = spans[spanIndex]
    const limit = span !== undefined && span.start < end ? span.start : end
    if (index === limit && span !== undefined) {
      flush()
      top().push({ type: 'mono', text: text.slice(span.start + 3, span.end - 3) })
      index = textStart = span.end
      spanIndex++
      codeSearchFailed = !inlineCode
      continue
    }
    // Most characters start nothing: pass them without making a one-character string.
    const code = text.charCodeAt(index)
    const starts = code < 0x80 ? STARTS[code] : 0
    // Inside an ASCII word nothing starts: only a word's first letter may start a link.
    if (starts === 0 || (starts === 2 && index > 0 && STARTS[text.charCodeAt(index - 1)] === 2)) {
      index++
      continue
    }
    const char = text[index]
    if (char === '`') {
      if (!codeSearchFailed && canOpen(text, index, limit)) {
        const close = findCodeClose(text, index, limit)
        if (close >= 0) {
          flush()
          top().push({ type: 'code', text: text.slice(index + 1, close) })
          index = textStart = close + 1
          continue
        }
        codeSearchFailed = true
      }
    } else if (char === '*' || char === '_' || char === '~') {
      if (open[char] && canClose(text, index)) {
        let depth = frames.length - 1
        while ((frames[depth] as Frame).marker !== char) depth--
        if ((frames[depth] as Frame).position < index - 1) {
          flush()
          while (frames.length - 1 > depth) discardTopFrame()
          const frame = frames.pop() as Frame
          open[char] = false
          top().push({ type: STYLE[char], children: frame.children })
          index = textStart = index + 1
          continue
        }
      }
      if (!open[char] && canOpen(text, index, end)) {
        flush()
        frames.push({ marker: char, position: index, children: [] })
        open[char] = true
        index = textStart = index + 1
        continue
      }
    } else {
      const link = matchLink(text, index, limit, countryCode, open)
      if (link?.href === null) {
        // Not a link after all; its run is plain text (skipping it keeps the scan linear).
        index = link.end
        continue
      }
      if (link) {
        flush()
        top().push({ type: 'link', href: link.href, children: [{ type: 'text', text: text.slice(index, link.end) }] })
        index = textStart = link.end
        continue
      }
    }
    index++
  }
  flush()
  while (frames.length > 0) discardTopFrame()
  return root
}
