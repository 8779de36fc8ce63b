import { parseFormatting } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { Overflow } from './issue-index.ts'
import { OverflowMark } from './overflow-mark.tsx'
import { safeHref } from './safe-href.ts'

type Node = Record<string, unknown>

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null
const nodes = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const stringOf = (v: unknown): string => (typeof v === 'string' ? v : '')

function renderNodes(list: unknown, keyPrefix: string): ReactNode[] {
  return nodes(list).map((node, i) => renderNode(node, `${keyPrefix}.${i}`))
}

function renderNode(node: unknown, key: string): ReactNode {
  if (typeof node === 'string') return node
  if (!isNode(node)) return null
  const children = () => renderNodes(node.children, key)
  const literal = () => stringOf(node.text ?? node.value) || children()
  switch (node.type) {
    case 'text':
      return stringOf(node.text ?? node.value)
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
            ? renderNodes(item.children, `${key}.${i}`)
            : renderNodes(item, `${key}.${i}`)}
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
      return <br key={key} />
    case 'link': {
      const label = node.children ? children() : stringOf(node.text ?? node.href ?? node.url)
      const href = safeHref(stringOf(node.href ?? node.url))
      if (!href) return label
      return (
        <a key={key} className="bi-link" href={href} target="_blank" rel="noopener noreferrer nofollow">
          {label}
        </a>
      )
    }
    default:
      return node.children ? children() : stringOf(node.text ?? node.value)
  }
}

/** Renders WhatsApp-formatted text (core's `parseFormatting`) as React elements, never HTML. */
export function renderFormatted(text: string, keyPrefix = 'f'): ReactNode[] {
  let tree: unknown
  try {
    tree = parseFormatting(text)
  } catch {
    return [text]
  }
  return renderNodes(tree, keyPrefix)
}

/** Props of `FormattedText`. */
export interface FormattedTextProps {
  text: string
  overflow?: Overflow | undefined
  /** Plain fields (header, buttons, rows) skip formatting but still mark overflow. */
  plain?: boolean
}

/**
 * A text field as WhatsApp shows it. When the text passes its limit, everything from the exact
 * point where it passes is wrapped in an overflow mark; formatting is applied to each side.
 */
export function FormattedText({ text, overflow, plain = false }: FormattedTextProps): ReactNode {
  const render = (t: string, k: string) => (plain ? t : renderFormatted(t, k))
  if (!overflow) return render(text, 'f')
  return (
    <>
      {render(text.slice(0, overflow.index), 'f')}
      <OverflowMark limit={overflow.limit}>{render(text.slice(overflow.index), 'o')}</OverflowMark>
    </>
  )
}
