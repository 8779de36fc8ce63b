import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { addressMessage, flowMessage, validInteractive, withValue } from './arbitraries.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

const DATA = ['action', 'parameters', 'flow_action_payload', 'data']
const VALIDATION_ERRORS = ['action', 'parameters', 'validation_errors']
const MAX_DEPTH = LIMITS.structure.jsonDepth.max

/** Anything fast-check can make: Dates, Maps, bigints, boxed values, holes, null prototypes, -0, NaN. */
const anything = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
})

/** Objects and lists nested `depth` levels (the outermost counts as one), ending in a leaf. */
function nested(depth: number, arrays: boolean): unknown {
  let value: unknown = 'leaf'
  for (let level = 0; level < depth; level++) value = arrays && level % 2 === 1 ? [value] : { k: value }
  return value
}

const deep = fc
  .tuple(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3000 })), fc.boolean())
  .map(([depth, arrays]) => ({ [`d${depth}`]: nested(depth, arrays) }))

// fast-check must not inspect these itself (a getter that throws on the second read), so they
// come as recipes built inside the property.
const awkward: fc.Arbitrary<() => unknown> = fc.constantFrom(
  () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    return cyclic
  },
  () => {
    let reads = 0
    return Object.defineProperty({}, 'flaky', {
      enumerable: true,
      get() {
        reads++
        if (reads > 1) throw new Error('read twice')
        return 'first'
      },
    })
  },
  () => ({ when: new Date(0), toJSON: () => ({}) }),
  () => ({ list: Object.assign(['a'], { extra: 1 }) }),
)

/**
 * Whatever the validator accepts can be sent: it serialises, and the JSON read back is still
 * valid and serialises to the same text (nothing was dropped or changed on the way).
 */
function expectSendable(value: unknown): void {
  const result = validateInteractive(value)
  if (!result.ok) return
  const text = JSON.stringify(result.value)
  const again = validateInteractive(JSON.parse(text))
  expect(again.ok).toBe(true)
  expect(JSON.stringify(again.ok ? again.value : null)).toBe(text)
  const request = validateSendRequest({ to: '255712345678', interactive: value })
  expect(() => JSON.stringify(request.ok ? request.value : request.issues)).not.toThrow()
}

// Each property validates a few hundred messages three times: about 0.5 s alone, over the 5 s
// default on a loaded 2-core machine running the whole suite.
describe('whatever validateInteractive accepts serialises as it was checked', { timeout: 30_000 }, () => {
  it('for flow data of any kind, including deep nesting', () => {
    const cases = fc
      .tuple(flowMessage({ complete: true }), fc.oneof(anything, deep))
      .map(([message, data]) => withValue(message, DATA, data))
    fc.assert(fc.property(cases, expectSendable), { numRuns: 400 })
  })

  it('for address validation_errors of any kind', () => {
    const cases = fc
      .tuple(addressMessage({ complete: true }), anything)
      .map(([message, errors]) => withValue(message, VALIDATION_ERRORS, errors))
    fc.assert(fc.property(cases, expectSendable), { numRuns: 200 })
  })

  it('for anything at any path of a valid message', () => {
    const cases = fc.tuple(validInteractive(), fc.nat(), fc.oneof(anything, deep)).map(([message, pick, value]) => {
      const paths = allPaths(message)
      return withValue(message, paths[pick % paths.length] ?? ['body'], value)
    })
    fc.assert(fc.property(cases, expectSendable), { numRuns: 300 })
  })

  it('for cycles, getters, toJSON and decorated lists in flow data', () => {
    const cases = fc.tuple(flowMessage({ complete: true }), awkward)
    fc.assert(
      fc.property(cases, ([message, make]) => {
        const value = withValue(message, DATA, make())
        expect(validateInteractive(value).ok).toBe(false)
        expectSendable(value)
      }),
      { numRuns: 50 },
    )
  })
})

describe('objects JSON writes differently are refused where an object is expected', () => {
  it.each([
    ['a boxed number', () => new Number(0)],
    ['a Date', () => new Date(0)],
    ['a class instance', () => new (class Parameters {})()],
    ['a Map', () => new Map()],
  ])('%s as catalog parameters', (_name, make) => {
    const message = {
      type: 'catalog_message',
      body: { text: 'Browse our catalog' },
      action: { name: 'catalog_message', parameters: make() },
    }
    const result = validateInteractive(message)
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ path: ['action', 'parameters'], code: 'invalid_type', reason: 'json_data' }),
    ])
    const request = validateSendRequest({ to: '255712345678', interactive: message })
    expect(request.ok ? [] : request.issues.map((issue) => issue.path)).toEqual([
      ['interactive', 'action', 'parameters'],
    ])
  })
})

describe(`free-form JSON nests at most ${MAX_DEPTH} levels (the kit's own guard)`, () => {
  const flow = (data: unknown) => ({
    type: 'flow',
    body: { text: 'Book a table' },
    action: {
      name: 'flow',
      parameters: {
        flow_message_version: '3',
        flow_id: '1234567890',
        flow_cta: 'Book',
        flow_action: 'navigate',
        flow_action_payload: { data },
      },
    },
  })

  it('accepts data exactly at the bound and refuses one level more, naming the kit', () => {
    expect(validateInteractive(flow(nested(MAX_DEPTH, false))).ok).toBe(true)
    const over = validateInteractive(flow(nested(MAX_DEPTH + 1, true)))
    expect(over.ok ? [] : over.issues).toEqual([
      {
        path: DATA,
        code: 'too_big',
        message: `Screen data nests more than ${MAX_DEPTH} levels deep; this kit checks free-form data to ${MAX_DEPTH} levels`,
        limit: MAX_DEPTH,
        actual: MAX_DEPTH + 1,
        rule: 'kit',
        reason: 'json_depth',
      },
    ])
  })

  it('refuses 3 000 levels (12 KB) and a cycle the same way, without recursion', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    for (const data of [{ deep: nested(3000, true) }, cyclic]) {
      const result = validateInteractive(flow(data))
      expect(result.ok ? [] : result.issues.map((issue) => issue.rule)).toEqual(['kit'])
    }
  })
})

function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return []
  return Object.keys(value).flatMap((key) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key]
    return [path, ...allPaths((value as Record<string, unknown>)[key], path)]
  })
}
