import { cutFormatting, type FormattingNode, nextLineBreak } from '@briq-interactive/core'
import { Fragment, memo, type ReactNode, useContext, useRef } from 'react'
import type { Overflow } from './issue-index.ts'
import { OverflowMark } from './overflow-mark.tsx'
import { parseFormattingCached, parseLinksCached, parsersFor, parseUrlsCached } from './parse-cache.ts'
import { ReaderCountryContext } from './preview-context.ts'
import { textLinkHref } from './safe-href.ts'
import { sameFormattingNode } from './same-formatting-node.ts'

/**
 * Where the overflow starts in the source text, and how far rendering has read it. Formatting
 * markers are gone from the tree, so each visible piece is found in the source from `cursor` on.
 */
interface MarkState {
  source: string
  cursor: number
  overflow: Overflow
  /** Whether a mark (with its screen-reader note) has been rendered yet. */
  marked: boolean
}

function mark(text: string, key: string, state: MarkState): ReactNode {
  const first = !state.marked
  state.marked = true
  return (
    <OverflowMark key={key} overflow={state.overflow} announce={first}>
      {text}
    </OverflowMark>
  )
}

/** A piece of visible text; the part at or past the overflow point is marked. */
function leaf(text: string, key: string, state: MarkState | undefined): ReactNode {
  if (!state || text === '') return text
  const found = state.source.indexOf(text, state.cursor)
  const start = found < 0 ? state.cursor : found
  state.cursor = start + text.length
  const cut = state.overflow.index - start
  if (cut >= text.length) return text
  if (cut <= 0) return mark(text, key, state)
  return (
    <Fragment key={key}>
      {text.slice(0, cut)}
      {mark(text.slice(cut), `${key}.m`, state)}
    </Fragment>
  )
}

function renderNodes(list: readonly FormattingNode[], keyPrefix: string, state: MarkState | undefined): ReactNode[] {
  return list.map((node, i) => renderNode(node, `${keyPrefix}.${i}`, state))
}

/**
 * `end` (the time's spacer) goes at the end of a quote's or list's last line, where the text ends
 * in one: outside, it would start a line of its own below the block.
 */
function renderNode(node: FormattingNode, key: string, state: MarkState | undefined, end?: ReactNode): ReactNode {
  switch (node.type) {
    case 'text':
      return leaf(node.text, key, state)
    case 'bold':
      return (
        <strong key={key} className="bi-bold">
          {renderNodes(node.children, key, state)}
        </strong>
      )
    case 'italic':
      return (
        <em key={key} className="bi-italic">
          {renderNodes(node.children, key, state)}
        </em>
      )
    case 'strike':
      return (
        <s key={key} className="bi-strike">
          {renderNodes(node.children, key, state)}
        </s>
      )
    case 'code':
    case 'mono':
      return (
        <code key={key} className={node.type === 'code' ? 'bi-code' : 'bi-mono'}>
          {leaf(node.text, `${key}.t`, state)}
        </code>
      )
    case 'quote':
      return (
        <blockquote key={key} className="bi-quote-block" dir="auto">
          {renderNodes(node.children, key, state)}
          {end}
        </blockquote>
      )
    case 'list': {
      const items = node.items.map((item, i) => (
        // Each item shows the number written before it, as WhatsApp does ("1. a", "1. b" read 1, 1).
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond their order
        <li key={i} className="bi-list-item" dir="auto" value={node.ordered ? item.number : undefined}>
          {renderNodes(item.children, `${key}.${i}`, state)}
          {i === node.items.length - 1 ? end : null}
        </li>
      ))
      return node.ordered ? (
        <ol key={key} className="bi-list bi-list-numbers" start={node.start}>
          {items}
        </ol>
      ) : (
        <ul key={key} className="bi-list bi-list-bullets">
          {items}
        </ul>
      )
    }
    case 'lineBreak': {
      // Any break core ends a line at (CRLF, CR, LF, U+2028, U+2029), not only a newline.
      const lineBreak = state ? nextLineBreak(state.source, state.cursor) : undefined
      if (state && lineBreak) state.cursor = lineBreak.at + lineBreak.length
      return <br key={key} />
    }
    case 'link': {
      const label = renderNodes(node.children, key, state)
      const href = textLinkHref(node.href)
      if (!href) return <Fragment key={key}>{label}</Fragment>
      // mailto: and tel: open the mail or phone app; a new tab would stay behind empty.
      const page = href.startsWith('http') ? ({ target: '_blank', rel: 'noopener noreferrer nofollow' } as const) : {}
      return (
        <a key={key} className="bi-link" href={href} {...page}>
          {label}
        </a>
      )
    }
  }
}

