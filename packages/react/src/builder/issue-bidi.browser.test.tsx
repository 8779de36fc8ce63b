import { describe, expect, it } from 'vitest'
import { renderBuilder } from './testing/browser-builder.tsx'

const ARABIC = 'نعم!'

/** The on-screen box of the character at `index` of a text node. */
const boxAt = (node: Text, index: number): DOMRect => {
  const range = document.createRange()
  range.setStart(node, index)
  range.setEnd(node, index + 1)
  return range.getBoundingClientRect()
}

// An Arabic value quoted in an English sentence: its "!" belongs to it (at its left, where an
// Arabic sentence ends), and the closing quote stays after the whole value, not between.
describe('an issue sentence keeps the punctuation with a right-to-left value (Chromium)', () => {
  it('shows "!" at the left of نعم and both quotes outside it', () => {
    const reply = (id: string) => ({ type: 'reply', reply: { id, title: ARABIC } })
    const { root } = renderBuilder({
      defaultValue: { type: 'button', body: { text: 'Hi' }, action: { buttons: [reply('a'), reply('b')] } },
    })
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let sentence: Text | undefined
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
      if (node.textContent?.includes('is the same as')) sentence = node as Text
    if (sentence === undefined) return expect.unreachable('no issue sentence on screen')
    const text = sentence.data
    const first = text.indexOf('ن')
    const last = text.indexOf('م', first)
    const bang = text.indexOf('!', first)
    const open = text.lastIndexOf('"', first)
    const close = text.indexOf('"', bang)
    const nun = boxAt(sentence, first)
    const mim = boxAt(sentence, last)
    const mark = boxAt(sentence, bang)
    const opening = boxAt(sentence, open)
    const closing = boxAt(sentence, close)
    // Arabic reads right to left: نعم's first letter is its rightmost, its "!" its leftmost.
    expect(nun.left).toBeGreaterThan(mim.left)
    expect(mark.right).toBeLessThanOrEqual(mim.left + 0.5)
    expect(opening.right).toBeLessThanOrEqual(mark.left + 0.5)
    expect(closing.left).toBeGreaterThanOrEqual(nun.right - 0.5)
  })
})
