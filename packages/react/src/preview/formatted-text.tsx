import { Fragment, memo, type ReactNode } from 'react'
import type { Overflow } from './issue-index.ts'
import { OverflowMark } from './overflow-mark.tsx'
import { parseFormattingCached } from './parse-cache.ts'
import { safeHref } from './safe-href.ts'

type Node = Record<string, unknown>

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null
const nodes = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const stringOf = (v: unknown): string => (typeof v === 'string' ? v : '')

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

function renderNodes(list: unknown, keyPrefix: string, state: MarkState | undefined): ReactNode[] {
  return nodes(list).map((node, i) => renderNode(node, `${keyPrefix}.${i}`, state))
}

function renderNode(node: unknown, key: string, state: MarkState | undefined): ReactNode {
  if (typeof node === 'string') return leaf(node, key, state)
  if (!isNode(node)) return null
  const children = () => renderNodes(node.children, key, state)
  const literal = () => {
    const text = stringOf(node.text ?? node.value)
    return text ? leaf(text, `${key}.t`, state) : children()
  }
  switch (node.type) {
    case 'text':
      return leaf(stringOf(node.text ?? node.value), key, state)
    case 'bold':
      return <strong key={key}>{children()}</strong>
    case 'italic':
      return <em key={key}>{children()}</em>
    case 'strike':
      return <s key={key}>{children()}</s>
    case 'code':
      return (
        <code key={key} className="bi-code">
          {literal()}
        </code>
      )
    case 'mono':
      return (
        <code key={key} className="bi-mono">
          {literal()}
        </code>
      )
    case 'quote':
      return (
        <blockquote key={key} className="bi-quote-block" dir="auto">
          {children()}
        </blockquote>
      )
    case 'list': {
      const ordered = node.ordered === true || node.kind === 'ordered' || node.style === 'ordered'
      const items = nodes(node.items ?? node.children).map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond their order
        <li key={i} dir="auto">
          {isNode(item) && item.type === 'listItem'
            ? renderNodes(item.children, `${key}.${i}`, state)
            : renderNodes(item, `${key}.${i}`, state)}
        </li>
      ))
      const start = typeof node.start === 'number' ? node.start : undefined
      return ordered ? (
        <ol key={key} className="bi-list" start={start}>
          {items}
        </ol>
      ) : (
        <ul key={key} className="bi-list">
          {items}
        </ul>
      )
    }
    case 'lineBreak':
      if (state) state.cursor = Math.max(state.cursor, state.source.indexOf('\n', state.cursor) + 1)
      return <br key={key} />
    case 'link': {
      const label = node.children ? children() : leaf(stringOf(node.text ?? node.href ?? node.url), `${key}.t`, state)
      const href = safeHref(stringOf(node.href ?? node.url))
      if (!href) return <Fragment key={key}>{label}</Fragment>
      return (
        <a key={key} className="bi-link" href={href} target="_blank" rel="noopener noreferrer nofollow">
          {label}
        </a>
      )
    }
    default:
      return node.children ? (
        <Fragment key={key}>{children()}</Fragment>
      ) : (
        leaf(stringOf(node.text ?? node.value), key, state)
      )
  }
}

/**
 * Renders WhatsApp-formatted text (core's `parseFormatting`) as React elements, never HTML.
 * With `overflow`, the visible text from the overflow point on is wrapped in marks inside the
 * formatting, so a limit falling inside `*bold*` or a link keeps the bold or the link whole.
 */
export function renderFormatted(text: string, overflow?: Overflow): ReactNode[] {
  const tree = parseFormattingCached(text)
  if (tree === null) return [text]
  const state: MarkState | undefined = overflow ? { source: text, cursor: 0, overflow, marked: false } : undefined
  const rendered = renderNodes(tree, 'f', state)
  // The overflow lies only in formatting markers (a closing `*` past the limit): still say so.
  if (state && !state.marked) rendered.push(mark('', 'f.end', state))
  return rendered
}

/** Props of `FormattedText`. */
export interface FormattedTextProps {
  text: string
  overflow?: Overflow | undefined
  /** Plain fields (header, buttons, rows) skip formatting but still mark overflow. */
  plain?: boolean
}

function renderText({ text, overflow, plain = false }: FormattedTextProps): ReactNode {
  if (!plain) return renderFormatted(text, overflow)
  if (!overflow) return text
  return (
    <>
      {text.slice(0, overflow.index)}
      <OverflowMark overflow={overflow} announce>
        {text.slice(overflow.index)}
      </OverflowMark>
    </>
  )
}

const sameOverflow = (a: Overflow | undefined, b: Overflow | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.index === b.index && a.limit === b.limit && a.kind === b.kind)

/**
 * A text field as WhatsApp shows it. When the text passes its limit, everything from the exact
 * point where it passes is marked. Memoised by content: an update elsewhere in the draft does
 * not re-render (or re-parse) a field whose text and overflow are unchanged.
 */
export const FormattedText = memo(
  renderText,
  (a, b) => a.text === b.text && a.plain === b.plain && sameOverflow(a.overflow, b.overflow),
)
FormattedText.displayName = 'FormattedText'
