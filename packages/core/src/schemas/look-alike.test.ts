import { describe, expect, it } from 'vitest'
import { lookAlikeKey } from './look-alike.ts'

describe('lookAlikeKey', () => {
  it('reads text as it looks: composed accents, no invisible format characters, single spaces', () => {
    expect(lookAlikeKey('Cafe\u0301')).toBe('Caf\u00e9')
    expect(lookAlikeKey('\uFEFF Karibu\u200B\u00A0\tsana \u2066')).toBe('Karibu sana')
    expect(lookAlikeKey('\u200Fمرحبا\u200E')).toBe('مرحبا')
  })

  it('keeps what changes how text looks: case, joiners in emoji and Indic or Persian words, flag tags', () => {
    expect(lookAlikeKey('YES')).toBe('YES')
    const family = '👨\u200D👩\u200D👧'
    expect(lookAlikeKey(family)).toBe(family)
    expect(lookAlikeKey('می\u200Cخواهم')).toBe('می\u200Cخواهم')
    const england = '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}'
    expect(lookAlikeKey(england)).toBe(england)
  })
})
