import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from './parse-retry-after.ts'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T10:00:00Z')
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('1.5', now)).toBe(1500)
  })
  it('reads an HTTP-date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:59:00 GMT', now)).toBe(0)
  })
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined()
    expect(parseRetryAfter('', now)).toBeUndefined()
    expect(parseRetryAfter('-5', now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    // Too many digits for a number: no hold of Infinity, worded "Infinity hours NaN minutes".
    expect(parseRetryAfter('9'.repeat(400), now)).toBeUndefined()
  })
})
