import { describe, expect, it } from 'vitest'
import { createSecretRedactor, redactApiKey } from './redact-secret.ts'

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
    [
      'HTML named references',
      KEY.replace('_', '&lowbar;').replace('/', '&sol;').replace('+', '&plus;').replace('"', '&quot;'),
    ],
    ['HTML references escaped twice', KEY.replace('"', '&amp;quot;').replace('b', '&amp;#98;')],
    ['JSON-escaped on an HTML page', JSON.stringify(KEY).slice(1, -1).replace('"', '&quot;')],
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

  const base64 = (text: string) => btoa(text)
  const urlSafe = (text: string) => base64(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
  const hex = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('')

  it.each([
    ['lower-cased', KEY.toLowerCase()],
    ['upper-cased', KEY.toUpperCase()],
    ['lower-cased and percent-encoded', encodeURIComponent(KEY.toLowerCase())],
    [
      'upper-cased, every byte percent-encoded',
      [...KEY.toUpperCase()].map((c) => `%${c.charCodeAt(0).toString(16)}`).join(''),
    ],
    ['as a hex dump', hex(KEY)],
    ['as an upper-case hex dump', hex(KEY).toUpperCase()],
    ['lower-cased as a hex dump', hex(KEY.toLowerCase())],
  ])('finds and removes the key %s', (_name, spelling) => {
    const text = `before ${spelling} after`
    expect(redactor.test(text)).toBe(true)
    expect(redactor.redactText(text)).toBe('before [redacted] after')
  })

  // Base64 encodes three bytes as four characters, so the key's encoding depends on where in a
  // longer run it starts; every offset, both alphabets, padded or not, must be caught.
  it.each([
    ['alone, padded', base64(KEY)],
    ['alone, URL-safe without padding', urlSafe(KEY)],
    ['after one byte', base64(`x${KEY}`)],
    ['after two bytes', base64(`xy${KEY}`)],
    ['after one byte, URL-safe', urlSafe(`x${KEY}`)],
    ['inside a JSON document', base64(JSON.stringify({ user: 'asha', apiKey: KEY, at: 1 }))],
    ['inside a JSON document, URL-safe', urlSafe(JSON.stringify({ apiKey: KEY }))],
    ['lower-cased', base64(`xy${KEY.toLowerCase()}`)],
    ['upper-cased', urlSafe(`x${KEY.toUpperCase()}`)],
    ['percent-encoded in a URL', base64(`https://app.example/cb?key=${encodeURIComponent(KEY)}`)],
  ])('finds the key in base64 %s, and no decodable trace of it is left', (_name, encoded) => {
    const text = `token=${encoded};`
    expect(redactor.test(text)).toBe(true)
    const redacted = redactor.redactText(text)
    expect(redacted).toContain('[redacted]')
    // Whatever is left, read as base64 at every alignment, holds no stretch of the key.
    for (const run of redacted.match(/[A-Za-z0-9+/_-]{4,}/g) ?? []) {
      const standard = run.replaceAll('-', '+').replaceAll('_', '/')
      for (let skip = 0; skip < 4; skip++) {
        const aligned = standard.slice(skip, skip + Math.floor((standard.length - skip) / 4) * 4)
        expect(atob(aligned).toLowerCase()).not.toContain(KEY.slice(3, -3).toLowerCase())
      }
    }
  })

  it('leaves base64 and hex that do not hold the key alone', () => {
    const other = `${base64('briq_live-K3y/a+b"d and more text')} ${hex('briq_live-K3x')}`
    expect(redactor.test(other)).toBe(false)
  })
})

describe('redactApiKey', () => {
  it('removes the key, also percent-encoded, from a config error that quotes it', () => {
    const key = 'briq_live-STARTUP/KEY'
    expect(redactApiKey(`PORT must be a port number; got "${key}".`, key)).toBe(
      'PORT must be a port number; got "[redacted]".',
    )
    expect(redactApiKey(`bad origin https://x/${encodeURIComponent(key)}`, key)).toBe('bad origin https://x/[redacted]')
  })

  it('leaves the words of a message whole for a secret too short to cut out of them', () => {
    const message = 'could not start: createBriqProxy: apiKey is 1 character long; the proxy takes keys of at least 8'
    expect(redactApiKey(message, 'a')).toBe(message)
    expect(redactApiKey(message, 'é')).toBe(message)
    expect(redactApiKey(message, '1')).toBe(message)
  })

  // A short PROXY_TOKEN (or a key createBriqProxy has yet to refuse) set in the wrong variable:
  // the value the message quotes is the secret, whatever its length.
  it.each([
    ['t', 'PROXY_CAROUSEL_QUICK_REPLIES must be 2 or 3; got "t".'],
    ['t', 'PORT must be a port number (0–65535); got " t ".'],
    ['1', 'PROXY_EXTENDED_LIST_BODY must be 1 (on) or 0 (off); got "1".'],
    ['tok-42', 'allowedOrigins entries must be origins like "https://admin.example.com"; got "tok-42".'],
  ])('removes a short secret (%s) where the message quotes it as a whole value', (secret, message) => {
    const redacted = redactApiKey(message, secret)
    expect(redacted).toBe(message.replace(/"[^"]*"\.$/, '"[redacted]".'))
  })

  it('leaves messages alone when there is no key, and handles a key that is not ASCII', () => {
    expect(redactApiKey('BRIQ_API_KEY is not set.', undefined)).toBe('BRIQ_API_KEY is not set.')
    expect(redactApiKey('apiKey is missing or empty.', 12345678)).toBe('apiKey is missing or empty.')
    expect(redactApiKey('got "clé secrète"', 'clé secrète')).toBe('got "[redacted]"')
  })
})
