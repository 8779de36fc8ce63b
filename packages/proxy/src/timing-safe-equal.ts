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
 * Compares a caller's text with a secret in time that depends only on the secret's length
 * (and not even on that up to 256 characters), never on the caller's text or where it differs:
 * every round reads both (past the end, `charCodeAt` is NaN, which `| 0` makes 0).
 */
export function timingSafeEqualText(provided: string, secret: string): boolean {
  let difference = provided.length ^ secret.length
  const rounds = Math.max(secret.length, MIN_ROUNDS)
  for (let i = 0; i < rounds; i++) difference |= (provided.charCodeAt(i) | 0) ^ (secret.charCodeAt(i) | 0)
  return difference === 0
}
