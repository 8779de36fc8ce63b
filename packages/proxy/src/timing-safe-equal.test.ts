import { describe, expect, it } from 'vitest'
import { timingSafeEqual, timingSafeTextMatcher } from './timing-safe-equal.ts'

describe('constant-time comparisons', () => {
  it('compares bytes of equal length', () => {
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true)
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false)
    expect(timingSafeEqual(new Uint8Array([1]), new Uint8Array([1, 2]))).toBe(false)
  })

  it.each([
    ['the secret', 'the secret', true],
    ['the secreT', 'the secret', false],
    ['the secret ', 'the secret', false],
    ['the secre', 'the secret', false],
    ['', 'the secret', false],
    ['x'.repeat(300), 'x'.repeat(300), true],
    [`${'x'.repeat(299)}y`, 'x'.repeat(300), false],
    ['the secret\u0000', 'the secret', false],
    ['the secretthe secret', 'the secret', false],
    ['t', 't', true],
    ['', '', true],
  ])('%j against %j is %s', (provided, secret, equal) => {
    expect(timingSafeTextMatcher(secret)(provided)).toBe(equal)
  })
})
