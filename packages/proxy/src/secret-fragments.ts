import { createSecretRedactor } from './redact-secret.ts'

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

// ASCII letters folded to lower case; every other code as it is.
const fold = (code: number) => (code >= 65 && code <= 90 ? code | 32 : code)

// A run is found by a block of this many of the secret's characters inside it.
const BLOCK = 4

/** Half-open `[start, end)` ranges of a text, in order and not overlapping. */
export type FragmentRanges = [start: number, end: number][]

/**
 * Finds the runs of at least `minLength` consecutive characters of a printable-ASCII secret
 * (each in either case) in a text: a string, or bytes read one character per byte, where
 * characters past ASCII never match. A masked echo of a key (`briq_live_SECR…3c9d`) or one cut
 * short still gives part of it away. Each run found is as long as it goes.
 *
 * Any run of `minLength` (at least twice `BLOCK`) holds whole one of the secret's blocks that
 * start at a multiple of `BLOCK`, so only the places where the text holds one of those few
 * blocks are compared character by character.
 */
export function secretFragmentFinder(secret: string, minLength: number): (text: string) => FragmentRanges {
  const key = Array.from(secret, (character) => fold(character.charCodeAt(0)))
  const offsets = new Map<string, number[]>()
  for (let j = 0; j + BLOCK <= key.length; j += BLOCK) {
    const block = secret.slice(j, j + BLOCK).toLowerCase()
    offsets.set(block, [...(offsets.get(block) ?? []), j])
  }
  if (minLength < 2 * BLOCK || secret.length < minLength) return () => []
  const source = [...offsets.keys()].map(escapeRegExp).join('|')
  // Searched in the text lower-cased (quicker than ignoring case), unless that changes its
  // length (U+0130 becomes two code units), which would move every place found after it.
  const inLowerCase = new RegExp(source, 'g')
  const inAnyCase = new RegExp(source, 'gi')
  return (text) => {
    const ranges: FragmentRanges = []
    const lower = text.toLowerCase()
    const [blocks, subject] = lower.length === text.length ? [inLowerCase, lower] : [inAnyCase, text]
    let taken = 0
    blocks.lastIndex = 0
    for (let match = blocks.exec(subject); match !== null; match = blocks.exec(subject)) {
      const at = match.index
      let longest: [number, number] | null = null
      for (const j of offsets.get(match[0].toLowerCase()) ?? []) {
        let before = 0
        while (before < j && at - before > taken && fold(text.charCodeAt(at - before - 1)) === key[j - before - 1])
          before++
        let after = BLOCK
        while (
          j + after < key.length &&
          at + after < text.length &&
          fold(text.charCodeAt(at + after)) === key[j + after]
        )
          after++
        if (before + after >= minLength && (longest === null || before + after > longest[1] - longest[0]))
          longest = [at - before, at + after]
      }
      if (longest === null) {
        // Blocks may overlap in the text (the secret `abababab…`): the next place may start inside this one.
        blocks.lastIndex = at + 1
        continue
      }
      ranges.push(longest)
      taken = longest[1]
      blocks.lastIndex = taken
    }
    return ranges
  }
}

const REDACTED = '[redacted]'
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true })
const encoder = new TextEncoder()

/** Takes runs of a secret's characters out of a text or bytes (see {@link secretFragmentFinder}). */
export interface SecretRunRedactor {
  /** True when the text holds a run. */
  test(text: string): boolean
  /** The bytes with every run replaced by `[redacted]`; the same array when there is none. */
  redactBytes(bytes: Uint8Array): Uint8Array
}

/**
 * Builds a {@link SecretRunRedactor}: every whole spelling of the secret (`createSecretRedactor`'s,
 * first, so an escaped key is taken whole rather than in pieces), then runs of at least
 * `minLength` of its characters. Only for text no caller can put words in: where a caller's own text comes back (an error
 * quoting it, a message read back), what is cut from it would tell them, a character at a time,
 * how far their guess matches the secret.
 */
export function secretRunRedactor(secret: string, minLength: number): SecretRunRedactor {
  const whole = createSecretRedactor(secret)
  const find = secretFragmentFinder(secret, minLength)
  return {
    test: (text) => whole.test(text) || find(text).length > 0,
    redactBytes(original) {
      const bytes = whole.redactBytes(original)
      // A quick look at the decoded text (runs are ASCII, decoded as they are), then the exact
      // places in the bytes read one character per byte.
      if (find(lenientUtf8.decode(bytes)).length === 0) return bytes
      let binary = ''
      for (let start = 0; start < bytes.length; start += 0x4000) {
        binary += String.fromCharCode(...bytes.subarray(start, start + 0x4000))
      }
      const parts: Uint8Array[] = []
      let from = 0
      for (const [start, end] of find(binary)) {
        parts.push(bytes.subarray(from, start), encoder.encode(REDACTED))
        from = end
      }
      parts.push(bytes.subarray(from))
      const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
      let at = 0
      for (const part of parts) {
        result.set(part, at)
        at += part.length
      }
      return result
    },
  }
}
