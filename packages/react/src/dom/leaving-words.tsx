import { type ReactNode, useEffect, useRef, useState } from 'react'
import { ANNOUNCEMENT_MS } from './announcement-time.ts'

/** Props of {@link LeavingWords}. */
export interface LeavingWordsProps {
  /** The words a live region says. */
  children: ReactNode
  className?: string | undefined
}

/**
 * A live region's words that leave it `ANNOUNCEMENT_MS` after they last changed: a screen reader
 * has said them by then, and words left in place were met again by a swipe, next to the part of
 * the page that shows the same (a send's result). Hidden, not removed, so words that change later
 * (a delivery status after "Queued") are seen changing and come back to be said. The same words
 * said again are a new element (a `key`), which starts its own time.
 */
export function LeavingWords({ children, className }: LeavingWordsProps): ReactNode {
  const ref = useRef<HTMLSpanElement>(null)
  const [gone, setGone] = useState(false)
  useEffect(() => {
    const node = ref.current
    if (node === null) return
    let said = node.textContent ?? ''
    let timer: ReturnType<typeof setTimeout> | undefined
    const wait = () => {
      clearTimeout(timer)
      timer = said === '' ? undefined : setTimeout(() => setGone(true), ANNOUNCEMENT_MS)
    }
    wait()
    const observer = new MutationObserver(() => {
      const now = node.textContent ?? ''
      if (now === said) return
      said = now
      setGone(false)
      wait()
    })
    observer.observe(node, { childList: true, characterData: true, subtree: true })
    return () => {
      observer.disconnect()
      clearTimeout(timer)
    }
  }, [])
  return (
    <span ref={ref} className={className} hidden={gone || undefined}>
      {children}
    </span>
  )
}
