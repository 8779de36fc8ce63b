import { describe, expect, it } from 'vitest'
import { READ_MORE, readMoreIndex } from './read-more.ts'

describe('readMoreIndex', () => {
  it('shows a text of up to 844 characters whole, cuts one of 845 after 768', () => {
    expect(READ_MORE.shown).toBe(768)
    expect(readMoreIndex('a'.repeat(768))).toBe(-1)
    expect(readMoreIndex('a'.repeat(844))).toBe(-1)
    expect(readMoreIndex('a'.repeat(845))).toBe(768)
    expect(readMoreIndex('a'.repeat(1024))).toBe(768)
  })

  it('counts characters (code points), not UTF-16 units', () => {
    // 844 emoji are 1688 UTF-16 units, still shown whole; 845 are cut after the 768th emoji.
    expect(readMoreIndex('😀'.repeat(844))).toBe(-1)
    expect(readMoreIndex('😀'.repeat(845))).toBe(768 * 2)
  })

  it('never cuts inside a character the reader sees as one', () => {
    const family = '👨‍👩‍👧‍👦' // 7 code points joined by zero-width joiners
    const text = `${'a'.repeat(765)}${family}${'b'.repeat(100)}`
    expect(readMoreIndex(text)).toBe(765)
    const accented = `${'a'.repeat(767)}e\u0301${'b'.repeat(100)}`
    expect(readMoreIndex(accented)).toBe(767)
  })

  it('answers -1 for what is not a string', () => {
    expect(readMoreIndex(undefined as unknown as string)).toBe(-1)
  })
})