/** Whether `node` is a quote or list whose last line is still open (no newline ends it). */
function endsOpen(node: FormattingNode | undefined): boolean {
  const lines = node?.type === 'quote' ? node.children : node?.type === 'list' ? node.items.at(-1)?.children : undefined
  return lines !== undefined && lines.at(-1)?.type !== 'lineBreak'
}

const sameOverflow = (a: Overflow | undefined, b: Overflow | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.index === b.index && a.limit === b.limit && a.kind === b.kind)

/** A text as last rendered: what the next render of the same field can take from it. */
export interface RenderedText {
  source: string
  overflow: Overflow | undefined
  tree: readonly FormattingNode[] | null
  /** One per top-level node of `tree`. */
  elements: ReactNode[]
  /** Where in `source` reading stood after each top-level node (with `overflow` only). */
  ends: number[]
  /** The top-level node (a quote or list the text ends in) that holds `end`, or -1. */
  endAt: number
}

const commonPrefix = (a: string, b: string): number => {
  const end = Math.min(a.length, b.length)
  let i = 0
  while (i < end && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/**
 * Renders WhatsApp-formatted text (core's `parseFormatting`) as React elements, never HTML.
 * With `overflow`, the visible text from the overflow point on is wrapped in marks inside the
 * formatting, so a limit falling inside `*bold*` or a link keeps the bold or the link whole.
 * Top-level nodes equal to `previous`'s at the same place keep their elements, so React leaves
 * their DOM alone: a keystroke at the end of a long formatted body updates its last nodes only.
 * With `overflow`, only nodes before the first change that ended before the overflow point are
 * kept (what follows depends on where reading stands). `end` follows the text on its last line.
 */
export function renderFormatted(
  text: string,
  overflow?: Overflow,
  previous?: RenderedText,
  parse: (text: string) => readonly FormattingNode[] | null = parseFormattingCached,
  end?: ReactNode,
): RenderedText {
  const tree = parse(text)
  if (tree === null) {
    const elements = end === undefined ? [text] : [text, <Fragment key="f.after">{end}</Fragment>]
    return { source: text, overflow, tree, elements, ends: [], endAt: -1 }
  }
  const state: MarkState | undefined = overflow ? { source: text, cursor: 0, overflow, marked: false } : undefined
  const before = previous?.tree && sameOverflow(previous.overflow, overflow) ? previous : undefined
  const same = before && state ? Math.min(commonPrefix(text, before.source), state.overflow.index) : 0
  const elements: ReactNode[] = []
  const ends: number[] = []
  let reusing = before !== undefined
  // A quote or list the text ends in holds `end` (one its newline ended does not: an empty line
  // follows it). The node that holds it now, and the one that held it last time, are drawn afresh.
  const endAt = end !== undefined && endsOpen(tree.at(-1)) ? tree.length - 1 : -1
  tree.forEach((node, i) => {
    const read = before?.ends[i] ?? 0
    const holdsEnd = i === endAt
    if (
      reusing &&
      before &&
      !holdsEnd &&
      i !== before.endAt &&
      sameFormattingNode(node, before.tree?.[i]) &&
      (!state || read <= same)
    ) {
      elements.push(before.elements[i])
      if (state) state.cursor = read
    } else {
      // Past a change, reading positions differ: with marks, render the rest afresh.
      if (state) reusing = false
      elements.push(renderNode(node, `f.${i}`, state, holdsEnd ? end : undefined))
    }
    ends.push(state?.cursor ?? 0)
  })
  // The overflow lies only in formatting markers (a closing `*` past the limit): still say so.
  if (state && !state.marked) elements.push(mark('', 'f.end', state))
  if (end !== undefined && endAt < 0) elements.push(<Fragment key="f.after">{end}</Fragment>)
  return { source: text, overflow, tree, elements, ends, endAt }
}

/** Props of `FormattedText`. */
export interface FormattedTextProps {
  text: string
  overflow?: Overflow | undefined
  /** Plain fields (header, buttons, rows) skip formatting but still mark overflow. */
  plain?: boolean | undefined
  /**
   * A plain field that names its control (a button's label): its overflow is marked but not
   * said in it, so the name is the text as shown (WCAG 2.5.3); the control takes
   * `OverflowNote` as its description instead.
   */
  named?: boolean | undefined
  /**
   * A plain field's links: `'urls'` links URLs and e-mail addresses, `'all'` phone numbers too
   * (core's `parseLinks`); formatting markers stay text.
   */
  links?: 'urls' | 'all' | undefined
  /**
   * Styles, monospace and links only: quote and list markers and backticks stay text (core's
   * `parseFormatting` with `blocks` and `inlineCode` off).
   */
  inline?: boolean | undefined
  /**
   * What follows the text on its last line (the time's spacer): inside a quote or list the text
   * ends in, so it stays on that line as on a phone.
   */
  end?: ReactNode
  /**
   * Where "Read more" cuts the text (core's `readMoreIndex`): the whole text's formatting is kept
   * up to there (core's `cutFormatting`), so a `*bold*` pair the cut splits is bold to the cut.
   */
  cut?: number | undefined
}

const LINK_PARSERS = { urls: parseUrlsCached, all: parseLinksCached } as const

const cutTree = (tree: readonly FormattingNode[] | null, text: string, cut: number): FormattingNode[] | null =>
  tree === null ? null : cutFormatting(tree, text, cut)

/** Top-level nodes per group: a keystroke at the end of a 1024-character body re-renders one group. */
const GROUP_SIZE = 16

/**
 * The elements in groups of `GROUP_SIZE`, each group the same array as in `previous` while its
 * elements are: React skips an unchanged group whole instead of visiting each node of it.
 */
function groupElements(elements: readonly ReactNode[], previous: readonly ReactNode[][] = []): ReactNode[][] {
  const groups: ReactNode[][] = []
  for (let start = 0; start < elements.length; start += GROUP_SIZE) {
    const group = elements.slice(start, start + GROUP_SIZE)
    const before = previous[groups.length]
    const same = before?.length === group.length && group.every((element, i) => element === before[i])
    groups.push(same && before ? before : group)
  }
  return groups
}

/** One group of a text's top-level nodes; no element of its own, so the DOM is as without it. */
const FormattedGroup = memo(function FormattedGroup({ elements }: { elements: ReactNode[] }): ReactNode {
  return elements
})

function FormattedTextView({
  text,
  overflow,
  plain = false,
  named = false,
  links,
  inline = false,
  end,
  cut,
}: FormattedTextProps): ReactNode {
  const rendered = useRef<RenderedText | undefined>(undefined)
  const grouped = useRef<ReactNode[][] | undefined>(undefined)
  const countryCode = useContext(ReaderCountryContext)
  if (!plain || links) {
    const parsers = parsersFor(countryCode)
    const whole = plain && links ? LINK_PARSERS[links] : inline ? parsers.inline : parsers.full
    const parse = cut === undefined ? whole : (source: string) => cutTree(whole(source), source, cut)
    const next = renderFormatted(text, overflow, rendered.current, parse, end)
    rendered.current = next
    const groups = groupElements(next.elements, grouped.current)
    grouped.current = groups
    return groups.map((elements, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a group is its place in the text, as its nodes' keys are
      <FormattedGroup key={i} elements={elements} />
    ))
  }
  if (!overflow) return end === undefined ? text : [text, <Fragment key="f.after">{end}</Fragment>]
  return (
    <>
      {text.slice(0, overflow.index)}
      <OverflowMark overflow={overflow} announce={!named}>
        {text.slice(overflow.index)}
      </OverflowMark>
      {end}
    </>
  )
}

/**
 * A text field as WhatsApp shows it. When the text passes its limit, everything from the exact
 * point where it passes is marked. Memoised by content: an update elsewhere in the draft does
 * not re-render (or re-parse) a field whose text and overflow are unchanged.
 */
export const FormattedText = memo(
  FormattedTextView,
  (a, b) =>
    a.text === b.text &&
    a.plain === b.plain &&
    a.named === b.named &&
    a.links === b.links &&
    a.inline === b.inline &&
    a.end === b.end &&
    a.cut === b.cut &&
    sameOverflow(a.overflow, b.overflow),
)
if (process.env.NODE_ENV !== 'production') FormattedText.displayName = 'FormattedText'
