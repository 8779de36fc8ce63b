import type { KeyboardEvent as ReactKeyboardEvent } from 'react'
import { isHtmlElement, isInput, isShadowRoot } from '../dom/node-kind.ts'

/*
 * Radix's FocusScope keeps Tab inside a modal by comparing `document.activeElement` with the
 * first and last tabbable element. Inside a shadow root `document.activeElement` is the shadow
 * host, never either edge, so Tab walks out of the dialog (open upstream fixes:
 * https://github.com/radix-ui/primitives/pull/3674 and /pull/3838). The same holds in an iframe's
 * document that a host renders the kit into from its own page: there `document.activeElement` is
 * the iframe, and Radix's focus listeners, on this page's document, hear nothing. In a shadow root
 * or such a document the kit's modals move focus themselves with these two handlers; in this
 * page's document they do nothing and Radix's own trap works.
 */

const CANDIDATES = [
  'a[href], area[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls]',
  '[tabindex], [contenteditable]:not([contenteditable="false"])',
].join(', ')

/**
 * Where Radix cannot see focus inside `element`: the shadow root it is in, or its document when
 * that is not this page's (an iframe's); undefined in this page's document.
 */
function focusRootOf(element: Element): ShadowRoot | Document | undefined {
  const root = element.getRootNode()
  if (isShadowRoot(root)) return root
  return element.ownerDocument !== document ? element.ownerDocument : undefined
}

function isTabStopCandidate(element: HTMLElement): boolean {
  if (element.tabIndex < 0) return false
  if ((element as HTMLButtonElement).disabled) return false
  if (isInput(element) && element.type === 'hidden') return false
  if (element.closest('[inert]')) return false
  return element.checkVisibility({ checkVisibilityCSS: true })
}

/**
 * The elements Tab stops on inside `container`, in order, as a browser walks them: a named radio
 * group is one stop (its checked radio, else its first radio going forward and its last going
 * back). Positive `tabindex` values are treated as 0: the kit uses none.
 */
export function tabStops(container: HTMLElement, backwards = false): HTMLElement[] {
  const elements = [...container.querySelectorAll<HTMLElement>(CANDIDATES)].filter(isTabStopCandidate)
  const groups = new Map<string, HTMLInputElement[]>()
  for (const element of elements) {
    if (isInput(element) && element.type === 'radio' && element.name) {
      const group = groups.get(element.name) ?? []
      group.push(element)
      groups.set(element.name, group)
    }
  }
  return elements.filter((element) => {
    if (!isInput(element) || element.type !== 'radio' || !element.name) return true
    const group = groups.get(element.name) ?? []
    const checked = group.find((radio) => radio.checked)
    if (checked) return element === checked
    return element === (backwards ? group[group.length - 1] : group[0])
  })
}

/**
 * `onKeyDown` for a modal's content: in a shadow root or an iframe's document, Tab and Shift+Tab move to the next or
 * previous stop inside the content and wrap at its ends, so focus never leaves the dialog.
 */
export function trapTabInShadowRoot(event: ReactKeyboardEvent<HTMLElement>): void {
  if (event.defaultPrevented || event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return
  const container = event.currentTarget
  const root = focusRootOf(container)
  if (!root) return
  event.preventDefault()
  const stops = tabStops(container, event.shiftKey)
  if (stops.length === 0) return
  const active = root.activeElement
  const inGroup = (stop: HTMLElement) =>
    isInput(active) && active.type === 'radio' && isInput(stop) && stop.name !== '' && stop.name === active.name
  const at = stops.findIndex((stop) => stop === active || inGroup(stop))
  const step = event.shiftKey ? -1 : 1
  const next = at === -1 ? (event.shiftKey ? stops.length - 1 : 0) : (at + step + stops.length) % stops.length
  stops[next]?.focus()
}

/**
 * `onOpenAutoFocus` for a modal's content: in a shadow root or an iframe's document, focuses the first stop (Radix's
 * own choice cannot see focus move there and ends on the content element itself).
 */
export function focusFirstInShadowRoot(event: Event): void {
  const container = event.currentTarget
  if (event.defaultPrevented || !isHtmlElement(container) || !focusRootOf(container)) return
  const first = tabStops(container)[0]
  if (!first) return
  event.preventDefault()
  first.focus()
}
