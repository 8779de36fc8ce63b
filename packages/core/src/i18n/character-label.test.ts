import { describe, expect, it } from 'vitest'
import { readJsonText } from '../draft/json-text.ts'
import { describeCharacter, quotedCharacters } from './character-label.ts'
import { formatIssue } from './format-issue.ts'
import { coreMessagesSw } from './messages-sw.ts'

describe('character labels', () => {
  it('quote what shows and name by code point what draws nothing', () => {
    expect(quotedCharacters('}')).toBe('"}"')
    expect(quotedCharacters('tru')).toBe('"tru"')
    expect(quotedCharacters('😀')).toBe('"😀"')
    expect(quotedCharacters('\u00A0')).toBe('U+00A0')
    expect(quotedCharacters('\uFEFF')).toBe('U+FEFF')
    expect(describeCharacter('#')).toBe('"#" (U+0023)')
    expect(describeCharacter('\u200B')).toBe('U+200B')
  })

  it('name an invisible character pasted into JSON (a no-break space, U+FEFF) so the person can find it', () => {
    for (const [text, found] of [
      ['{\u00A0"type": "button"}', 'U+00A0'],
      ['\uFEFF{"type": "button"}', 'U+FEFF'],
      ['{"type":\u200B"button"}', 'U+200B'],
    ] as const) {
      const read = readJsonText(text)
      if (read.ok) return expect.unreachable(`read ${JSON.stringify(text)}`)
      expect(read.issue.message).toMatch(new RegExp(`found ${found.replace('+', '\\+')}$`))
      expect(formatIssue(read.issue, coreMessagesSw)).toMatch(
        new RegExp(`lakini imepatikana ${found.replace('+', '\\+')}$`),
      )
    }
  })
})
