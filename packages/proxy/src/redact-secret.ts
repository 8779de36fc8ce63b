/** Finds and removes one secret, however a careless upstream or caller spelled it. */
export interface SecretRedactor {
  /** True when the text (a JS string or a header's byte string) holds the secret in any known spelling. */
  test(text: string): boolean
  /** The text with every spelling of the secret replaced by `[redacted]`. */
  redactText(text: string): string
  /** The bytes with every spelling of the secret replaced by `[redacted]`; the same array when there is none. */
  redactBytes(bytes: Uint8Array): Uint8Array
}

const REDACTED = '[redacted]'
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true })

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

// Hex digits in either case: escapes and percent-encoding are case-insensitive, the key is not.
const hexDigits = (value: number, width: number) =>
  [...value.toString(16).padStart(width, '0')]
    .map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit))
    .join('')

/**
 * Every way one ASCII character of the secret can be written in a response and still decode to
 * it: as is, as a JSON/JS escape (`\u002d`, `\x2d`, `\/`, also double-escaped), percent-encoded
 * (also double-encoded) and as an HTML character reference.
 */
function characterPattern(character: string): string {
  const code = character.charCodeAt(0)
  const spellings = [
    escapeRegExp(character),
    `\\\\+u${hexDigits(code, 4)}`,
    `\\\\+u\\{0*${hexDigits(code, 1)}\\}`,
    `\\\\+x${hexDigits(code, 2)}`,
    `%(?:25)*${hexDigits(code, 2)}`,
    `&#0*${code};?`,
    `&#[xX]0*${hexDigits(code, 1)};?`,
  ]
  if ('/"\\\''.includes(character)) spellings.push(`\\\\+${escapeRegExp(character)}`)
  return `(?:${spellings.join('|')})`
}

/** The secret as UTF-16 (little and big endian) bytes read one byte per character. */
function utf16Patterns(secret: string): string[] {
  const little = [...secret].map((character) => `${escapeRegExp(character)}\\x00`).join('')
  const big = [...secret].map((character) => `\\x00${escapeRegExp(character)}`).join('')
  return [little, big]
}

// One character per byte, so a regular expression can scan bytes and the result maps back exactly.
function bytesToBinaryString(bytes: Uint8Array): string {
  let text = ''
  for (let start = 0; start < bytes.length; start += 0x4000) {
    text += String.fromCharCode(...bytes.subarray(start, start + 0x4000))
  }
  return text
}

function binaryStringToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

/**
 * Builds the redactor for a printable-ASCII secret (the proxy refuses any other API key). Works
 * on UTF-8 bytes without guessing a charset, so a match never corrupts the text around it.
 */
export function createSecretRedactor(secret: string): SecretRedactor {
  const source = [[...secret].map(characterPattern).join(''), ...utf16Patterns(secret)].join('|')
  const finder = new RegExp(source)
  const replacer = new RegExp(source, 'g')
  const redactText = (text: string) => (finder.test(text) ? text.replace(replacer, REDACTED) : text)
  return {
    test: (text) => finder.test(text),
    redactText,
    redactBytes(bytes) {
      // Every spelling is ASCII, which lenient UTF-8 decoding keeps as is: a fast native check
      // first, and the exact byte-level rewrite only when the key is there.
      if (!finder.test(lenientUtf8.decode(bytes))) return bytes
      return binaryStringToBytes(bytesToBinaryString(bytes).replace(replacer, REDACTED))
    },
  }
}
