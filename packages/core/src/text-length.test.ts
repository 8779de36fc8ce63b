import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  countCharacters,
  countLineBreaks,
  lineBreakOverflowIndex,
  nextLineBreak,
  overflowIndex,
} from './text-length.ts'

describe('countCharacters', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(countCharacters('abc')).toBe(3)
    expect(countCharacters('👍')).toBe(1)
    expect('👍'.length).toBe(2)
    expect(countCharacters('👍🏽')).toBe(2)
    expect(countCharacters('')).toBe(0)
  })
  it('counts a lone surrogate as one', () => {
    expect(countCharacters('\ud83d')).toBe(1)
    expect(countCharacters('a\udc00b')).toBe(3)
    expect(countCharacters('\ud83d\ud83d\udc4d\udc4d')).toBe(3)
  })
  it('agrees with the string iterator on any UTF-16 text, lone surrogates included', () => {
    // Any code unit (lone surrogates too), and whole pairs, in any order.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('\ud83d', '\udc4d', '👍🏽', 'é', 'a'),
    )
    fc.assert(
      fc.property(
        fc.array(unit).map((parts) => parts.join('')),
        (text) => {
          expect(countCharacters(text)).toBe(Array.from(text).length)
        },
      ),
    )
  })
})

describe('overflowIndex', () => {
  it('returns the UTF-16 index where the text passes the limit', () => {
    expect(overflowIndex('abcdef', 4)).toBe(4)
    expect(overflowIndex('👍👍👍', 2)).toBe(4)
    expect(overflowIndex('abc', 3)).toBe(-1)
    expect(overflowIndex('', 0)).toBe(-1)
  })

  it('starts at the character that passes the limit, never inside an emoji or after a letter before its accent', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}' // 👨‍👩‍👧: 5 code points, one character
    expect(overflowIndex(`${'x'.repeat(19)}${family}`, 20)).toBe(19)
    expect(overflowIndex(`${'y'.repeat(1023)}\u{1F1F9}\u{1F1FF}z`, 1024)).toBe(1023) // the flag 🇹🇿
    expect(overflowIndex(`${'x'.repeat(59)}e\u0301`, 60)).toBe(59) // é as e + combining acute
    expect(overflowIndex('\u{1F44D}\u{1F3FD}!', 1)).toBe(0) // 👍🏽 passes a limit of 1 as a whole
    // A character that begins within the limit and ends past it is marked whole; one that ends at it is not.
    expect(overflowIndex(`ab${family}`, 7)).toBe(-1)
    expect(overflowIndex(`ab${family}c`, 7)).toBe(10)
  })
})

describe('countLineBreaks', () => {
  it('counts CRLF once and CR, LF, U+2028 and U+2029 each as a break', () => {
    expect(countLineBreaks('one line')).toBe(0)
    expect(countLineBreaks('a\nb\r\nc\rd\u2028e\u2029f')).toBe(5)
    expect(countLineBreaks('\n\n')).toBe(2)
  })
})

describe('nextLineBreak', () => {
  it('finds the next break at or after from, a CRLF as one break of length 2', () => {
    const text = 'a\r\nb\u2028c\rd\u2029e\nf'
    expect(nextLineBreak(text, 0)).toEqual({ at: 1, length: 2 })
    expect(nextLineBreak(text, 3)).toEqual({ at: 4, length: 1 })
    expect(nextLineBreak(text, 5)).toEqual({ at: 6, length: 1 })
    expect(nextLineBreak(text, 8)).toEqual({ at: 8, length: 1 })
    expect(nextLineBreak(text, 9)).toEqual({ at: 10, length: 1 })
    expect(nextLineBreak(text, 11)).toBeUndefined()
  })
})

describe('lineBreakOverflowIndex', () => {
  it('is the index of the first line break past max, counted as countLineBreaks counts', () => {
    expect(lineBreakOverflowIndex('a\nb\nc', 2)).toBe(-1)
    expect(lineBreakOverflowIndex('a\nb\nc\nd', 2)).toBe(5)
    expect(lineBreakOverflowIndex('a\r\nb\rc\u2028d', 2)).toBe(6)
    expect(lineBreakOverflowIndex('a\u2029b', 0)).toBe(1)
    expect(lineBreakOverflowIndex('a\r\nb', 1)).toBe(-1)
  })

  it('agrees with countLineBreaks on any text', () => {
    const breaky = fc.string({ unit: fc.constantFrom('a', '\n', '\r', '\u2028', '\u2029', ' ') })
    fc.assert(
      fc.property(breaky, fc.nat(6), (text, max) => {
        const index = lineBreakOverflowIndex(text, max)
        if (countLineBreaks(text) <= max) expect(index).toBe(-1)
        else expect(countLineBreaks(text.slice(0, index))).toBe(max)
      }),
    )
  })
})
