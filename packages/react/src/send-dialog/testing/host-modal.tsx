import { type CSSProperties, type ReactNode, useEffect, useRef } from 'react'

/**
 * The host's own modal: a native <dialog> opened with showModal(), which makes the rest of the
 * page inert; `style` as the host styles it (a transform for a scale-in animation, a small box).
 */
export function HostModal({ children, style }: { children: ReactNode; style?: CSSProperties }): ReactNode {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    ref.current?.showModal()
  }, [])
  return (
    <dialog ref={ref} aria-label="Ticket 42" style={style}>
      {children}
    </dialog>
  )
}
