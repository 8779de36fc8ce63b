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
  it('has no direction without letters', () => {
    expect(lastLineDirection('123 👍')).toBeUndefined()
    expect(lastLineDirection('')).toBeUndefined()
    expect(lastLineDirection(undefined)).toBeUndefined()
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
