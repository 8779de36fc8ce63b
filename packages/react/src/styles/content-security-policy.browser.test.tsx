/// <reference types="vite/client" />
import { createDraft } from '@briq-interactive/core'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import kitStylesheet from '../styles.css?url'
import { attachKitShadowRoot } from '../testing/kit-shadow-root.ts'

/*
 * A host page served with `style-src 'self' 'nonce-…'` and no 'unsafe-inline', and with Trusted
 * Types required (README: "Under a Content Security Policy"). A policy in a <meta> applies to what the page adds after it, so this
 * file's page is such a host from here on: the kit's stylesheet a file (<link>), not a <style>
 * element, and every refusal heard as the `securitypolicyviolation` event.
 */
const NONCE = 'host-page-nonce'
const refused: string[] = []
document.addEventListener('securitypolicyviolation', (event) => {
  refused.push(`${event.violatedDirective}: ${(event.target as Element | null)?.tagName ?? event.blockedURI}`)
})
const policy = document.createElement('meta')
policy.httpEquiv = 'Content-Security-Policy'
policy.content = `style-src 'self' 'nonce-${NONCE}'; require-trusted-types-for 'script'`
document.head.append(policy)

/** The nonce bundlers give the `<style>` elements they add (read by Radix's scroll lock). */
const global = globalThis as { __webpack_nonce__?: string }

beforeAll(async () => {
  const link = document.createElement('link')
  link.rel = 'stylesheet'
  link.href = kitStylesheet
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }))
  document.head.append(link)
  await loaded
})
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
    // The stylesheet's own rules apply (a visually hidden live region is clipped to a pixel).
    const live = document.querySelector('.bi-builder-live') as HTMLElement
    expect(live.getBoundingClientRect().width).toBeLessThanOrEqual(1)
    expect(refused).toEqual([])
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
