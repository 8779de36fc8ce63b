import { describe, expect, it } from 'vitest'
import { COUNT_OPTION_WORDS, isCountOption } from './index.ts'

describe('isCountOption', () => {
  it('takes whole numbers from 1', () => {
    for (const value of [1, 64 * 1024, Number.MAX_SAFE_INTEGER]) expect(isCountOption(value)).toBe(true)
  })

  it('refuses 0, fractions, unsafe, non-finite and non-numbers', () => {
    for (const value of [0, -1, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, '1024', null, undefined]) {
      expect(isCountOption(value)).toBe(false)
    }
  })

  it('words what it takes', () => {
    expect(COUNT_OPTION_WORDS).toBe('a whole number ≥ 1')
  })
})
