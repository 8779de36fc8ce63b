import { LIMITS } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { renderPreview } from './testing/browser-render.tsx'

// Wide letters: 20 of them, at the limit, are wider than a phone's bubble.
const atLimit = 'W'.repeat(LIMITS.button.title.max)
const pastLimit = 'W'.repeat(LIMITS.button.title.max + 10)
const image = { type: 'image', image: { link: 'https://example.co.tz/a.jpg' } } as const

const messages = (label: string) =>
  ({
    reply: {
      type: 'button',
      body: { text: 'Chagua' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: label } }] },
    },
    url: {
      type: 'cta_url',
      body: { text: 'Soma' },
      action: { name: 'cta_url', parameters: { display_text: label, url: 'https://briq.tz' } },
    },
    list: {
      type: 'list',
      body: { text: 'Chagua' },
      action: { button: label, sections: [{ rows: [{ id: 'a', title: 'A' }] }] },
    },
    'carousel reply': {
      type: 'carousel',
      body: { text: 'Ofa' },
      action: {
        cards: [0, 1].map((card_index) => ({
          card_index,
          type: 'cta_url',
          header: image,
          action: { buttons: [{ type: 'quick_reply', quick_reply: { id: `q${card_index}`, title: label } }] },
        })),
      },
    },
    'carousel url': {
      type: 'carousel',
      body: { text: 'Ofa' },
      action: {
        cards: [0, 1].map((card_index) => ({
          card_index,
          type: 'cta_url',
          header: image,
          action: { name: 'cta_url', parameters: { display_text: label, url: 'https://briq.tz' } },
        })),
      },
    },
  }) as const

const labels = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.bi-action .bi-action-label')]
const lines = (element: HTMLElement) => {
  const range = document.createRange()
  range.selectNodeContents(element)
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
}

// A phone draws a button's label on one line and ends it in an ellipsis where the row is too
// narrow (the row is one label line high: 44 px); the label stays whole for assistive technology.
describe('button labels (Chromium)', () => {
  it.each(Object.keys(messages('')))('%s: one line, an ellipsis where it does not fit', (kind) => {
    const { root } = renderPreview(messages(atLimit)[kind as keyof ReturnType<typeof messages>], { compact: true })
    const found = labels(root)
    expect(found.length).toBeGreaterThan(0)
    for (const label of found) {
      expect(getComputedStyle(label).textOverflow).toBe('ellipsis')
      expect(label.scrollWidth).toBeGreaterThan(label.clientWidth)
      expect(lines(label)).toBe(1)
      expect(label.textContent).toBe(atLimit)
      expect((label.closest('.bi-action') as HTMLElement).getBoundingClientRect().height).toBe(44)
    }
  })

  it.each(Object.keys(messages('')))('%s: past its limit, wraps so its mark stays in sight', (kind) => {
    const { root } = renderPreview(messages(pastLimit)[kind as keyof ReturnType<typeof messages>], { compact: true })
    for (const label of labels(root)) {
      expect(lines(label)).toBeGreaterThan(1)
      const box = label.getBoundingClientRect()
      const mark = (label.querySelector('mark[data-overflow]') as HTMLElement).getBoundingClientRect()
      expect(mark.width).toBeGreaterThan(0)
      expect(mark.right).toBeLessThanOrEqual(box.right + 0.5)
      expect(mark.bottom).toBeLessThanOrEqual(box.bottom + 0.5)
    }
  })
})
