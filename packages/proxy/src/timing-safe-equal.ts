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
