import { describe, expect, it } from 'vitest'
import { renderPreview } from './testing/browser-render.tsx'

/** The on-screen box of the first occurrence of `text` inside `root`. */
function boxOf(root: HTMLElement, text: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1
    if (at >= 0) {
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + text.length)
      return range.getBoundingClientRect()
    }
  }
  throw new Error(`"${text}" is not rendered`)
}

const ARABIC = 'هل تحتاج إلى نقل'
const ENGLISH = 'Hello Ahmed'

describe('right-to-left paragraphs (Chromium)', () => {
  it('each paragraph of a mixed body aligns by its own direction, and the time never covers text', () => {
    const { root } = renderPreview({
      type: 'button',
      body: { text: `${ENGLISH}\n${ARABIC}` },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
    })
    const body = root.querySelector('.bi-body') as HTMLElement
    const inner = body.getBoundingClientRect()
    const english = boxOf(body, ENGLISH)
    const arabic = boxOf(body, ARABIC)
    expect(english.left - inner.left).toBeLessThan(2)
    expect(inner.right - arabic.right).toBeLessThan(2)
    const time = (root.querySelector('.bi-time') as HTMLElement).getBoundingClientRect()
    expect(time.top >= arabic.bottom - 1 || time.left >= arabic.right || time.right <= arabic.left).toBe(true)
  })

  it('a right-to-left last line in an otherwise left-to-right footer puts the time on its own line', () => {
    const { root } = renderPreview({
      type: 'button',
      body: { text: ENGLISH },
      footer: { text: `Thanks\n${ARABIC}` },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
    })
    const footer = root.querySelector('.bi-footer') as HTMLElement
    const arabic = boxOf(footer, ARABIC)
    expect(footer.getBoundingClientRect().right - arabic.right).toBeLessThan(2)
    const time = (root.querySelector('.bi-time') as HTMLElement).getBoundingClientRect()
    expect(time.top).toBeGreaterThanOrEqual(arabic.bottom - 1)
  })
})
