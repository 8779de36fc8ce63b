import { afterEach, describe, expect, it } from 'vitest'
import { encloses, isStickyScrollport, stickyScrollportOf } from './sticky-scrollport.ts'

afterEach(() => {
  document.body.replaceChildren()
  document.documentElement.style.overflow = ''
  document.body.style.overflow = ''
})

/** `<div style="…"><div style="…">…<div class="column">` in the body: the styles from the outside in. */
function nested(...styles: string[]): Element {
  let parent: Element = document.body
  for (const style of styles) {
    const box = document.createElement('div')
    box.setAttribute('style', style)
    parent.append(box)
    parent = box
  }
  const column = document.createElement('div')
  parent.append(column)
  return column
}

describe('stickyScrollportOf', () => {
  it('is the window where no ancestor scrolls (overflow visible or clip)', () => {
    expect(stickyScrollportOf(nested('overflow: visible', 'overflow: clip', ''))).toBeUndefined()
  })

  it('is the nearest ancestor whose overflow scrolls or hides, overflowing yet or not', () => {
    const column = nested('overflow-y: auto', 'overflow: hidden', 'display: grid')
    expect(stickyScrollportOf(column)).toBe(column.parentElement?.parentElement)
    const inScroll = nested('overflow-y: scroll', '')
    expect(stickyScrollportOf(inScroll)).toBe(inScroll.parentElement?.parentElement)
  })

  it("crosses a shadow root to its host's panel", () => {
    const panel = nested('overflow-y: auto', '')
    const host = panel.parentElement as HTMLElement
    const root = host.attachShadow({ mode: 'open' })
    const column = document.createElement('div')
    root.append(column)
    expect(stickyScrollportOf(column)).toBe(host.parentElement)
  })

  it("takes the body's overflow as the window's, unless the root element has one of its own", () => {
    const column = nested('')
    document.body.style.overflow = 'auto'
    expect(stickyScrollportOf(column)).toBeUndefined()
    document.documentElement.style.overflow = 'hidden'
    expect(stickyScrollportOf(column)).toBe(document.body)
  })

  it('never takes the root element for a panel; the body only beside an overflow of the root element’s own', () => {
    document.documentElement.style.overflow = 'auto'
    expect(isStickyScrollport(document.documentElement)).toBe(false)
    document.body.style.overflow = 'auto'
    expect(isStickyScrollport(document.body)).toBe(true)
    document.documentElement.style.overflow = ''
    expect(isStickyScrollport(document.body)).toBe(false)
  })
})

describe('encloses', () => {
  it('holds the element itself and what is inside it, through a shadow root to its host', () => {
    const column = nested('', '')
    const outer = column.parentElement?.parentElement as HTMLElement
    expect(encloses(outer, column)).toBe(true)
    expect(encloses(column, column)).toBe(true)
    expect(encloses(column, outer)).toBe(false)
    const inShadow = document.createElement('div')
    column.attachShadow({ mode: 'open' }).append(inShadow)
    expect(encloses(outer, inShadow)).toBe(true)
    expect(encloses(nested(''), inShadow)).toBe(false)
  })
})
