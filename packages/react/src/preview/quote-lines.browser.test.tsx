import { describe, expect, it } from 'vitest'
import { renderPreview } from './testing/browser-render.tsx'

const message = (text: string) => ({
  type: 'button',
  body: { text },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
})

// WhatsApp Web reads "> " with nothing after it as a quote line: a quoted passage keeps its
// paragraphs, the empty line between them, in one quote with one bar.
describe('empty quote lines (Chromium)', () => {
  it('keep a quoted passage in one quote, its empty line drawn', () => {
    const { root } = renderPreview(message('Alisema:\n> Aya ya kwanza\n> \n> Aya ya pili'))
    const quotes = root.querySelectorAll('.bi-body blockquote')
    expect(quotes).toHaveLength(1)
    const quote = quotes[0] as HTMLElement
    const lineHeight = Number.parseFloat(getComputedStyle(quote).lineHeight)
    expect(quote.getBoundingClientRect().height).toBeGreaterThanOrEqual(3 * lineHeight - 0.5)
    expect(root.querySelector('.bi-body')).not.toHaveTextContent('>')
  })

  it('show the bar a line tall for a quote of "> " alone', () => {
    const { root } = renderPreview(message('Nukuu tupu:\n> '))
    const quote = root.querySelector('.bi-body blockquote') as HTMLElement
    const lineHeight = Number.parseFloat(getComputedStyle(quote).lineHeight)
    expect(quote.getBoundingClientRect().height).toBeGreaterThanOrEqual(lineHeight - 0.5)
    expect(Number.parseFloat(getComputedStyle(quote).borderInlineStartWidth)).toBeGreaterThan(0)
  })
})
