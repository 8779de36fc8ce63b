import { type ReactNode, type RefObject, useCallback, useEffect, useState } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { Icon } from './icons.tsx'

type Way = 'previous' | 'next'

/** Whether more of the row lies past its start and past its end. */
interface Beyond {
  previous: boolean
  next: boolean
}

const NEITHER: Beyond = { previous: false, next: false }

/**
 * The round arrows WhatsApp Web draws over a carousel, for a mouse: its wheel scrolls the page,
 * not the row, and the row shows no scrollbar, so the cards past its edge were out of a mouse's
 * reach. Shown on hover (CSS) where more cards lie that way. Hidden from assistive technology
 * and out of the tab order: the keyboard reaches every card through its buttons, or the row's
 * own stop, which bring it into view.
 */
export function CarouselArrows({ row }: { row: RefObject<HTMLDivElement | null> }): ReactNode {
  const [beyond, setBeyond] = useState(NEITHER)
  const measure = useCallback(() => {
    const element = row.current
    if (element === null) return
    // Negative in a right-to-left row.
    const scrolled = Math.abs(element.scrollLeft)
    const previous = scrolled > 1
    const next = scrolled < element.scrollWidth - element.clientWidth - 1
    setBeyond((was) => (was.previous === previous && was.next === next ? was : { previous, next }))
  }, [row])
  // After each render of the row (a card added or taken away), and as it scrolls or resizes.
  useClientLayoutEffect(measure)
  useEffect(() => {
    const element = row.current
    if (element === null) return
    element.addEventListener('scroll', measure, { passive: true })
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined
    resized?.observe(element)
    return () => {
      element.removeEventListener('scroll', measure)
      resized?.disconnect()
    }
  }, [row, measure])
  const go = (way: Way) => {
    const element = row.current
    if (element === null) return
    const style = getComputedStyle(element)
    const card = element.querySelector<HTMLElement>(':scope > .bi-card')
    const step = (card?.offsetWidth ?? element.clientWidth) + (Number.parseFloat(style.columnGap) || 0)
    // One card along (the row's snap lines it up); smooth unless motion is reduced (CSS).
    element.scrollBy({ left: (way === 'next' ? step : -step) * (style.direction === 'rtl' ? -1 : 1) })
  }
  return (['previous', 'next'] as const).map((way) =>
    beyond[way] ? (
      <button
        key={way}
        type="button"
        className="bi-carousel-arrow"
        data-direction={way}
        tabIndex={-1}
        aria-hidden="true"
        // Focus stays where it was: on a control hidden from assistive technology it would be lost.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => go(way)}
      >
        <Icon name="chevron" />
      </button>
    ) : null,
  )
}
