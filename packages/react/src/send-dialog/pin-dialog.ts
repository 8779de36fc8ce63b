/** The custom property the send dialog's style sheet holds its bottom edge by. */
const PIN = '--_bi-send-dialog-pin'

/**
 * Holds the dialog's bottom edge where it is: half its height below the window's middle, as it is
 * centred until then. From here on, what appears or goes above its button row (a failure, the
 * pending note, the outcome) grows or shrinks it upwards, and the buttons stay under the pointer.
 * Once per opening: Radix renders a new dialog element each time it opens.
 */
export function pinDialog(dialog: HTMLElement): void {
  if (dialog.style.getPropertyValue(PIN) !== '') return
  dialog.style.setProperty(PIN, `${dialog.getBoundingClientRect().height / 2}px`)
}
