import { useCallback, useRef } from 'react'

/** The custom property the send dialog's style sheet holds its bottom edge by. */
const PIN = '--_bi-send-dialog-pin'

/** The custom property the style sheet sizes the dialog's form by: its height as it opened. */
const FLOOR = '--_bi-send-dialog-floor'

/** The custom property capping the dialog's height while a pointer is pressed on it. */
const HELD = '--_bi-send-dialog-held'

/**
 * The style sheet's room, in em of the dialog's text, for what may appear above the dialog's
 * buttons once it opened: the look-ups' answers ("Send from", the number's 24-hour window) and the
 * tallest status (Briq's 500 asking before sending again), as measured in each layout.
 */
const ROOM = '--_bi-send-dialog-room'

/** The room the style sheet keeps between the dialog and the window's top and bottom edges. */
const EDGE = 16

/** Where the dialog opens: its bottom edge `pin` px below the window's middle, `floor` px tall at least. */
export interface Opening {
  pin: number
  floor: number
}

/**
 * Where a dialog `height` px tall opens in a window `viewHeight` px tall, with `room` px wanted
 * for what may then appear above its buttons: centred, as a modal is, and as tall as it must be
 * for that room to be inside it or above it. What appears then grows into the room inside (the
 * form's free rows, over the buttons) and then upwards, and the buttons stay where they opened.
 * Where the window is too short for both, it opens as tall as the window lets it (16 px from
 * each edge) and scrolls what does not fit: its top and its buttons never move.
 */
export function openingOf(height: number, viewHeight: number, room: number): Opening {
  const space = viewHeight - 2 * EDGE
  // Centred, the room above it is (space - floor) / 2; the room inside is floor - height.
  const floor = Math.max(height, Math.min(space, 2 * (height + room) - space))
  return { floor, pin: Math.min(floor / 2, viewHeight / 2 - EDGE) }
}

/**
 * Where the dialog's bottom edge is held once open, in px below the window's middle: `pin` until
 * the dialog, `height` px tall, no longer fits above it in a window `viewHeight` px tall. The
 * style sheet then holds its top 16 px from the window's top and lets it grow below, as far as
 * the window goes, before it scrolls: the pin follows that bottom edge down, so a part that goes
 * again (a failure, as a send starts) shrinks the dialog from the top and the buttons do not come
 * back up under a second press. It only ever moves down, and never past the window's bottom edge.
 */
export function nextPin(pin: number, height: number, viewHeight: number): number {
  return Math.max(pin, Math.min(EDGE + height - viewHeight / 2, viewHeight / 2 - EDGE))
}

const numberOf = (dialog: HTMLElement, property: string) => {
  const set = dialog.style.getPropertyValue(property)
  return set === '' ? undefined : Number.parseFloat(set)
}

/** The style sheet's room for the dialog's layout, in px. */
function roomOf(view: Window, dialog: HTMLElement): number {
  const style = view.getComputedStyle(dialog)
  const room = Number.parseFloat(style.getPropertyValue(ROOM)) * Number.parseFloat(style.fontSize)
  return Number.isFinite(room) ? room : 0
}

/** Places the dialog, or follows its edge; whether this was its opening (which may resize it). */
function measure(view: Window, dialog: HTMLElement): boolean {
  const pin = numberOf(dialog, PIN)
  // The layout's height: a transform (a host's opening animation) does not change where it ends.
  const height = dialog.offsetHeight
  if (pin === undefined) {
    const opening = openingOf(height, view.innerHeight, roomOf(view, dialog))
    dialog.style.setProperty(FLOOR, `${opening.floor}px`)
    dialog.style.setProperty(PIN, `${opening.pin}px`)
    return true
  }
  // A window made shorter: a dialog opened taller than it now has room for keeps no empty rows.
  const floor = numberOf(dialog, FLOOR) ?? 0
  const space = view.innerHeight - 2 * EDGE
  if (floor > space) dialog.style.setProperty(FLOOR, `${space}px`)
  const next = nextPin(pin, height, view.innerHeight)
  if (next !== pin) dialog.style.setProperty(PIN, `${next}px`)
  return false
}

/**
 * A ref for the dialog that opens it centred and holds its bottom edge, and so its button row,
 * where it opens: what then appears or goes above the buttons (the look-ups' answers, such as
 * "Send from", a number's 24-hour window, a failure, the pending note, the outcome) fills or
 * empties the room it opened with, then grows or shrinks it upwards, and Send stays under the
 * pointer. Measured once laid out (when the host's tokens carried to it apply), whenever its size
 * changes, and as the window's does: a window made shorter under a dialog that keeps its size
 * lets the style sheet hold its top 16 px from the window's top, lower than the pin says, and the
 * pin follows there, or Send would jump back up as a failure goes. While a pointer is pressed on
 * it, it does not grow below (it scrolls instead): a press on Send is released on Send. Each
 * opening places it anew: Radix renders a new dialog element each time. Without a
 * ResizeObserver (jsdom, a server) the dialog stays centred.
 */
export function usePinnedDialog(): (dialog: HTMLElement | null) => void {
  const release = useRef<(() => void) | undefined>(undefined)
  return useCallback((dialog: HTMLElement | null) => {
    release.current?.()
    release.current = undefined
    const view = dialog?.ownerDocument.defaultView
    if (!dialog || !view || typeof view.ResizeObserver !== 'function') return
    let frame = 0
    const watch = () => observer.observe(dialog, { box: 'border-box' })
    const observer = new view.ResizeObserver(() => {
      if (!measure(view, dialog)) return
      // Its opening height resizes it in this very callback: watched on, the browser would
      // report that as a loop it could not finish ("ResizeObserver loop completed with
      // undelivered notifications", an error event a host's error tracking records). Watched
      // again from the next frame, whose first report is its size then.
      observer.unobserve(dialog)
      frame = view.requestAnimationFrame(watch)
    })
    watch()
    // Only a pin taken: where it opens is the first layout's to say, not a resize dispatched
    // between its mounting and that layout (the size it reports may be gone by then).
    const followed = () => {
      if (dialog.style.getPropertyValue(PIN) !== '') measure(view, dialog)
    }
    // A press and its release must land on the same button for a click: between them the
    // dialog keeps its bottom edge, whatever appears above. Lifted a frame after the release, so
    // the click the release makes has gone to the button first.
    let lift = 0
    const pressed = () => {
      view.cancelAnimationFrame(lift)
      if (dialog.style.getPropertyValue(PIN) === '') return
      dialog.style.setProperty(HELD, `${dialog.getBoundingClientRect().bottom - EDGE}px`)
    }
    const released = () => {
      view.cancelAnimationFrame(lift)
      lift = view.requestAnimationFrame(() => dialog.style.removeProperty(HELD))
    }
    view.addEventListener('resize', followed)
    dialog.addEventListener('pointerdown', pressed, { capture: true })
    view.addEventListener('pointerup', released, { capture: true })
    view.addEventListener('pointercancel', released, { capture: true })
    release.current = () => {
      observer.disconnect()
      view.cancelAnimationFrame(frame)
      view.cancelAnimationFrame(lift)
      view.removeEventListener('resize', followed)
      dialog.removeEventListener('pointerdown', pressed, { capture: true })
      view.removeEventListener('pointerup', released, { capture: true })
      view.removeEventListener('pointercancel', released, { capture: true })
    }
  }, [])
}
