import { describe, expect, it } from 'vitest'
import { lastLineDirection } from './text-direction.ts'

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
