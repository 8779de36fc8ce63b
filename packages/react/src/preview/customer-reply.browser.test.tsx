import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
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

  for (const [locale, words, send] of [
    ['en', 'You: Kimara – Gerezani, Kila dakika 8', 'Send'],
    ['sw', 'Wewe: Kimara – Gerezani, Kila dakika 8', 'Tuma'],
  ] as const) {
    it(`a row chosen and sent from the sheet is said once in a polite live region, axe clean (${locale})`, async () => {
      const { root } = renderPreview(validFixtures.list, { locale })
      // Beside the region, not in it (a modal dialog elsewhere on the page keeps live regions exposed).
      const live = root.nextElementSibling as HTMLElement
      expect(live).toHaveAttribute('aria-live', 'polite')
      // Every text the live region gains, in order: what a screen reader would say from it.
      const said: string[] = []
      const observer = new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) said.push(node.textContent ?? '')
      })
      observer.observe(live, { childList: true, subtree: true, characterData: true })
      page.getByRole('button', { name: 'Chagua njia' }).element().focus()
      await userEvent.keyboard('{Enter}')
      await page.getByRole('radio', { name: /Kimara – Gerezani/ }).click()
      await page.getByRole('button', { name: send, exact: true }).click()
      await expect.element(page.getByRole('button', { name: 'Chagua njia' })).toHaveFocus()
      // Until the ticks show read, and the bubble's quote and time are in place.
      await expect
        .poll(() => root.querySelector('.bi-ticks-wrap')?.getAttribute('data-state'), { timeout: 5000 })
        .toBe('read')
      observer.disconnect()
      expect(said).toEqual([words])
      expect(live.textContent).toBe(words)
      expect((await axeReport(root)).violations).toEqual([])
    })
  }
})
