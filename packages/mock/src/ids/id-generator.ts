import { createSeededRandom, type RandomSource } from './seeded-random.ts'

/** Makes the ids the mock hands out. */
export interface IdGenerator {
  /** A version-4 UUID: random, or the next one of the seeded sequence. */
  uuid(): string
  /** A Meta-looking provider id (`wamid.` + 40 base-36 characters). */
  wamid(): string
}

// Character codes of the base-36 digits (the first 16 are the hex digits) and of '-'.
const DIGITS = Array.from('0123456789abcdefghijklmnopqrstuvwxyz', (digit) => digit.charCodeAt(0))
const DASH = 0x2d

// Ids are made from character codes in one go: appending character by character builds a
// rope of one small string object per character (about 1 KB per message for its two ids),
// which stays in memory as long as the message does.
function uuidFrom(random: RandomSource): string {
  const codes: number[] = []
  for (let index = 0; index < 32; index++) {
    let nibble = Math.floor(random() * 16)
    if (index === 12) nibble = 4
    if (index === 16) nibble = 8 + (nibble & 3)
    codes.push(DIGITS[nibble]!)
    if (index === 7 || index === 11 || index === 15 || index === 19) codes.push(DASH)
  }
  return String.fromCharCode(...codes)
}

const WAMID_PREFIX = Array.from('wamid.', (letter) => letter.charCodeAt(0))

function wamidFrom(random: RandomSource): string {
  const codes = [...WAMID_PREFIX]
  for (let index = 0; index < 40; index++) codes.push(DIGITS[Math.floor(random() * 36)]!)
  return String.fromCharCode(...codes)
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
    wamid: () => wamidFrom(random),
  }
}
