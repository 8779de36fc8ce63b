import { createSeededRandom, type RandomSource } from './seeded-random.ts'

/** Makes the ids the mock hands out. */
export interface IdGenerator {
  /** A version-4 UUID: random, or the next one of the seeded sequence. */
  uuid(): string
  /** A Meta-looking provider id (`wamid.` + 40 base-36 characters). */
  wamid(): string
}

const HEX = '0123456789abcdef'

function uuidFrom(random: RandomSource): string {
  let out = ''
  for (let index = 0; index < 32; index++) {
    let nibble = Math.floor(random() * 16)
    if (index === 12) nibble = 4
    if (index === 16) nibble = 8 + (nibble & 3)
    out += HEX[nibble]
    if (index === 7 || index === 11 || index === 15 || index === 19) out += '-'
  }
  return out
}

/**
 * Ids for one stream (`"entities"`, `"requests"`, …). Under a seed every stream is its own
 * deterministic sequence, so reading state or counting requests never shifts message ids.
 * Without a seed the ids come from `crypto.randomUUID`.
 */
export function createIdGenerator(seed: string | number | undefined, stream: string): IdGenerator {
  const random: RandomSource =
    seed === undefined
      ? () => crypto.getRandomValues(new Uint32Array(1))[0]! / 4294967296
      : createSeededRandom(`${seed}:${stream}`)
  const uuid = seed === undefined ? () => crypto.randomUUID() : () => uuidFrom(random)
  return {
    uuid,
    wamid() {
      let out = 'wamid.'
      for (let index = 0; index < 40; index++) out += Math.floor(random() * 36).toString(36)
      return out
    },
  }
}
