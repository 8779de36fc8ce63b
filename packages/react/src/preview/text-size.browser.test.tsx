import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

afterEach(() => {
  document.documentElement.style.fontSize = ''
})

const style = (root: ParentNode, selector: string) => {
  const element = root.querySelector(selector)
  if (!(element instanceof Element)) throw new Error(`no ${selector}`)
  return getComputedStyle(element)
}
const sizes = (root: ParentNode, selector: string) => {
  const { fontSize, lineHeight } = style(root, selector)
  return [fontSize, lineHeight]
}

// WCAG 2.2 1.4.4 (Resize text): a reader who sets a larger default text size gets larger message
// text, as the rest of the kit and a phone's own text-size setting do; the phone stays a phone
// (frame, bubbles' padding and radius, media keep their size). On a host whose root is smaller
// (62.5%), and at the default 16 px, the preview keeps WhatsApp's sizes.
describe('the preview and the reader’s default text size (Chromium)', () => {
  it('grows the message text and the boxes that hold it by the root’s size (20 px: ×1.25)', async () => {
    document.documentElement.style.fontSize = '20px'
    const { root } = renderPreview(validFixtures.buttonTextHeader)
    expect(sizes(root, '.bi-body')).toEqual(['17.75px', '23.75px'])
    expect(sizes(root, '.bi-header')).toEqual(['18.75px', '25px'])
    expect(sizes(root, '.bi-footer')).toEqual(['16.25px', '21.25px'])
    expect(sizes(root, '.bi-meta')).toEqual(['13.75px', '18.75px'])
    expect(style(root, '.bi-text').padding).toBe('6px 7px 8px 9px')
    expect(style(root, '.bi-bubble').borderTopRightRadius).toBe('7.5px')
    for (const row of root.querySelectorAll('.bi-bubble .bi-action')) {
      expect(getComputedStyle(row).fontSize).toBe('18.125px')
      expect(row.getBoundingClientRect().height).toBeGreaterThanOrEqual(55)
    }
    // The time keeps clear of the footer's last words: its spacer grew with it.
    const spacer = (root.querySelector('.bi-footer .bi-meta-spacer') as HTMLElement).getBoundingClientRect()
    const time = (root.querySelector('.bi-meta') as HTMLElement).getBoundingClientRect()
    expect(spacer.width).toBeGreaterThanOrEqual(time.width)
  })

  // A 12-hour clock's time is about 20 px wider than a 24-hour one's (en-US: `12:59 PM`).
  it.each(['16px', '20px'])('keeps a 12-hour time clear of the footer’s last words at a root of %s', (rootSize) => {
    document.documentElement.style.fontSize = rootSize
    const { root } = renderPreview(validFixtures.buttonTextHeader, { locale: 'en-US', time: '2026-11-24T12:59:00' })
    const meta = root.querySelector('.bi-meta') as HTMLElement
    expect(meta.textContent).toBe('12:59\u00a0PM')
    const spacer = (root.querySelector('.bi-footer .bi-meta-spacer') as HTMLElement).getBoundingClientRect()
    expect(spacer.width).toBeGreaterThanOrEqual(
      meta.getBoundingClientRect().width + Number.parseFloat(getComputedStyle(meta).right),
    )
  })

  it('grows the list sheet’s title, rows and descriptions too', async () => {
    document.documentElement.style.fontSize = '20px'
    renderPreview(validFixtures.list)
    await page.getByRole('button', { name: 'Chagua njia' }).click()
    const sheet = page.getByRole('dialog', { name: 'Chagua njia' }).element()
    expect(style(sheet, '.bi-sheet-row-title').fontSize).toBe('19.375px')
    expect(style(sheet, '.bi-sheet-row-description').fontSize).toBe('16.875px')
    expect(style(sheet, '.bi-sheet-row').minHeight).toBe('65px')
  })

  it.each(['16px', '62.5%'])('keeps WhatsApp’s sizes at a root of %s', (rootSize) => {
    document.documentElement.style.fontSize = rootSize
    const { root } = renderPreview(validFixtures.buttonTextHeader)
    expect(sizes(root, '.bi-body')).toEqual(['14.2px', '19px'])
    expect(sizes(root, '.bi-header')).toEqual(['15px', '20px'])
    expect(sizes(root, '.bi-meta')).toEqual(['11px', '15px'])
    for (const row of root.querySelectorAll('.bi-bubble .bi-action'))
      expect(row.getBoundingClientRect().height).toBe(44)
  })
})
