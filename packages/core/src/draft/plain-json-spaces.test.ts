import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { readJsonText } from './json-text.ts'
import { plainJsonSpaces } from './plain-json-spaces.ts'

// As pasted from a web page, Word or WhatsApp Web: a no-break space after a colon, a zero-width
// space before a key, U+FEFF at the start, a line separator between members.
const PASTED = '\uFEFF{"type":\u00A0"button",\u200B"body":\u2028{"text": "Bei\u00A0ni 5\u200B"}}'

describe('plainJsonSpaces', () => {
  it('makes pasted text parse, keeping what is inside quotes as typed', () => {
    expect(readJsonText(PASTED).ok).toBe(false)
    const plain = plainJsonSpaces(PASTED)
    expect(plain?.text).toBe('{"type": "button","body":\n{"text": "Bei\u00A0ni 5\u200B"}}')
    const read = readJsonText(plain?.text ?? '')
    expect(read.ok && read.value).toEqual({ type: 'button', body: { text: 'Bei\u00A0ni 5\u200B' } })
  })

  it('keeps an escaped quote inside a string from ending it', () => {
    expect(plainJsonSpaces('{"a": "say \\"hi\u00A0\\"",\u00A0"b": 1}')?.text).toBe(
      '{"a": "say \\"hi\u00A0\\"", "b": 1}',
    )
  })

  it('gives nothing to replace for text with no such character, or with them only in strings', () => {
    expect(plainJsonSpaces('{"a": 1,}')).toBeUndefined()
    expect(plainJsonSpaces('{"a": "x\u00A0\uFEFF"')).toBeUndefined()
  })

  it('gives nothing for a text too large to be read, unless without its zero-width ones it fits', () => {
    const limit = LIMITS.structure.draftFile.max
    // A pasted log: readJsonText refuses it whatever its spaces, so no fix-it would help.
    const log = `{"a":\u00A0"${'x'.repeat(limit)}"}`
    expect(readJsonText(log)).toMatchObject({ ok: false, issue: { reason: 'json_text_too_large' } })
    expect(plainJsonSpaces(log)).toBeUndefined()
    // Zero-width spaces that take it past the limit: removed, it is read.
    const padded = `{"a":\u00A0"${'x'.repeat(limit - 10)}"}${'\u200B'.repeat(10)}`
    expect(padded.length).toBeGreaterThan(limit)
    const plain = plainJsonSpaces(padded)
    expect(plain?.text.length).toBeLessThanOrEqual(limit)
    expect(readJsonText(plain?.text ?? '').ok).toBe(true)
  })

  it('measures the text in UTF-8 bytes as readJsonText does: no fix-it that leaves it still too large', () => {
    const limit = LIMITS.structure.draftFile.max
    // Arabic letters (2 bytes each) within the limit in UTF-16 units, past it in bytes.
    const arabic = `{"a":\u00A0"${'ش'.repeat(150_000)}"}`
    expect(arabic.length).toBeLessThan(limit)
    expect(readJsonText(arabic)).toMatchObject({ ok: false, issue: { reason: 'json_text_too_large' } })
    expect(plainJsonSpaces(arabic)).toBeUndefined()
    // No-break spaces (2 bytes each, 1 once plain) that take it past the limit: made plain, it is read.
    const spaced = `{"a":"${'x'.repeat(limit - 20_000)}"${'\u00A0'.repeat(15_000)}}`
    expect(readJsonText(spaced)).toMatchObject({ ok: false, issue: { reason: 'json_text_too_large' } })
    expect(readJsonText(plainJsonSpaces(spaced)?.text ?? '').ok).toBe(true)
  })

  it('moves a caret back by the characters removed before it', () => {
    const plain = plainJsonSpaces('\u200B{\u00A0"a":\uFEFF1}')
    expect(plain?.text).toBe('{ "a":1}')
    expect(plain?.offsetOf(0)).toBe(0)
    expect(plain?.offsetOf(2)).toBe(1)
    expect(plain?.offsetOf(8)).toBe(6)
    expect(plain?.offsetOf(9)).toBe(7)
    expect(plain?.offsetOf(99)).toBe(8)
  })
})
