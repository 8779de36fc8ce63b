import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { renderPreview } from './testing/browser-render.tsx'

const message = {
  type: 'button',
  body: { text: 'Maswali? Tuandikie msaada@briq.tz au piga _+255 712 345 678_.' },
  footer: { text: 'Duka: +1-202-555-0143' },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
}

describe('e-mail addresses and phone numbers in the text are links (Chromium)', () => {
  for (const locale of ['en', 'sw'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`named by their text, reached by Tab in reading order, axe clean (${locale}, ${theme})`, async () => {
        const { root } = renderPreview(message, { locale, theme })
        const email = page.getByRole('link', { name: 'msaada@briq.tz' })
        const phone = page.getByRole('link', { name: '+255 712 345 678' })
        const footerPhone = page.getByRole('link', { name: '+1-202-555-0143' })
        await expect.element(email).toHaveAttribute('href', 'mailto:msaada@briq.tz')
        await expect.element(phone).toHaveAttribute('href', 'tel:+255712345678')
        await expect.element(footerPhone).toHaveAttribute('href', 'tel:+12025550143')
        await userEvent.tab()
        await expect.element(email).toHaveFocus()
        await userEvent.tab()
        await expect.element(phone).toHaveFocus()
        await userEvent.tab()
        await expect.element(footerPhone).toHaveFocus()
        // Drawn as the preview's links are, inside the italics that wrap the number.
        const phoneElement = phone.element() as HTMLElement
        expect(phoneElement.closest('em')).not.toBeNull()
        expect(getComputedStyle(phoneElement).color).toBe(getComputedStyle(email.element() as HTMLElement).color)
        expect((await axeReport(root)).violations).toEqual([])
      })
    }
  }
})

describe('a link in the text shows the kit’s focus ring (Chromium)', () => {
  it('is outlined in --bi-focus when reached from the keyboard, as every other control of the preview', async () => {
    const { container } = renderPreview(message, { theme: 'light' })
    ;(container.firstElementChild as HTMLElement).style.setProperty('--bi-focus', 'rgb(1, 2, 3)')
    await userEvent.tab()
    const email = page.getByRole('link', { name: 'msaada@briq.tz' })
    await expect.element(email).toHaveFocus()
    const ring = getComputedStyle(email.element())
    expect([ring.outlineStyle, ring.outlineColor, ring.outlineWidth]).toEqual(['solid', 'rgb(1, 2, 3)', '2px'])
  })
})
