import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderPreview } from './testing/browser-render.tsx'

const LONG = 'Mwanzo_'.padEnd(300, 'x')
const word = (n: number) => LONG.slice(0, n)

/** Descendants of each container that stick out of it sideways. */
function outside(containers: Iterable<HTMLElement>): string[] {
  const out: string[] = []
  for (const container of containers) {
    const { left, right } = container.getBoundingClientRect()
    for (const el of container.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.bi-sr-only') || el.closest('.bi-carousel') !== container.closest('.bi-carousel')) continue
      const box = el.getBoundingClientRect()
      if (box.width === 0) continue
      if (box.left < left - 0.5 || box.right > right + 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className}`)
    }
  }
  return out
}

describe('long unbroken words stay inside their bubble (Chromium)', () => {
  it.each([
    [
      'button',
      {
        type: 'button',
        header: { type: 'text', text: word(60) },
        body: { text: `${word(300)} *${word(200)}* \`${word(100)}\`` },
        footer: { text: word(60) },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: word(20) } }] },
      },
    ],
    [
      'document',
      {
        type: 'button',
        header: { type: 'document', document: { link: 'https://a.tz/x.pdf', filename: `${word(200)}.pdf` } },
        body: { text: word(100) },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: word(30) } }] },
      },
    ],
    [
      'product',
      { type: 'product', body: { text: word(80) }, action: { catalog_id: 'c', product_retailer_id: word(120) } },
    ],
    [
      'carousel',
      {
        type: 'carousel',
        body: { text: word(200) },
        action: {
          cards: [0, 1].map((i) => ({
            card_index: i,
            type: 'cta_url',
            header: { type: 'image', image: { link: 'https://a.tz/x.jpg' } },
            body: { text: word(160) },
            action: { name: 'cta_url', parameters: { display_text: word(20), url: 'https://a.tz' } },
          })),
        },
      },
    ],
  ])('%s', async (_name, value) => {
    const { root } = renderPreview(value, { businessName: word(80) })
    expect(outside(root.querySelectorAll<HTMLElement>('.bi-bubble, .bi-card'))).toEqual([])
    const reply = root.querySelector<HTMLElement>('.bi-bubble .bi-action[data-kind="reply"]')
    if (reply) {
      await userEvent.click(reply)
      expect(root.querySelector('.bi-bubble[data-direction="out"]')).not.toBeNull()
      expect(outside(root.querySelectorAll<HTMLElement>('.bi-bubble, .bi-card'))).toEqual([])
    }
  })

  it('in the list sheet and the list reply', async () => {
    const { root } = renderPreview(
      {
        type: 'list',
        body: { text: word(100) },
        action: {
          button: 'Open',
          sections: [{ title: word(24), rows: [{ id: 'r', title: word(24), description: word(72) }] }],
        },
      },
      { businessName: word(80) },
    )
    await userEvent.click(page.getByRole('button', { name: 'Open' }))
    const sheet = root.querySelector('.bi-sheet') as HTMLElement
    expect(outside([sheet])).toEqual([])
    await userEvent.click(page.getByRole('radio'))
    await userEvent.click(page.getByRole('button', { name: 'Send' }))
    expect(outside(root.querySelectorAll<HTMLElement>('.bi-bubble'))).toEqual([])
    // A long business name ends in an ellipsis on one line, as WhatsApp shows a quoted author.
    const author = root.querySelector('.bi-quote-author') as HTMLElement
    expect(getComputedStyle(author).textOverflow).toBe('ellipsis')
    expect(author.getBoundingClientRect().height).toBeLessThanOrEqual(22.5)
  })
})
