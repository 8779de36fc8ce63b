import { type CSSProperties, type RefObject, useState } from 'react'
import { parentOrHost } from '../dom/node-kind.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'

/** The host's theme variables as they apply at an element: every `--bi-*` it inherits, by name. */
export function hostTokensAt(element: Element): Record<string, string> {
  const computed = getComputedStyle(element)
  const tokens: Record<string, string> = {}
  // A computed style lists the custom properties that apply to the element among its names. The
  // kit declares only --_bi-* defaults, so every --bi-* here is the host's own value.
  for (let i = 0; i < computed.length; i++) {
    const name = computed.item(i)
    if (!name.startsWith('--bi-')) continue
    const value = computed.getPropertyValue(name).trim()
    if (value !== '') tokens[name] = value
  }
  return tokens
}

/** `element`'s ancestors, out through the shadow roots it is inside. */
function ancestorsOf(element: Element): Element[] {
  const ancestors: Element[] = []
  for (let at = parentOrHost(element); at !== null; at = parentOrHost(at)) ancestors.push(at)
  return ancestors
}

/**
 * The host's `--bi-*` variables where a portalled part is opened from (its trigger), as inline
 * styles for the portalled elements: a dialog portalled to `document.body` leaves the host's
 * themed wrapper, and would otherwise lose every value set there. Read when the part opens, in
 * the same commit as the portal mounts, and again while it is open when the host re-themes (a
 * class, style or data attribute changed on an ancestor: a dark-mode switch; the reader's colour
 * scheme changed), or the stale values would outweigh the new ones; empty on the server and
 * without an anchor.
 */
export function useCarriedTokens(anchor: RefObject<Element | null>, open: boolean): CSSProperties | undefined {
  const [tokens, setTokens] = useState<CSSProperties | undefined>(undefined)
  useClientLayoutEffect(() => {
    const element = anchor.current
    if (!open || !element) return
    const read = () => {
      const found = hostTokensAt(element)
      setTokens((current) => (sameTokens(current, found) ? current : (found as CSSProperties)))
    }
    read()
    const observer = typeof MutationObserver === 'function' ? new MutationObserver(read) : undefined
    for (const ancestor of ancestorsOf(element)) observer?.observe(ancestor, { attributes: true })
    const scheme = element.ownerDocument.defaultView?.matchMedia?.('(prefers-color-scheme: dark)')
    scheme?.addEventListener('change', read)
    return () => {
      observer?.disconnect()
      scheme?.removeEventListener('change', read)
    }
  }, [open, anchor])
  return tokens
}

function sameTokens(current: CSSProperties | undefined, found: Record<string, string>): boolean {
  const names = Object.keys(found)
  if (!current) return names.length === 0
  const before = current as Record<string, unknown>
  return names.length === Object.keys(before).length && names.every((name) => before[name] === found[name])
}
