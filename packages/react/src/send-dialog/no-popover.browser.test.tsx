import '../styles.css'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { validFixtures } from '../preview/fixtures.ts'
import { renderPreview } from '../preview/testing/browser-render.tsx'
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
