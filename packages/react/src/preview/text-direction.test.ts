import { describe, expect, it } from 'vitest'
import { isolateDirection, lastLineDirection } from './text-direction.ts'

describe('lastLineDirection', () => {
  it('reads the first letter of the last non-empty line', () => {
    expect(lastLineDirection('Hello\nمرحبا')).toBe('rtl')
    expect(lastLineDirection('مرحبا\nHello')).toBe('ltr')
    expect(lastLineDirection('שלום 123\n\n')).toBe('rtl')
    expect(lastLineDirection('*123* مرحبا')).toBe('rtl')
    expect(lastLineDirection('Jambo 👋🏾')).toBe('ltr')
  })
  it('ends a line at every break the preview ends one at, not only a line feed', () => {
    // A lone CR and the Unicode line and paragraph separators end a line too (core's nextLineBreak).
    expect(lastLineDirection('Thanks\u2028مرحبا')).toBe('rtl')
    expect(lastLineDirection('Thanks\u2029שלום')).toBe('rtl')
    expect(lastLineDirection('مرحبا\rHello')).toBe('ltr')
  })
  it('reads the direction marks as the bidi algorithm does: strong, like a letter', () => {
    // RLM and ALM are strong right-to-left, LRM strong left-to-right (UAX #9, rule P2).
    expect(lastLineDirection('\u200FHello 24')).toBe('rtl')
    expect(lastLineDirection('\u061C24 Hello')).toBe('rtl')
    expect(lastLineDirection('\u200Eمرحبا')).toBe('ltr')
  })
  it('has no direction without letters', () => {
    expect(lastLineDirection('123 👍')).toBeUndefined()
    expect(lastLineDirection('')).toBeUndefined()
    expect(lastLineDirection(undefined)).toBeUndefined()
  })
  it('with ownLines, lets the last line with text decide alone, as a line of its own direction does', () => {
    expect(lastLineDirection('مرحبا\n12345')).toBe('rtl')
    expect(lastLineDirection('مرحبا\n12345', { ownLines: true })).toBeUndefined()
    expect(lastLineDirection('مرحبا\n👍', { ownLines: true })).toBeUndefined()
    expect(lastLineDirection('שלום 123\n\n', { ownLines: true })).toBe('rtl')
    expect(lastLineDirection('Hello\nمرحبا 1', { ownLines: true })).toBe('rtl')
  })
})

describe('isolateDirection', () => {
  it('isolates a name holding right-to-left letters, wherever they are', () => {
    expect(isolateDirection('أحمد سالم')).toBe('\u2068أحمد سالم\u2069')
    expect(isolateDirection('Mama מרים')).toBe('\u2068Mama מרים\u2069')
  })
  it('leaves other text as it is', () => {
    expect(isolateDirection('Amina Juma')).toBe('Amina Juma')
    expect(isolateDirection('Duka 24 👋🏾')).toBe('Duka 24 👋🏾')
  })
})
