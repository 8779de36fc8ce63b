import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { validFixtures } from '../preview/fixtures.ts'
import { renderPreview } from '../preview/testing/browser-render.tsx'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { HostModal } from './testing/host-modal.tsx'
import { createMockClient } from './testing/mock-client.ts'

// Safari before 17 and Firefox before 125 have no Popover API
// (https://developer.mozilla.org/en-US/docs/Web/API/Popover_API#browser_compatibility):
// Chromium plays them with showPopover taken away before anything mounts.
const showPopover = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'showPopover')
beforeEach(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'showPopover')
})
afterEach(() => {
  cleanup()
  if (showPopover) Object.defineProperty(HTMLElement.prototype, 'showPopover', showPopover)
})

describe('a browser without popovers (Chromium, showPopover removed)', () => {
  it('has no showPopover while these tests run', () => {
    expect(typeof document.createElement('div').showPopover).toBe('undefined')
  })

  // A host's modal with a transform is the containing block of the kit's fixed overlay and
  // dialog, and clips them to its own 320 x 200 box, unless they sit in a top layer above it.
  it('opens the send dialog from a transformed host modal over the whole viewport, and sends', async () => {
    await page.viewport(1000, 800)
    const { client, sends } = createMockClient()
    render(
      <HostModal style={{ transform: 'scale(1)', width: 320, height: 200 }}>
        <SendInteractiveDialog
          client={client}
          interactive={FEEDBACK_INTERACTIVE}
          trigger={<button type="button">Send on WhatsApp…</button>}
        />
      </HostModal>,
    )
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
  })

  it('opens the list sheet inside the phone, whole, and sends a row', async () => {
    renderPreview(validFixtures.list)
    await page.getByRole('button', { name: 'Chagua njia' }).click()
    const sheet = page.getByRole('dialog', { name: 'Chagua njia' })
    await expect.element(sheet).toBeVisible()
    await Promise.all(
      sheet
        .element()
        .getAnimations({ subtree: true })
        .map((animation) => animation.finished),
    )
    const frame = (document.querySelector('.bi-frame') as HTMLElement).getBoundingClientRect()
    const box = sheet.element().getBoundingClientRect()
    expect(box.left).toBeGreaterThanOrEqual(frame.left)
    expect(box.right).toBeLessThanOrEqual(frame.right + 0.5)
    expect(box.bottom).toBeLessThanOrEqual(frame.bottom + 0.5)
    await sheet.getByRole('radio').first().click()
    await sheet.getByRole('button', { name: 'Send' }).click()
    await expect.element(sheet).not.toBeInTheDocument()
    expect(document.querySelector('.bi-bubble[data-direction="out"]')).not.toBeNull()
  })
})
