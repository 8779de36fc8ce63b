import '../styles.css'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { validFixtures } from '../preview/fixtures.ts'
import { renderPreview } from '../preview/testing/browser-render.tsx'
import { dialogsReadInHostModal, KIT_DIALOG } from './testing/dialogs-read-in-host-modal.tsx'
import { sendFromTransformedHostModal } from './testing/send-from-transformed-host-modal.tsx'

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

  it(
    'opens the send dialog from a transformed host modal over the whole viewport, and sends',
    sendFromTransformedHostModal,
  )

  // The layer is a <dialog> shown modal. Chromium keeps a focusable element's role whatever
  // role="presentation" says (https://www.w3.org/TR/wai-aria-1.2/#conflict_resolution_presentation_none),
  // and it counts a <dialog> as focusable: the layer would be read as a second, unnamed dialog.
  // The host's modal is inert behind the layer, so the kit's is the one dialog read.
  it("gives assistive tech the kit's dialog, and no unnamed one around it", async () => {
    expect(await dialogsReadInHostModal()).toEqual([KIT_DIALOG])
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
