import fc from 'fast-check'

/**
 * One code point of any kind, lone surrogates included: the unit of `fc.string({ unit:
 * 'binary' })`, without fast-check's one-time set-up of that unit (about 0.5 s per test file,
 * several seconds on a loaded machine).
 */
export const anyCodePoint: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 0x10ffff })
  .map((codePoint) => String.fromCodePoint(codePoint))
