import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { expect } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderInHostModal } from './render-in-host-modal.tsx'

/**
 * A host's modal with a transform is the containing block of the kit's fixed overlay and dialog,
 * and clips them to its own 320 x 200 box unless they sit in a top layer above it: opens the
 * kit's dialog from there, checks it covers the viewport unclipped, sends, and closes it back to
 * the host's still-open modal.
 */
export async function sendFromTransformedHostModal(): Promise<void> {
  await page.viewport(1000, 800)
  const sends = renderInHostModal({ style: { transform: 'scale(1)', width: 320, height: 200 } })
  await page.getByRole('button', { name: 'Send on WhatsApp…' }).click()
  const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
  await expect.element(recipient).toHaveFocus()
  expect(document.elementFromPoint(5, 5)?.classList.contains('bi-send-dialog-overlay')).toBe(true)
  const title = page.getByRole('heading', { name: 'Send message' }).element()
  const box = title.getBoundingClientRect()
  expect(document.elementFromPoint(box.left + 2, box.top + box.height / 2)).toBe(title)
  await userEvent.type(recipient, `${FIXTURE_PHONES.open}{Enter}`)
  await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
  expect(sends).toHaveLength(1)
  await userEvent.keyboard('{Escape}')
  await expect.poll(() => document.querySelector('.bi-send-dialog')).toBeNull()
  await expect.element(page.getByRole('button', { name: 'Send on WhatsApp…' })).toHaveFocus()
  expect((document.querySelector('dialog[aria-label="Ticket 42"]') as HTMLDialogElement).open).toBe(true)
}
