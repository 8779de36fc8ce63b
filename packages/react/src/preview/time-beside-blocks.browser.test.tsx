import { describe, expect, it } from 'vitest'
import { renderPreview } from './testing/browser-render.tsx'

const message = (text: string) => ({
  type: 'button',
  body: { text },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
})

const box = (root: HTMLElement, selector: string): DOMRect => {
  const found = [...root.querySelectorAll(selector)].pop()
  if (!found) throw new Error(`no ${selector}`)
  return found.getBoundingClientRect()
}

// On a phone the time takes the end of a message's last line when there is room, whatever that
// line is: a list item or a quoted line as much as a plain one (it never gets a line of its own
// there, which would make the bubble a line taller than WhatsApp's).
describe('the time beside a body that ends in a list or a quote (Chromium)', () => {
  it.each([
    ['a bulleted list', 'Chagua:\n- Mchele\n- Maharage', '.bi-body li'],
    ['a numbered list', 'Hatua:\n1. Lipa\n2. Pokea', '.bi-body li'],
    ['a quote', 'Alisema:\n> Haraka haraka', '.bi-body blockquote'],
  ])('sits on the last line of %s', (_, text, last) => {
    const { root } = renderPreview(message(text))
    const line = box(root, last)
    const time = box(root, '.bi-meta')
    const middle = (time.top + time.bottom) / 2
    expect(middle).toBeGreaterThan(line.top)
    expect(middle).toBeLessThan(line.bottom)
    // The body is no taller than its lines: three for each of these texts.
    expect(box(root, '.bi-body').height).toBeLessThan(3 * 19 + 10)
  })

  it('still keeps the time clear of a last list item that fills its line', () => {
    const { root } = renderPreview(message(`Chagua:\n- ${'Mchele mzuri '.repeat(3)}Mwisho`))
    const item = root.querySelector('.bi-body li:last-child') as HTMLElement
    // The words' own boxes (the time's spacer among them is the room kept for it).
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT)
    const rects: DOMRect[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = document.createRange()
      words.selectNodeContents(node)
      rects.push(...[...words.getClientRects()].filter((rect) => rect.width > 0))
    }
    expect(rects.length).toBeGreaterThan(1)
    const time = box(root, '.bi-meta')
    for (const rect of rects) {
      const overlaps =
        rect.right > time.left && rect.left < time.right && rect.bottom > time.top && rect.top < time.bottom
      expect(overlaps).toBe(false)
    }
  })
})
