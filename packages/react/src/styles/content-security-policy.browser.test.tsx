import { createDraft } from '@briq-interactive/core'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { linkKitStylesheet, servePageWithPolicy } from '../testing/host-policy.ts'
import { attachKitShadowRoot } from '../testing/kit-shadow-root.ts'

/*
 * A host page served with `style-src 'self' 'nonce-…'` and no 'unsafe-inline', Trusted Types
 * required, and images from itself and `data:` (README: "Under a Content Security Policy"): the
 * kit's stylesheet a file, not a <style> element.
 */
const NONCE = 'host-page-nonce'
const refused = servePageWithPolicy(
  `style-src 'self' 'nonce-${NONCE}'; require-trusted-types-for 'script'; img-src 'self' data:`,
)

/** The nonce bundlers give the `<style>` elements they add (read by Radix's scroll lock). */
const global = globalThis as { __webpack_nonce__?: string }

beforeAll(linkKitStylesheet)
afterEach(() => {
  cleanup()
  refused.length = 0
  delete global.__webpack_nonce__
})

function renderComposer() {
  const { client } = createMockClient()
  render(<InteractiveComposer client={client} defaultValue={createDraft('list')} defaultTo={FIXTURE_PHONES.open} />)
}

/** Opens the send dialog and sends the message from it. */
async function sendFromDialog() {
  await userEvent.click(page.getByRole('button', { name: 'Send', exact: true }))
  const dialog = page.getByRole('dialog')
  await userEvent.click(dialog.getByRole('button', { name: 'Send', exact: true }))
  await expect.element(dialog.getByRole('region', { name: 'Message sent' })).toBeVisible()
}

describe('a host page whose policy allows no inline style (Chromium)', () => {
  it('the composer renders styled, edits and previews, and nothing is refused', async () => {
    renderComposer()
    const body = page.getByRole('textbox', { name: 'Body text' })
    await userEvent.fill(body, 'Chagua *huduma*')
    await expect.element(page.getByText('huduma', { exact: true })).toBeVisible()
    expect(refused).toEqual([])
    // The stylesheet's own rules apply (a visually hidden live region is clipped to a pixel).
    const live = document.querySelector('.bi-builder-live') as HTMLElement
    await expect.poll(() => live.getBoundingClientRect().width).toBeLessThanOrEqual(1)
  })

  it('inside a shadow root, the stylesheet adopted as a constructed sheet applies, and nothing is refused', async () => {
    const shadow = attachKitShadowRoot()
    try {
      const { client } = createMockClient()
      render(<InteractiveComposer client={client} defaultValue={createDraft('list')} />, {
        container: shadow.appendChild(document.createElement('div')),
      })
      const live = shadow.querySelector('.bi-builder-live') as HTMLElement
      expect(live.getBoundingClientRect().width).toBeLessThanOrEqual(1)
      expect(refused).toEqual([])
    } finally {
      cleanup()
      shadow.host.remove()
    }
  })

  it('the send dialog sends; Radix’s scroll lock, a <style> element, is all that is refused', async () => {
    renderComposer()
    await sendFromDialog()
    expect(refused.length).toBeGreaterThan(0)
    expect(new Set(refused)).toEqual(new Set(['style-src-elem: STYLE']))
    // Refused, the lock does not hold: the page behind the dialog still scrolls.
    expect(getComputedStyle(document.body).overflowY).not.toBe('hidden')
  })

  it('given the page’s nonce as `__webpack_nonce__`, the dialog’s scroll lock holds and nothing is refused', async () => {
    global.__webpack_nonce__ = NONCE
    renderComposer()
    await sendFromDialog()
    expect(getComputedStyle(document.body).overflowY).toBe('hidden')
    expect(refused).toEqual([])
  })
})
