import { describe, expect, it } from 'vitest'
import { MAX_QUOTED_CHARACTERS, quoted } from './quoted.ts'

describe('quoted', () => {
  it('quotes a short value whole, as JSON', () => {
    expect(quoted('Ndiyo 👍')).toBe('"Ndiyo 👍"')
    expect(quoted(42)).toBe('42')
  })

  it('cuts a long value between characters: never half an emoji, a flag or a family', () => {
    for (const unit of ['👍', '🇹🇿', '👨‍👩‍👧', 'é', 'e\u0301', 'हाँ']) {
      const text = quoted(unit.repeat(100))
      expect(text.endsWith('…'), unit).toBe(true)
      const kept = text.slice(1, -1)
      // Only whole copies of the unit are kept, and no more than the limit in code points.
      expect(kept.split(unit).join(''), unit).toBe('')
      expect([...text].length - 1, unit).toBeLessThanOrEqual(MAX_QUOTED_CHARACTERS)
    }
  })
})
