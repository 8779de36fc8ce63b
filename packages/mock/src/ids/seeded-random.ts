/** A source of uniform numbers in [0, 1). */
export type RandomSource = () => number

/** FNV-1a over the seed's text, so `"demo"` and `42` both make a 32-bit state. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < seed.length; index++) {
    hash ^= seed.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * Mulberry32: tiny, fast, and good enough for ids and fault dice. Not for anything secret.
 * The same seed always yields the same sequence.
 */
export function createSeededRandom(seed: string | number): RandomSource {
  let state = hashSeed(String(seed))
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
