import { useCallback, useRef } from 'react'

/** The custom property the send dialog's style sheet holds its bottom edge by. */
const PIN = '--_bi-send-dialog-pin'

/** The room the style sheet keeps between the dialog and the window's top and bottom edges. */
const EDGE = 16

/**
 * The room, in em of the dialog's text, kept above it as it opens for what may then appear above
 * its buttons: the look-ups' answers ("Send from" and the number's 24-hour window, about 7.5em in
 * one column) and the tallest status (Briq's 500 asking before sending again, about 20em).
 */
export const ROOM_ABOVE_EM = 28

/**
 * Where the dialog's bottom edge is held, in px below the window's middle: `pin` now (undefined
 * before the first measure), for a dialog `height` px tall in a window `viewHeight` px tall, with
 * `roomAbove` px wanted above it as it opens.
 *
 * It opens centred when that leaves `roomAbove` above it, else lower, as far as the window's
 * bottom edge: what then appears above the button row grows the dialog upwards without moving it.
 * When the room above runs out all the same, the style sheet holds its top 16 px from the
 * window's top and lets it grow below, as far as the window goes, before it scrolls: the pin
 * follows that bottom edge down, so a part that goes again (a failure, as a send starts) shrinks
 * the dialog from the top and the buttons do not come back up under a second press. After the
 * first measure it only ever moves down, and never past the window's bottom edge.
 */
export function nextPin(pin: number | undefined, height: number, viewHeight: number, roomAbove: number): number {
  const lowest = viewHeight / 2 - EDGE
  if (pin === undefined) return Math.min(Math.max(height / 2, EDGE + roomAbove + height - viewHeight / 2), lowest)
  return Math.max(pin, Math.min(EDGE + height - viewHeight / 2, lowest))
}

function measure(dialog: HTMLElement): void {
  const view = dialog.ownerDocument.defaultView
  if (!view) return
  const set = dialog.style.getPropertyValue(PIN)
  const pin = set === '' ? undefined : Number.parseFloat(set)
  const fontSize = pin === undefined ? Number.parseFloat(view.getComputedStyle(dialog).fontSize) : 0
  const roomAbove = Number.isFinite(fontSize) ? ROOM_ABOVE_EM * fontSize : 0
  // The layout's height: a transform (a host's opening animation) does not change where it ends.
  const next = nextPin(pin, dialog.offsetHeight, view.innerHeight, roomAbove)
  if (next !== pin) dialog.style.setProperty(PIN, `${next}px`)
}

/**
 * A ref for the dialog that holds its bottom edge, and so its button row, where it opens: what
 * then appears or goes above the buttons (the look-ups' answers, such as "Send from", a number's
 * 24-hour window, a failure, the pending note, the outcome) grows or shrinks it upwards, and Send
 * stays under the pointer. Measured once laid out (when the host's tokens carried to it apply),
 * whenever its size changes, and as the window's does: a window made shorter under a dialog that
 * keeps its size lets the style sheet hold its top 16 px from the window's top, lower than the
 * pin says, and the pin follows there, or Send would jump back up as a failure goes. Each opening
 * pins anew: Radix renders a new dialog element each time. Without a ResizeObserver (jsdom, a
 * server) the dialog stays centred.
 */
export function usePinnedDialog(): (dialog: HTMLElement | null) => void {
  const release = useRef<(() => void) | undefined>(undefined)
  return useCallback((dialog: HTMLElement | null) => {
    release.current?.()
    release.current = undefined
    const view = dialog?.ownerDocument.defaultView
    if (!dialog || !view || typeof view.ResizeObserver !== 'function') return
    const observer = new view.ResizeObserver(() => measure(dialog))
    observer.observe(dialog, { box: 'border-box' })
    // Only a pin taken: where it opens is the first layout's to say, not a resize dispatched
    // between its mounting and that layout (the size it reports may be gone by then).
    const followed = () => {
      if (dialog.style.getPropertyValue(PIN) !== '') measure(dialog)
    }
    view.addEventListener('resize', followed)
    release.current = () => {
      observer.disconnect()
      view.removeEventListener('resize', followed)
    }
  }, [])
}
