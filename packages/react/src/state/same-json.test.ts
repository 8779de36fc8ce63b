import { createDraft } from '@briq-interactive/core'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { maximalList } from '../../bench/maximal-list.ts'
import { sameJson } from './same-json.ts'

const byText = (a: unknown, b: unknown): boolean => {
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}

// Values JSON writes in its own way, beside plain data: left out, written as null, or by toJSON.
const odd = fc.constantFrom<unknown>(
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  () => 1,
  new Date(0),
  { toJSON: () => 'a' },
  Object.assign([1], { toJSON: () => [2] }),
  Object.create(null),
  'a',
  null,
)
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<unknown>('a', 'b', 0, 1, true, false, null),
    odd,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', '1'), tie('value'), { maxKeys: 3 }),
  ),
})).value

describe('sameJson', () => {
  afterEach(() => vi.restoreAllMocks())

  it('answers as comparing the two JSON texts would, for plain data and for what JSON writes its own way', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(byText(a, b))
        expect(sameJson(a, structuredCloneOrSame(a))).toBe(byText(a, structuredCloneOrSame(a)))
      }),
      { numRuns: 2000 },
    )
  })

  it('holds key order, left-out keys, cycles and BigInt to the JSON text', () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false)
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(sameJson({ a: 1, b: () => 1 }, { a: 1 })).toBe(true)
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false)
    expect(sameJson({ a: 1, b: { toJSON: () => undefined } }, { a: 1 })).toBe(true)
    expect(sameJson([undefined], [null])).toBe(true)
    expect(sameJson({ at: new Date(0) }, { at: '1970-01-01T00:00:00.000Z' })).toBe(true)
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(sameJson(cycle, cycle)).toBe(false)
    expect(sameJson(1n, 1n)).toBe(false)
  })

  it('does not write out two drafts that differ: the first difference answers', () => {
    const stringify = vi.spyOn(JSON, 'stringify')
    const draft = maximalList()
    const typed = { ...draft, body: { text: `${(draft.body as { text: string }).text}a` } }
    expect(sameJson(draft, typed)).toBe(false)
    // A new list has no header or footer: other members, so other text.
    expect(sameJson(draft, createDraft('list'))).toBe(false)
    expect(sameJson(draft, structuredClone(draft))).toBe(true)
    expect(stringify).not.toHaveBeenCalled()
  })
})

/** A copy of `value` where it can be copied as data, else `value` itself. */
function structuredCloneOrSame(value: unknown): unknown {
  try {
    return structuredClone(value)
  } catch {
    return value
  }
}
