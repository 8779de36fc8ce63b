import { describe, expect, it } from 'vitest'
import { MIN_SECRET_LENGTH } from './redact-secret.ts'
import { secretRunRedactor } from './secret-fragments.ts'

const KEY = 'briq_live-K3y/a+b"c'
const runs = secretRunRedactor(KEY, MIN_SECRET_LENGTH)
const encoder = new TextEncoder()
const decoder = new TextDecoder()

describe('secretRunRedactor', () => {
  it.each([
    ['masked, its start and end shown', `${KEY.slice(0, 12)}****${KEY.slice(-4)}`, '[redacted]****+b"c'],
    ['cut short', `${KEY.slice(0, 8)}…`, '[redacted]…'],
    ['its end', `…${KEY.slice(-8)}`, '…[redacted]'],
    ['its middle, upper-cased', KEY.slice(4, 14).toUpperCase(), '[redacted]'],
    ['twice, between other text', `a${KEY.slice(2, 10)}b${KEY.slice(9)}`, 'a[redacted]b[redacted]'],
    ['whole, then again in part', `${KEY}${KEY.slice(0, 9)}`, '[redacted][redacted]'],
  ])('finds and removes 8 or more of its characters in a row: %s', (_name, text, redacted) => {
    expect(runs.test(text)).toBe(true)
    expect(decoder.decode(runs.redactBytes(encoder.encode(`✅ ${text} ✅`)))).toBe(`✅ ${redacted} ✅`)
  })

  it('leaves 7 of its characters in a row, and 8 broken by a character past ASCII, as they are', () => {
    for (const text of [KEY.slice(0, 7), `${KEY.slice(0, 4)}é${KEY.slice(4, 8)}`, KEY.slice(-7)]) {
      expect(runs.test(text)).toBe(false)
      const bytes = encoder.encode(text)
      expect(runs.redactBytes(bytes)).toBe(bytes)
    }
  })

  it('keeps every byte around a run exactly, invalid UTF-8 included', () => {
    const bytes = new Uint8Array([0xe2, ...encoder.encode(KEY.slice(0, 10)), 0xff, 0x80, 0x41])
    expect([...runs.redactBytes(bytes)]).toEqual([0xe2, ...encoder.encode('[redacted]'), 0xff, 0x80, 0x41])
  })

  it('finds runs in an answer made of one block of the key over and over, never a run too short', () => {
    const text = `${KEY.slice(0, 4)}`.repeat(250_000)
    expect(runs.test(text)).toBe(false)
    expect(runs.test(`${text}${KEY.slice(0, 8)}`)).toBe(true)
  })
})
