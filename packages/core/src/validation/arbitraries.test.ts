import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shapeFor, type TextKind, textOfLength } from './arbitraries.ts'

const codePoints = (text: string) => [...text].length
const KINDS: TextKind[] = ['text', 'id', 'cta', 'card_body', 'url']

// The limit property tests trust these lengths: a string one code point short of its size made
// "257 characters" read as 256, and the expected warning never came (a random red in CI).
describe('textOfLength', () => {
  it('keeps a lone high surrogate and a lone low one from joining into one code point', () => {
    expect(codePoints(shapeFor(['\uD800', '\uDC00'], 'text'))).toBe(2)
    expect(codePoints(shapeFor(['a', '\uDBFF', '\uDFFF', 'b'], 'id'))).toBe(4)
  })

  it.each(KINDS)('makes %s of exactly the code points asked', (kind) => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: kind === 'url' ? 20 : 0, max: 300 })
          .chain((length) => textOfLength(length, kind).map((text) => ({ length, text }))),
        ({ length, text }) => {
          expect(codePoints(text)).toBe(length)
        },
      ),
      { numRuns: 200 },
    )
  })
})
