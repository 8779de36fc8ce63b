import { describe, expect, it, vi } from 'vitest'
import { validateInteractive } from '../validation/validate-interactive.ts'
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

describe('lookAlikeKey while a person types', () => {
  const rows = Array.from({ length: 10 }, (_, r) => ({ id: `njia-${r}`, title: `Njia ${r + 1}` }))
  const list = (body: string) => ({
    type: 'list',
    body: { text: body },
    action: { button: 'Chagua', sections: [{ title: 'Njia', rows }] },
  })

  it('reads the titles and ids no keystroke changed once, not on every validation', () => {
    validateInteractive(list('Karibu'))
    const normalize = vi.spyOn(String.prototype, 'normalize')
    try {
      validateInteractive(list('Karibu s'))
      validateInteractive(list('Karibu sa'))
      const read = normalize.mock.contexts.map(String)
      for (const { id, title } of rows) {
        expect(read).not.toContain(id)
        expect(read).not.toContain(title)
      }
    } finally {
      normalize.mockRestore()
    }
  })

  it('still reads each text right once many were read, and texts longer than any title or id', () => {
    for (let n = 0; n < 1200; n++) expect(lookAlikeKey(` Njia\u00A0${n} `)).toBe(`Njia ${n}`)
    const long = `${'a'.repeat(300)}\u200B `
    expect(lookAlikeKey(long)).toBe('a'.repeat(300))
    expect(lookAlikeKey(long)).toBe('a'.repeat(300))
  })
})
