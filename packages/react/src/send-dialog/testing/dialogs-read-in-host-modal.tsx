import { expect } from 'vitest'
import { page } from 'vitest/browser'
import { accessibilityTree } from '../../testing/spoken.ts'
import { renderInHostModal } from './render-in-host-modal.tsx'

/** The kit's dialog as a screen reader is given it: named and described. */
export const KIT_DIALOG = 'dialog "Send message" — Check the recipient and the message, then send it on WhatsApp.'

/**
 * Opens the kit's dialog from a host's modal `<dialog>` named "Ticket 42" and returns the dialogs
 * Chromium gives a screen reader, outermost first (`dialog "name" — description`): the top layer
 * the kit's dialog sits in must not be one of them.
 */
export async function dialogsReadInHostModal(): Promise<string[]> {
  renderInHostModal()
  await page.getByRole('button', { name: 'Send on WhatsApp…' }).click()
  await expect.element(page.getByRole('textbox', { name: "Customer's WhatsApp number" })).toHaveFocus()
  expect(document.querySelector('.bi-top-layer')).not.toBeNull()
  const tree = await accessibilityTree('html')
  return tree.filter((line) => /^\s*(dialog|alertdialog) /.test(line)).map((line) => line.trim())
}
