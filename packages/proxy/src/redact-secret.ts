import { secretPatternSource } from './secret-spellings.ts'

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

/**
 * A secret wrapped in a pair of quotes (`"…"`, `'…'`), which no Briq key or token holds: an env
 * file's loader kept them (`docker run --env-file` takes values as written). Sent so, it is
 * refused; and the redaction, looking for it with its quotes, would miss the bare secret.
 */
export const WRAPPED_IN_QUOTES = /^(["'`]).*\1$/s

/** A secret the redactor can spell every way: printable ASCII, no spaces (an API key's characters). */
export const PRINTABLE_ASCII = /^[\x21-\x7e]+$/

/**
 * The shortest secret the proxy takes, for both it holds: its Briq API key, which is cut out of
 * every answer and every error it gives, in either case (a key of a character or two would be
 * cut out of ordinary words), and the runnable proxy's `PROXY_TOKEN` when it is reached from
 * other machines (a token that short is guessed). One bar for both: each is a secret the proxy
 * keeps out of what it prints, and neither has a reason to be shorter.
 */
export const MIN_SECRET_LENGTH = 8
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true })

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
  const source = secretPatternSource(secret)
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

/**
 * What takes the API key (or another secret: the bin's `PROXY_TOKEN`) out of a text, built once
 * for many texts (the bin's log lines). A key the proxy takes goes in every spelling the redactor
 * knows; any other (a key the proxy refuses for its characters) where it is written as given. One
 * shorter than `MIN_SECRET_LENGTH` goes only where the text quotes it as a whole value
 * (`got "t"`): cut anywhere, it would be cut out of the text's words.
 */
export function secretTextRedactor(secret: unknown): (text: string) => string {
  const key = typeof secret === 'string' ? secret.trim() : ''
  if (key === '') return (text) => text
  if ([...key].length < MIN_SECRET_LENGTH) {
    // Quoted as read, before trimming (PORT), or as trimmed.
    return (text) =>
      text.replace(/"([^"]*)"/g, (quote, value: string) => (value.trim() === key ? `"${REDACTED}"` : quote))
  }
  if (PRINTABLE_ASCII.test(key)) return createSecretRedactor(key).redactText
  return (text) => text.split(key).join(REDACTED)
}

/**
 * `message` without the API key (or another secret), for an error that quotes a value it refuses
 * (secrets swapped in the environment, a key pasted into the wrong option or variable); see
 * {@link secretTextRedactor}.
 */
export function redactApiKey(message: string, apiKey: unknown): string {
  return secretTextRedactor(apiKey)(message)
}
