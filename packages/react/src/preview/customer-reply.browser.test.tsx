import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

describe('reply buttons: playing the customer (Chromium)', () => {
  it('a tap calls onReply with button_reply {id,title} and shows the quoting reply bubble with ticks', async () => {
    const onReply = vi.fn()
    const { root } = renderPreview(validFixtures.buttonTextHeader, { onReply, businessName: 'Mama Neema' })
    await page.getByRole('button', { name: 'Nitachukua mwenyewe' }).click()
    expect(onReply).toHaveBeenCalledTimes(1)
    expect(onReply).toHaveBeenCalledWith({
      type: 'button_reply',
      button_reply: { id: 'pickup', title: 'Nitachukua mwenyewe' },
    })
    const reply = root.querySelector<HTMLElement>('.bi-bubble[data-direction="out"][data-reply="button_reply"]')
    expect(reply).not.toBeNull()
    await expect.element(reply as HTMLElement).toBeVisible()
    expect(reply?.querySelector('.bi-quote-author')?.textContent).toBe('Mama Neema')
    expect(reply?.querySelector('.bi-quote-text')?.textContent).toBe('Uthibitisho wa oda 🛒')
    expect(reply?.querySelector('.bi-reply-title')?.textContent).toBe('Nitachukua mwenyewe')
    // The reply sits to the right of the business bubble, as the customer's own message.
    const incoming = root.querySelector('.bi-bubble[data-direction="in"]') as HTMLElement
    expect(reply?.getBoundingClientRect().right).toBeGreaterThan(incoming.getBoundingClientRect().right)
    await expect
      .poll(() => reply?.querySelector('.bi-ticks-wrap')?.getAttribute('data-state'), { timeout: 5000 })
      .toBe('read')
  })

  it('a keyboard press on a reply button replies too, and tapping again replaces the reply', async () => {
    const onReply = vi.fn()
    const { root } = renderPreview(validFixtures.buttonTextHeader, { onReply })
    page.getByRole('button', { name: 'Leo jioni' }).element().focus()
    await userEvent.keyboard('{Enter}')
    await page.getByRole('button', { name: 'Kesho asubuhi' }).click()
    expect(onReply.mock.calls.map(([r]) => r.button_reply.id)).toEqual(['deliver_today', 'deliver_tomorrow'])
    const replies = root.querySelectorAll('.bi-bubble[data-direction="out"]')
    expect(replies).toHaveLength(1)
    expect(replies[0]?.querySelector('.bi-reply-title')?.textContent).toBe('Kesho asubuhi')
  })
})
