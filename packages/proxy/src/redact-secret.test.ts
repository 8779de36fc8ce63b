import { describe, expect, it } from 'vitest'
import { createSecretRedactor } from './redact-secret.ts'

const KEY = 'briq_live-K3y/a+b"c'
const redactor = createSecretRedactor(KEY)
const encoder = new TextEncoder()
const decoder = new TextDecoder()
const unicodeEscaped = [...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')

describe('createSecretRedactor', () => {
  it.each([
    ['as is', KEY],
    ['JSON.stringify', JSON.stringify(KEY).slice(1, -1)],
    ['every character as \\uXXXX', unicodeEscaped],
    ['\\uXXXX in upper case', unicodeEscaped.toUpperCase().replaceAll('\\U', '\\u')],
    ['only the dash escaped', KEY.replace('-', '\\u002d')],
    ['escaped slash', KEY.replace('/', '\\/').replace('"', '\\"')],
    ['double-escaped (JSON inside JSON)', KEY.replace('-', '\\\\u002d').replace('"', '\\\\\\"')],
    ['\\x escapes', KEY.replace('_', '\\x5f')],
    ['percent-encoded', encodeURIComponent(KEY)],
    ['percent-encoded, every byte, lower case', [...KEY].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')],
    ['double percent-encoded', encodeURIComponent(encodeURIComponent(KEY))],
    ['HTML decimal references', [...KEY].map((c) => `&#${c.charCodeAt(0)};`).join('')],
    ['HTML hex references', KEY.replace('b', '&#x62;')],
  ])('finds and removes the key written %s', (_name, spelling) => {
    const text = `before ${spelling} after`
    expect(redactor.test(text)).toBe(true)
    expect(redactor.redactText(text)).toBe('before [redacted] after')
    expect(decoder.decode(redactor.redactBytes(encoder.encode(text)))).toBe('before [redacted] after')
  })

  it('finds the key in UTF-16 bytes, little and big endian', () => {
    const little = new Uint8Array([...KEY].flatMap((c) => [c.charCodeAt(0), 0]))
    const big = new Uint8Array([...KEY].flatMap((c) => [0, c.charCodeAt(0)]))
    expect(decoder.decode(redactor.redactBytes(little))).toBe('[redacted]')
    expect(decoder.decode(redactor.redactBytes(big))).toBe('[redacted]')
  })

  it('leaves text without the key, and multi-byte UTF-8 around a match, untouched', () => {
    const clean = encoder.encode('{"title":"Ndiyo ✅ — asante","key":"briq_live-K3y/a+b"}')
    expect(redactor.redactBytes(clean)).toBe(clean)
    expect(decoder.decode(redactor.redactBytes(encoder.encode(`✅${KEY}✅ ${KEY}`)))).toBe('✅[redacted]✅ [redacted]')
  })

  it('finds the key next to invalid UTF-8 and keeps every other byte exactly', () => {
    const bytes = new Uint8Array([0xe2, ...encoder.encode(KEY), 0xff, 0x80, 0x41])
    expect([...redactor.redactBytes(bytes)]).toEqual([0xe2, ...encoder.encode('[redacted]'), 0xff, 0x80, 0x41])
  })

  it('is case-sensitive for the key itself: a differently cased string is another string', () => {
    expect(redactor.test(KEY.toUpperCase())).toBe(false)
  })
})
