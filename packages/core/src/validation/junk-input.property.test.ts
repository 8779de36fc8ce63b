import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { IssueCode, ValidationResult } from '../issue.ts'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { validInteractive, withValue } from './arbitraries.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

const CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'required',
  'invalid_type',
  'invalid_value',
  'too_long',
  'too_short',
  'too_many',
  'too_few',
  'too_big',
  'too_small',
  'duplicate',
  'not_allowed',
  'unknown_key',
  'invalid_url',
  'invalid_phone',
  'invalid_uuid',
  'invalid_format',
  'conflict',
  'too_long_utf16',
  'not_recommended',
  'unusually_long',
  'unusually_many',
  'unusually_large',
  'more_issues',
])

/** Asserts the documented result shape: ok, issues (when invalid, at least one) and warnings of {path, code, message}. */
function expectWellFormed(result: ValidationResult<unknown>): void {
  expect(typeof result.ok).toBe('boolean')
  expect(Array.isArray(result.warnings)).toBe(true)
  if (!result.ok) {
    expect(Array.isArray(result.issues)).toBe(true)
    expect(result.issues.length).toBeGreaterThan(0)
  }
  for (const issue of result.ok ? result.warnings : [...result.issues, ...result.warnings]) {
    expect(Array.isArray(issue.path)).toBe(true)
    for (const key of issue.path) expect(['string', 'number']).toContain(typeof key)
    expect(CODES).toContain(issue.code)
    expect(typeof issue.message).toBe('string')
    expect(issue.message.trim().length).toBeGreaterThan(0)
    if (issue.limit !== undefined) expect(Number.isFinite(issue.limit)).toBe(true)
    if (issue.actual !== undefined) expect(typeof issue.actual).toBe('number')
  }
  expect(() => JSON.stringify(result.ok ? result.warnings : result.issues)).not.toThrow()
}

function expectBothWellFormed(value: unknown): void {
  expectWellFormed(validateInteractive(value))
  expectWellFormed(validateSendRequest(value))
  expectWellFormed(validateSendRequest({ to: '255712345678', interactive: value }))
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']
const SCHEMA_KEYS = [
  'type',
  'header',
  'body',
  'footer',
  'action',
  'text',
  'buttons',
  'reply',
  'sections',
  'rows',
  'cards',
]
const key = fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS, ...SCHEMA_KEYS, ...INTERACTIVE_TYPES))
const junk = (maxDepth: number) =>
  fc.anything({
    key,
    maxDepth,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    stringUnit: 'binary',
  })

/** Objects that look like messages: a real `type`, the usual keys with junk, and random extra keys. */
const typedJunk = fc
  .tuple(
    fc.record(
      {
        type: fc.constantFrom(...INTERACTIVE_TYPES),
        header: fc.oneof(
          junk(2),
          fc.record({ type: fc.constantFrom('text', 'image', 'video', 'document'), text: junk(1) }),
        ),
        body: fc.oneof(junk(2), fc.record({ text: junk(1) })),
        footer: fc.oneof(junk(2), fc.record({ text: junk(1) })),
        action: fc.oneof(junk(3), fc.dictionary(key, junk(3), { maxKeys: 5 })),
      },
      { requiredKeys: ['type'] },
    ),
    fc.dictionary(key, junk(2), { maxKeys: 3 }),
  )
  .map(([known, extra]) => Object.assign(extra, known))

describe('never throws and always answers in the documented shape', () => {
  it('for anything at all (deeply nested, boxed, Maps, null prototypes, prototype-ish keys)', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    fc.assert(fc.property(junk(8), expectBothWellFormed), { numRuns: 200 })
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
  })

  it('for objects with each interactive type and junk in every field', () => {
    fc.assert(fc.property(typedJunk, expectBothWellFormed), { numRuns: 200 })
  })

  it('for valid messages with a random part replaced by junk', () => {
    const cases = fc.tuple(validInteractive(), fc.nat(), junk(3)).map(([message, pick, value]) => {
      const paths = [[], ...allPaths(message)]
      const path = paths[pick % paths.length] ?? []
      return path.length === 0 ? value : withValue(message, path, value)
    })
    fc.assert(fc.property(cases, expectBothWellFormed), { numRuns: 120 })
  })

  it('rejects arrays where objects are expected, at that path', () => {
    const cases = fc.tuple(validInteractive(), fc.nat(), fc.boolean()).map(([message, pick, wrap]) => {
      const objects = allPaths(message).filter((p) => isPlainObject(valueAt(message, p)) && !inFreeFormRecord(p))
      const path = objects[pick % Math.max(1, objects.length)] ?? []
      const node = valueAt(message, path)
      return { path, message: withValue(message, path, wrap ? [node] : Object.values(node as object)) }
    })
    fc.assert(
      fc.property(cases, ({ path, message }) => {
        const result = validateInteractive(message)
        expectWellFormed(result)
        expect(result.ok).toBe(false)
        const issues = result.ok ? [] : result.issues
        expect(issues.some((i) => JSON.stringify(i.path) === JSON.stringify(path) && i.code === 'invalid_type')).toBe(
          true,
        )
      }),
      { numRuns: 100 },
    )
  })

  it('reports prototype-ish own keys on any object of a valid message as unknown, without polluting', () => {
    const cases = fc
      .tuple(validInteractive(), fc.nat(), fc.constantFrom(...PROTO_KEYS))
      .map(([message, pick, name]) => {
        const objects = [[], ...allPaths(message)].filter((p) => isPlainObject(valueAt(message, p)))
        const path = objects[pick % objects.length] ?? []
        const copy = structuredClone(message)
        Object.defineProperty(valueAt(copy, path), name, {
          value: { polluted: true },
          enumerable: true,
          configurable: true,
          writable: true,
        })
        return { message: copy, path: [...path, name] }
      })
    fc.assert(
      fc.property(cases, ({ message, path }) => {
        const result = validateInteractive(message)
        expectWellFormed(result)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        // Free-form records (flow data, address validation_errors) take any key; see the report
        // for how `__proto__` is handled there. Everywhere else it is an unknown field.
        if (inFreeFormRecord(path)) return
        const issues = result.ok ? [] : result.issues
        expect(issues).toEqual([expect.objectContaining({ path, code: 'unknown_key' })])
      }),
      { numRuns: 150 },
    )
  })

  it('answers with one readable issue for values that throw when read', () => {
    const getter = Object.defineProperty({ type: 'button' }, 'body', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    let deep: Record<string, unknown> = { text: 'leaf' }
    for (let i = 0; i < 10_000; i++) deep = { body: deep }
    for (const value of [getter, revoked.proxy, { type: 'list', body: deep, action: deep }, deep]) {
      expectBothWellFormed(value)
      expect(validateInteractive(value).ok).toBe(false)
    }
  })
})

/** Every path to a node (object, array or leaf) in `value`, root excluded. */
function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return []
  const keys: (string | number)[] = Array.isArray(value) ? [...value.keys()] : Object.keys(value)
  return keys.flatMap((k) => {
    const path = [...prefix, k]
    return [path, ...allPaths((value as Record<string | number, unknown>)[k], path)]
  })
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], value)
}

const isPlainObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Inside flow data or address validation_errors any key is allowed. */
const inFreeFormRecord = (path: (string | number)[]): boolean =>
  path.includes('validation_errors') || (path.includes('flow_action_payload') && path.includes('data'))
