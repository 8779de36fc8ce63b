import { useCallback, useRef } from 'react'

/** The custom property the send dialog's style sheet holds its bottom edge by. */
const PIN = '--_bi-send-dialog-pin'

/**
 * Holds the dialog's bottom edge where it is: half its height below the window's middle, as it is
 * centred until then. From here on, what appears or goes above its button row (a look-up's answer,
 * a failure, the pending note, the outcome) grows or shrinks it upwards, and the buttons stay
 * under the pointer. Once per opening: Radix renders a new dialog element each time it opens.
 */
export function pinDialog(dialog: HTMLElement): void {
  if (dialog.style.getPropertyValue(PIN) !== '') return
  // The layout's height: a transform (a host's opening animation) does not change where it ends.
  dialog.style.setProperty(PIN, `${dialog.offsetHeight / 2}px`)
}

/**
 * A ref for the dialog that pins it as it opens, once laid out: in the frame after it enters the
 * page, when what its layout effects bring (the host's tokens carried to it) applies. Not at the
 * first press: the look-ups' answers (the senders, the number's 24-hour window, the recent
 * conversations) land while the pointer is on its way to Send or resting on it, and a centred
 * dialog moved Send by half of what they add, so the press fell beside it.
 */
export function usePinOnOpen(): (dialog: HTMLElement | null) => void {
  const frame = useRef(0)
  return useCallback((dialog: HTMLElement | null) => {
    cancelAnimationFrame(frame.current)
    if (dialog) frame.current = requestAnimationFrame(() => pinDialog(dialog))
  }, [])
}
