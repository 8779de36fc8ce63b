/**
 * Compares two byte arrays in time that depends only on their lengths, never on where they
 * differ. Callers compare fixed-length digests so the length reveals nothing either.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  let difference = 0
  for (let i = 0; i < a.byteLength; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return difference === 0
}

// At least this many rounds, so the time reveals nothing of a shorter secret's length either.
const MIN_ROUNDS = 256

/**
 * A comparer of callers' texts with one secret, in time that depends only on the secret's
 * length (and not even on that up to 256 characters), never on the caller's text or where it
 * differs. The secret's character codes are laid out once, padded with zeros to the rounds;
 * each round reads one of them and one of the caller's (0 past its end: that branch follows
 * only the caller's own length). Reading past a string's end with `charCodeAt` instead would
 * leave the engine's fast path, at several microseconds per call.
 */
export function timingSafeTextMatcher(secret: string): (provided: string) => boolean {
  const rounds = Math.max(secret.length, MIN_ROUNDS)
  const codes = new Uint16Array(rounds)
  for (let i = 0; i < secret.length; i++) codes[i] = secret.charCodeAt(i)
  const secretLength = secret.length
  return (provided) => {
    const length = provided.length
    let difference = length ^ secretLength
    for (let i = 0; i < rounds; i++) difference |= (i < length ? provided.charCodeAt(i) : 0) ^ codes[i]!
    return difference === 0
  }
}
