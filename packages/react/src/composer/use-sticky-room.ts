import type { RefObject } from 'react'
import { isElement, isShadowRoot } from '../dom/node-kind.ts'
import { encloses, isStickyScrollport, stickyScrollportOf } from '../dom/sticky-scrollport.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'

/** The custom property the composer's style sheet takes the side column's room from. */
const ROOM = '--_bi-composer-view'

/**
 * The side column sticks in the nearest scrolling panel: when that is a panel of the host's (not
 * the window, the style sheet's default), the column's room is the panel's height, so a panel
 * shorter than the window shows the preview and Send rather than leaving them below its fold.
 * Measured as the panel changes size. Looked for again as the window changes size (a host's
 * layout for another width may scroll another element), and as something around the column
 * scrolls: a host's panel starts scrolling, or stops, with no resize at all (a class or a style
 * sheet changes its overflow), and that only matters once something scrolls. Nothing on the server.
 */
export function useStickyRoom(ref: RefObject<HTMLElement | null>): void {
  useClientLayoutEffect(() => {
    const column = ref.current
    const view = column?.ownerDocument.defaultView
    if (!column || !view) return
    let panel: HTMLElement | undefined
    const measure = () => {
      if (panel) column.style.setProperty(ROOM, `${panel.clientHeight}px`)
      else column.style.removeProperty(ROOM)
    }
    const observer = typeof view.ResizeObserver === 'function' ? new view.ResizeObserver(measure) : undefined
    const find = () => {
      const found = stickyScrollportOf(column)
      if (found !== panel) {
        if (panel) observer?.unobserve(panel)
        panel = found
        if (panel) observer?.observe(panel, { box: 'border-box' })
      }
      measure()
    }
    // Every scroll of the page passes here (a frame's worth at most per scroller), the panel's own
    // while typing moves the caret into view among them: it costs no style or layout read unless
    // the scroller holds the column and is not the panel known. One nearer than it (or any, where
    // none is known) is a new panel: looked for. One farther out, or the window, scrolls the panel
    // known with it, unless that one stopped scrolling: its overflow alone is read.
    const scrolled = ({ target }: Event) => {
      if (target === panel) return
      if (isElement(target)) {
        if (!encloses(target, column)) return
        if (panel === undefined || encloses(panel, target)) find()
        else if (!isStickyScrollport(panel) || !encloses(panel, column)) find()
      } else if (panel !== undefined && (!isStickyScrollport(panel) || !encloses(panel, column))) {
        find()
      }
    }
    // Scroll events do not bubble, and one inside a shadow root stays there (it is not composed):
    // caught on the way down, in each shadow root the column is in and in the window.
    const roots: (ShadowRoot | Window)[] = [view]
    for (let root = column.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) roots.push(root)
    const listening = { capture: true, passive: true } as const
    find()
    view.addEventListener('resize', find)
    for (const root of roots) root.addEventListener('scroll', scrolled, listening)
    return () => {
      observer?.disconnect()
      view.removeEventListener('resize', find)
      for (const root of roots) root.removeEventListener('scroll', scrolled, listening)
      column.style.removeProperty(ROOM)
    }
  }, [ref])
}
