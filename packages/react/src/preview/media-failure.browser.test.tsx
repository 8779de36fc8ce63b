/// <reference types="@vitest/browser-playwright" />
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { renderPreview } from './testing/browser-render.tsx'

// Nothing listens on port 9 of the loopback: Chromium's request fails at once.
const UNREACHABLE = 'http://127.0.0.1:9/menu.png'

describe('a header link that does not load (Chromium)', () => {
  it('shows the placeholder saying so instead of a broken image', async () => {
    renderPreview({
      type: 'button',
      header: { type: 'image', image: { link: UNREACHABLE } },
      body: { text: 'Menyu ya leo' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Agiza' } }] },
    })
    await expect.element(page.getByRole('img', { name: 'The media did not load from this link' })).toBeVisible()
    expect(document.querySelector('.bi-preview img')).toBeNull()
  })
})
