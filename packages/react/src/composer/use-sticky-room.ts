import type { RefObject } from 'react'
import { stickyScrollportOf } from '../dom/sticky-scrollport.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'

/** The custom property the composer's style sheet takes the side column's room from. */
const ROOM = '--_bi-composer-view'

/**
 * The side column sticks in the nearest scrolling panel: when that is a panel of the host's (not
 * the window, the style sheet's default), the column's room is the panel's height, so a panel
 * shorter than the window shows the preview and Send rather than leaving them below its fold.
 * Measured as the panel changes size, and looked for again as the window does (a host's layout
 * for another width may scroll another element). Nothing on the server.
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
    find()
    view.addEventListener('resize', find)
    return () => {
      observer?.disconnect()
      view.removeEventListener('resize', find)
      column.style.removeProperty(ROOM)
    }
  }, [ref])
}
