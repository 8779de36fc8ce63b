import { type RefObject, useEffect, useState } from 'react'
import { elementById } from '../dom/element-by-id.ts'
import { isElement, isHtmlElement, isInput, isTextArea } from '../dom/node-kind.ts'
import { viewHeightOf } from '../dom/scroller-of.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { activeElementOf } from '../focus/focused-element.ts'
import type { FocusRequest } from './builder-context.ts'

const attribute = (name: string, value: string) => `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`

const FIELD = 'input:not([type="hidden"]):not([type="file"]), select, textarea'

/** The `data-bi-focus` key of the control `target` is in (a moved item's control keeps its key). */
export function focusKeyOf(target: EventTarget | null | undefined): string | undefined {
  return isElement(target) ? (target.closest('[data-bi-focus]')?.getAttribute('data-bi-focus') ?? undefined) : undefined
}

/**
 * Focuses `element` (a set of radio buttons: the checked one; another container: itself, tabindex
 * -1) and returns what it focused.
 */
export function focusElement(element: HTMLElement): HTMLElement {
  if (element.matches('input, select, textarea, button')) {
    element.focus()
    return element
  }
  // The checked radio (a selector list would give the first in document order, checked or not).
  const radios = element.matches('.bi-builder-choice')
    ? (element.querySelector<HTMLElement>('input[type="radio"]:checked') ??
      element.querySelector<HTMLElement>('input[type="radio"]'))
    : null
  const target = radios ?? element
  target.focus()
  return target
}

/**
 * A new item's field to fill first: its first field, past text the add copied from the first
 * item (a product card's catalog ID, the same on every card). A starter word (a new
 * section's title) is the new item's own and is not passed: it is selected, to type over.
 */
function firstToFill(item: HTMLElement): HTMLElement | null {
  const fields = [...item.querySelectorAll<HTMLElement>(FIELD)]
  // Items are the entries of their group's list.
  const first = item.closest('ol')?.querySelector<HTMLElement>(':scope > li > [data-bi-item]')
  const firsts = first == null || first === item ? [] : [...first.querySelectorAll<HTMLElement>(FIELD)]
  const copied = (field: HTMLElement, at: number) => {
    const other = firsts[at]
    return isInput(field) && field.value !== '' && isInput(other) && other.value === field.value
  }
  return fields.find((field, at) => !copied(field, at)) ?? fields[0] ?? null
}

function find(root: HTMLElement, request: FocusRequest): HTMLElement | null {
  for (const key of request.focusKeys ?? []) {
    const found = root.querySelector<HTMLElement>(attribute('data-bi-focus', key))
    if (found === null) continue
    if (!request.liveControl || found.getAttribute('aria-disabled') !== 'true') return found
    const field = found.closest('[data-bi-item]')?.querySelector<HTMLElement>(FIELD)
    if (field) return field
  }
  if (request.itemKey !== undefined) {
    const item = root.querySelector<HTMLElement>(attribute('data-bi-item', request.itemKey))
    if (item) return (request.newItem ? firstToFill(item) : item.querySelector<HTMLElement>(FIELD)) ?? item
  }
  if (request.elementId !== undefined) {
    const element = elementById(root, request.elementId)
    if (element && root.contains(element)) return element
  }
  if (request.orFirstControl) {
    for (const control of root.querySelectorAll<HTMLElement>('[data-bi-focus]')) {
      if (!control.closest('[hidden], [inert]') && !control.matches(`:disabled, ${BESIDE_THE_DRAFT}`)) return control
    }
    return root
  }
  return request.orRoot ? root : null
}

// New message, Undo and Redo act on the whole draft: none is one of its controls.
const BESIDE_THE_DRAFT = ['root/new', 'root/undo', 'root/redo'].map((key) => `[data-bi-focus="${key}"]`).join(', ')

interface FocusKeeperProps {
  root: RefObject<HTMLElement | null>
  pending: RefObject<FocusRequest | undefined>
  /** Receives the function that makes the keeper render (and so run its effect) with the next commit. */
  register: (wake: () => void) => void
}

/**
 * Moves focus once the change that asked for it has rendered: a moved item keeps focus on the
 * same control (React moves or re-creates its element), a new item gets it on its first field,
 * a picked issue on its field. Renders nothing.
 */
export function FocusKeeper({ root, pending, register }: FocusKeeperProps) {
  // Woken by each focus request, so it renders (and runs its effect) in the commit of the change
  // that asked: requests are made in the same handler as their change. Not subscribed to the
  // draft, so a keystroke does not render it.
  const [, setWakes] = useState(0)
  useEffect(() => register(() => setWakes((n) => n + 1)), [register])
  useClientLayoutEffect(() => {
    const request = pending.current
    const container = root.current
    if (request === undefined || container === null) return
    pending.current = undefined
    const kept = request.ifRemoved
    // A control still there but dimmed by the change is left, with `liveControl`, as if removed.
    const dimmed = request.liveControl === true && kept?.getAttribute('aria-disabled') === 'true'
    if (kept?.isConnected && !dimmed) {
      // Still on the page, maybe moved (an undone reorder). React gives focus back to an element
      // a commit moved only when it is the document's activeElement, which inside a shadow root
      // is the host, so there it is given back here.
      if (isHtmlElement(kept) && activeElementOf(kept) !== kept) kept.focus()
      return
    }
    const element = find(container, request)
    if (element === null) return
    const focused = focusElement(element)
    // A moved item's control that React left in place is still focused, and focus() on the
    // focused element scrolls nothing: moved down, it would leave the host's scrolling panel (or
    // the page). No scroll when it is already in view. A group taller than the view (a picked
    // issue of the buttons, the rows, the cards) shows its top, where its messages and fix-its
    // are: "nearest" would show its end when it lies above.
    const tall = !element.matches(FIELD) && focused.getBoundingClientRect().height > viewHeightOf(focused)
    focused.scrollIntoView?.({ block: tall ? 'start' : 'nearest' })
    // A new item's first field may hold starter text ("Section 2"): selected, typing replaces it.
    if (
      request.itemKey !== undefined &&
      !request.focusKeys?.length &&
      (isTextArea(element) || isInput(element)) &&
      element.value !== ''
    ) {
      element.select()
    }
    if (request.selection && (isTextArea(element) || isInput(element))) {
      element.setSelectionRange(request.selection.start, request.selection.end)
    }
  })
  return null
}
