import { describe, expect, it } from 'vitest'
import { MAX_QUOTED_CHARACTERS, quoted, shortKey } from './quoted.ts'
import { validateInteractive } from './validation/validate-interactive.ts'

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

  it('names a long unknown key in its sentence cut between characters, never inside an emoji or a flag', () => {
    // 41 UTF-16 units before: the old cut at 40 units left half of the 20th emoji.
    const key = `a${'😀'.repeat(25)}`
    const result = validateInteractive({ type: 'button', body: { text: 'Habari' }, action: { buttons: [] }, [key]: 1 })
    const issue = result.ok ? undefined : result.issues.find((found) => found.code === 'unknown_key')
    expect(issue?.path).toEqual([key])
    expect(issue?.params?.key).toBe(`a${'😀'.repeat(25)}`)
    expect(shortKey(`a${'😀'.repeat(45)}`)).toBe(`a${'😀'.repeat(39)}…`)
    // A flag is two code points: the cut at 40 falls inside the 20th flag, which goes whole.
    expect(shortKey(`a${'🇹🇿'.repeat(30)}`)).toBe(`a${'🇹🇿'.repeat(19)}…`)
    expect(issue?.message).not.toMatch(/\p{Cs}/u)
  })
})
