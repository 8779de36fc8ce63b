const encoder = new TextEncoder()
const REDACTED = encoder.encode('[redacted]')

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]
  outer: for (let i = haystack.indexOf(first ?? 0, from); i !== -1; i = haystack.indexOf(first ?? 0, i + 1)) {
    if (i + needle.length > haystack.length) return -1
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer
    }
    return i
  }
  return -1
}

function replaceAll(bytes: Uint8Array, needle: Uint8Array): Uint8Array {
  if (needle.length === 0) return bytes
  let at = indexOf(bytes, needle, 0)
  if (at === -1) return bytes
  const parts: Uint8Array[] = []
  let start = 0
  while (at !== -1) {
    parts.push(bytes.subarray(start, at), REDACTED)
    start = at + needle.length
    at = indexOf(bytes, needle, start)
  }
  parts.push(bytes.subarray(start))
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** The spellings of a secret to look for: as is, and as it appears inside a JSON string. */
export function secretSpellings(secret: string): Uint8Array[] {
  const spellings = new Set([secret, JSON.stringify(secret).slice(1, -1)])
  return [...spellings].map((spelling) => encoder.encode(spelling))
}

/**
 * Replaces every occurrence of the secret in a body with `[redacted]`. Works on the UTF-8 bytes,
 * so it needs no charset guess and cannot corrupt the text around a match.
 */
export function redactSecret(bytes: Uint8Array, spellings: readonly Uint8Array[]): Uint8Array {
  return spellings.reduce(replaceAll, bytes)
}
