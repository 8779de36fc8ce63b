import { describe, expect, it } from 'vitest'
import { equalData } from './equal-data.ts'

describe('equalData', () => {
  it('compares plain data by content', () => {
    expect(equalData({ a: [1, { b: 'x' }], c: undefined }, { a: [1, { b: 'x' }], c: undefined })).toBe(true)
    expect(equalData(Number.NaN, Number.NaN)).toBe(true)
  })
  it('tells different data apart', () => {
    expect(equalData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false)
    expect(equalData({ a: 1 }, { b: 1 })).toBe(false)
    expect(equalData({ a: undefined }, {})).toBe(false)
    expect(equalData([], {})).toBe(false)
    expect(equalData(null, {})).toBe(false)
    expect(equalData({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false)
  })
})
