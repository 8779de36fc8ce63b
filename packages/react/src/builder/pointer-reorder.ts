import type { DraftPath } from '@briq-interactive/core'

/** What a drag needs from the builder. */
export interface PointerReorderOptions {
  /** The handle pressed: it captures the pointer and hears its moves. */
  handle: Element
  /** The dragged item's element (it carries `data-bi-path` and `data-bi-family`). */
  item: HTMLElement
  /** The dragged item's path. */
  from: DraftPath
  /** Whether core would move the item to `to` (a row into a full section would not). */
  canMove(to: DraftPath): boolean
  /** Moves it (one undo step). */
  commit(to: DraftPath): void
  /** Dropped over an item where core refuses the move (`canMove` false): say why. */
  refused?(to: DraftPath): void
}

const pathOf = (element: Element): DraftPath | undefined => {
  try {
    const parsed: unknown = JSON.parse(element.getAttribute('data-bi-path') ?? '')
    return Array.isArray(parsed) ? (parsed as DraftPath) : undefined
  } catch {
    return undefined
  }
}

/**
 * Where the dragged item lands when dropped before or after the item at `over`: the index it
 * ends up at, counted after it left its old place (core's `move` takes the final position).
 */
export function dropTarget(from: DraftPath, over: DraftPath, after: boolean): DraftPath {
  const index = over.at(-1) as number
  const sameGroup =
    from.length === over.length && from.slice(0, -1).every((key, i) => key === over[i]) && typeof index === 'number'
  const fromIndex = from.at(-1) as number
  if (!sameGroup) return [...over.slice(0, -1), after ? index + 1 : index]
  if (after) return [...over.slice(0, -1), fromIndex < index ? index : index + 1]
  return [...over.slice(0, -1), fromIndex < index ? index - 1 : index]
}

/**
 * Drags an item by its handle with pointer events (mouse, touch, pen): the item follows the
 * pointer, the item it would land beside is marked (`data-drop="before|after"`) only where
 * core allows the move, and dropping moves it there; Escape or a cancelled pointer leaves it
 * where it was. Items of the same family (rows of every section) are drop targets. The keyboard
 * has Move up / Move down and Alt+Arrow keys instead.
 */
export function startPointerReorder(event: PointerEvent, options: PointerReorderOptions): void {
  if (event.button !== 0) return
  const { handle, item, from } = options
  const root = item.closest('.bi-builder') ?? item.ownerDocument
  const family = item.getAttribute('data-bi-family') ?? ''
  const view = item.ownerDocument.defaultView
  event.preventDefault()
  try {
    handle.setPointerCapture(event.pointerId)
  } catch {
    // A pointer the browser no longer tracks cannot be captured; its moves still bubble here.
  }
  const startY = event.clientY
  item.setAttribute('data-dragging', '')
  let target: { element: Element; to: DraftPath } | undefined
  let refusedTo: DraftPath | undefined

  const candidates = [...root.querySelectorAll(`[data-bi-family="${family.replace(/["\\]/g, '\\$&')}"]`)].filter(
    (element) => element !== item && !item.contains(element),
  )
  const mark = (next: { element: Element; to: DraftPath; after: boolean } | undefined) => {
    target?.element.removeAttribute('data-drop')
    target = next
    next?.element.setAttribute('data-drop', next.after ? 'after' : 'before')
  }
  const onMove = (move: PointerEvent) => {
    item.style.transform = `translateY(${move.clientY - startY}px)`
    let found: { element: Element; to: DraftPath; after: boolean } | undefined
    refusedTo = undefined
    for (const element of candidates) {
      const box = element.getBoundingClientRect()
      if (move.clientY < box.top || move.clientY > box.bottom) continue
      const over = pathOf(element)
      if (over === undefined) break
      const after = move.clientY > box.top + box.height / 2
      const to = dropTarget(from, over, after)
      if (options.canMove(to)) found = { element, to, after }
      else refusedTo = to
      break
    }
    mark(found)
  }
  const finish = (drop: boolean) => {
    handle.removeEventListener('pointermove', onMove as EventListener)
    handle.removeEventListener('pointerup', onUp)
    handle.removeEventListener('pointercancel', onCancel)
    view?.removeEventListener('keydown', onKey, true)
    item.removeAttribute('data-dragging')
    item.style.removeProperty('transform')
    const to = target?.to
    mark(undefined)
    if (drop && to !== undefined) options.commit(to)
    else if (drop && refusedTo !== undefined) options.refused?.(refusedTo)
  }
  const onUp = () => finish(true)
  const onCancel = () => finish(false)
  const onKey = (key: KeyboardEvent) => {
    if (key.key !== 'Escape') return
    key.preventDefault()
    key.stopPropagation()
    finish(false)
  }
  handle.addEventListener('pointermove', onMove as EventListener)
  handle.addEventListener('pointerup', onUp)
  handle.addEventListener('pointercancel', onCancel)
  view?.addEventListener('keydown', onKey, true)
}
