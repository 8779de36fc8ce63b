import { describe, expect, it } from 'vitest'
import { draftJsonText } from './draft-json-text.ts'

describe('draftJsonText', () => {
  it('writes as JSON does, indented or not', () => {
    const value = { a: [1, 'x', null, true], b: { c: 2 } }
    expect(draftJsonText(value)).toBe(JSON.stringify(value))
    expect(draftJsonText(value, 2)).toBe(JSON.stringify(value, null, 2))
    expect(draftJsonText(undefined)).toBe('null')
  })

  it('writes a number too large for JSON as 1e999, read back as the same number; NaN stays null', () => {
    const value = { n: Number.POSITIVE_INFINITY, at: [Number.NEGATIVE_INFINITY, Number.NaN] }
    expect(draftJsonText(value)).toBe('{"n":1e999,"at":[-1e999,null]}')
    expect(JSON.parse(draftJsonText(value))).toEqual({
      n: Number.POSITIVE_INFINITY,
      at: [Number.NEGATIVE_INFINITY, null],
    })
  })

  it('throws as JSON does on what it cannot hold', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(() => draftJsonText(cycle)).toThrow(TypeError)
    expect(() => draftJsonText({ big: 1n })).toThrow(TypeError)
  })
})
