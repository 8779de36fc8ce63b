/** A ` ```monospace``` ` span: `start` is the first opening backtick, `end` is just past the last closing one. */
export interface MonoSpan {
  /** Index of the opening ` ``` `. */
  start: number
  /** Index just past the closing ` ``` `. */
  end: number
}

const FENCE = '```'

/**
 * Finds every ` ```…``` ` span, left to right, each with at least one character inside. The
 * spans are found before anything else because their content is literal and may hold newlines.
 *
 * Linear time: when an opening fence finds no closing one, no later fence can either (it would
 * have closed the first), so the scan stops.
 */
export function findMonoSpans(text: string): MonoSpan[] {
  const spans: MonoSpan[] = []
  let from = 0
  while (from < text.length) {
    const open = text.indexOf(FENCE, from)
    if (open < 0) break
    const close = text.indexOf(FENCE, open + FENCE.length + 1)
    if (close < 0) break
    spans.push({ start: open, end: close + FENCE.length })
    from = close + FENCE.length
  }
  return spans
}
