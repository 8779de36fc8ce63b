/** A ` ```monospace``` ` span: `start` is the first opening backtick, `end` is just past the last closing one. */
export interface MonoSpan {
  /** Index of the opening ` ``` `. */
  start: number
  /** Index just past the closing ` ``` `. */
  end: number
}

const FENCE = '```'

const NOT_WHITESPACE = /\S/

/**
 * Finds every ` ```…``` ` span, left to right, each with something other than whitespace inside:
 * WhatsApp Web's monospace (its Code format mutator) leaves ` ``` ``` ` and a fence around an
 * empty line as typed, and a span's closing fence is the first one after such text.
 *
 * Linear time: when an opening fence finds no closing one, no later fence can either (it would
 * have closed the first), so the scan stops. A span's text is read at most twice: once it holds
 * only whitespace, the next candidate's text holds the backticks of the last.
 */
export function findMonoSpans(text: string): MonoSpan[] {
  const spans: MonoSpan[] = []
  let from = 0
  while (from < text.length) {
    const open = text.indexOf(FENCE, from)
    if (open < 0) break
    let close = text.indexOf(FENCE, open + FENCE.length + 1)
    while (close >= 0 && !NOT_WHITESPACE.test(text.slice(open + FENCE.length, close))) {
      close = text.indexOf(FENCE, close + 1)
    }
    if (close < 0) break
    spans.push({ start: open, end: close + FENCE.length })
    from = close + FENCE.length
  }
  return spans
}
