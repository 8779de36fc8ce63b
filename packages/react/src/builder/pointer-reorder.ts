import { type DraftPath, samePath } from '@briq-interactive/core'
import { scrollAtOnce, scrollerOf } from '../dom/scroller-of.ts'

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

/** How near the edge (px) a held drag starts scrolling, and its fastest step (px per frame). */
const EDGE = 48
const STEP = 20

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
 * pointer, the item it would land beside is marked (`data-drop="before|after"`) only where it
 * would move and core allows it (over a group's heading: before its first item), and dropping
 * moves it there; Escape or a cancelled pointer leaves it where it was. Items of the same
 * family (rows of every section) are drop targets. Held near the top or bottom edge of the window
 * (or of the panel that scrolls the builder), the drag scrolls it, so an item can go where it is
 * out of view (a card is taller than many windows). The keyboard has Move up / Move down and Alt+Arrow keys
 * instead. Returns a function that cancels the drag (undefined when none started), for an item
 * that goes while dragged: its handle then never hears the pointer let go.
 */
export function startPointerReorder(event: PointerEvent, options: PointerReorderOptions): (() => void) | undefined {
  const { handle, item, from } = options
  const root = item.closest('.bi-builder') ?? item.ownerDocument
  // One drag at a time: a second finger (not the primary pointer), or a palm on another handle
  // while one item is held, would move a second item and leave both marked.
  if (event.button !== 0 || !event.isPrimary || root.querySelector('[data-dragging]') !== null) return undefined
  const family = item.getAttribute('data-bi-family') ?? ''
  const view = item.ownerDocument.defaultView
  event.preventDefault()
  try {
    handle.setPointerCapture(event.pointerId)
  } catch {
    // A pointer the browser no longer tracks cannot be captured; its moves still bubble here.
  }
  const startY = event.clientY
  const scroller = scrollerOf(item)
  const scrollTop = () => (scroller === undefined ? (view?.scrollY ?? 0) : scroller.scrollTop)
  // Screen px per px of its own: inside a host's `transform: scale()` or `zoom` the item's
  // translate is in its own px, the pointer's moves in the screen's.
  const scaleOf = (element: HTMLElement) =>
    element.offsetHeight > 0 ? element.getBoundingClientRect().height / element.offsetHeight : 1
  const itemScale = scaleOf(item)
  const scrollerScale = scroller === undefined ? 1 : scaleOf(scroller)
  const startScroll = scrollTop()
  let pointerY = startY
  let frame: number | undefined
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
  // Where the pointer is over: the item follows it (scrolled distance included), the target is marked.
  const track = () => {
    const scrolled = (scrollTop() - startScroll) * scrollerScale
    item.style.transform = `translateY(${(pointerY - startY + scrolled) / itemScale}px)`
    let found: { element: Element; to: DraftPath; after: boolean } | undefined
    let overItem = false
    refusedTo = undefined
    // Where the item would stay where it is (the upper half of the next item, the heading above
    // the first), nothing is marked and a drop does nothing: no move said, no undo step.
    const consider = (element: Element, over: DraftPath, after: boolean) => {
      const to = dropTarget(from, over, after)
      if (samePath(to, from)) return
      if (options.canMove(to)) found = { element, to, after }
      else refusedTo = to
    }
    for (const element of candidates) {
      const box = element.getBoundingClientRect()
      if (pointerY < box.top || pointerY > box.bottom) continue
      const over = pathOf(element)
      if (over === undefined) break
      overItem = true
      consider(element, over, pointerY > box.top + box.height / 2)
      break
    }
    if (!overItem) {
      const first = firstBelowHead()
      const over = first === undefined ? undefined : pathOf(first)
      if (first !== undefined && over !== undefined) consider(first, over, false)
    }
    mark(found)
  }
  // A drag that overshoots the first item onto its group's heading means "before the first", as
  // sortable lists take it: the first item (but the dragged one) of the group whose head is under
  // the pointer, if any.
  const firstBelowHead = (): Element | undefined => {
    const seen = new Set<Element>()
    for (const element of candidates) {
      const list = element.closest('.bi-builder-items')
      const group = list?.closest('.bi-builder-group')
      if (list == null || group == null || seen.has(list)) continue
      seen.add(list)
      if (pointerY >= group.getBoundingClientRect().top && pointerY < list.getBoundingClientRect().top) return element
    }
    return undefined
  }
  // Held near an edge: scroll a step each frame (faster nearer the edge) until it moves off it or
  // nothing is left to scroll.
  const scrollStep = () => {
    const area = scroller?.getBoundingClientRect() ?? { top: 0, bottom: view?.innerHeight ?? 0 }
    const top = Math.max(area.top, 0)
    const bottom = Math.min(area.bottom, view?.innerHeight ?? area.bottom)
    // A captured pointer can be past the edge: no faster than STEP.
    const speed = (depth: number) => Math.min(STEP, Math.ceil((STEP * depth) / EDGE))
    if (pointerY < top + EDGE) return -speed(top + EDGE - pointerY)
    if (pointerY > bottom - EDGE) return speed(pointerY - bottom + EDGE)
    return 0
  }
  const autoScroll = () => {
    if (frame !== undefined || view === null || scrollStep() === 0) return
    frame = view.requestAnimationFrame(() => {
      frame = undefined
      const before = scrollTop()
      scrollAtOnce(scroller, view, scrollStep())
      if (scrollTop() === before) return
      track()
      autoScroll()
    })
  }
  const onMove = (move: PointerEvent) => {
    pointerY = move.clientY
    track()
    autoScroll()
  }
  let done = false
  const finish = (drop: boolean) => {
    if (done) return
    done = true
    handle.removeEventListener('pointermove', onMove as EventListener)
    handle.removeEventListener('pointerup', onUp)
    handle.removeEventListener('pointercancel', onCancel)
    view?.removeEventListener('keydown', onKey, true)
    if (frame !== undefined) view?.cancelAnimationFrame(frame)
    frame = undefined
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
  return () => finish(false)
}
