import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ValidationResult } from '../issue.ts'
import { validInteractive, withValue } from './arbitraries.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

// Values whose mere description throws: converting, stringifying or even asking for their
// prototype fails.
const throwingToString = { toString: () => Symbol('no') as unknown as string }
function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}
const TRAPS = ['get', 'has', 'ownKeys', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'defineProperty', 'set'] as const
function proxyThrowing(traps: readonly (typeof TRAPS)[number][], thrown: unknown, target: object = {}): object {
  const handler: ProxyHandler<object> = {}
  for (const trap of traps) {
    handler[trap] = () => {
      throw thrown
    }
  }
  return new Proxy(target, handler)
}

// fast-check inspects the values it generates (and a revoked Proxy cannot even be asked
// whether it has a property), so the arbitraries produce recipes and each run builds from them.
type Make = () => unknown

/** Anything a getter, trap or toJSON might throw. */
const thrownValue: fc.Arbitrary<Make> = fc.oneof(
  fc.constant(() => new Error('plain')),
  fc.string().map((text) => () => text),
  fc.constantFrom(undefined, null, 0, Number.NaN, 10n, Symbol('thrown')).map((value) => () => value),
  fc.constant(() => throwingToString),
  fc.constant(() => Object.create(null)),
  fc.constant(revokedProxy),
  fc.subarray([...TRAPS], { minLength: 1 }).map((traps) => () => proxyThrowing(traps, throwingToString)),
  fc.constant(() => proxyThrowing(['getPrototypeOf', 'get'], throwingToString, new Error('disguised'))),
  fc.constant(() =>
    Object.defineProperty(new Error(), 'message', {
      get() {
        throw throwingToString
      },
    }),
  ),
)

/** Values that throw when read, converted or serialised, or never end. */
const hostileValue: fc.Arbitrary<Make> = fc.oneof(
  thrownValue.map(
    (thrown) => () =>
      Object.defineProperty({ text: 'x', type: 'text' }, 'text', {
        enumerable: true,
        get() {
          throw thrown()
        },
      }),
  ),
  fc.tuple(fc.subarray([...TRAPS], { minLength: 1 }), thrownValue).map(
    ([traps, thrown]) =>
      () =>
        proxyThrowing(traps, thrown(), { text: 'x', type: 'text' }),
  ),
  fc.constant(revokedProxy),
  thrownValue.map((thrown) => () => ({
    text: 'x',
    toJSON() {
      throw thrown()
    },
  })),
  thrownValue.map((thrown) => () => ({
    [Symbol.toPrimitive]() {
      throw thrown()
    },
    toString() {
      throw thrown()
    },
    valueOf() {
      throw thrown()
    },
  })),
  fc.constant(() => {
    const cyclic: Record<string, unknown> = { text: 'x' }
    cyclic.self = cyclic
    cyclic.list = [cyclic]
    return cyclic
  }),
)

function expectAnswered(result: ValidationResult<unknown>): void {
  expect(typeof result.ok).toBe('boolean')
  for (const issue of result.ok ? result.warnings : [...result.issues, ...result.warnings]) {
    expect(typeof issue.message).toBe('string')
  }
  // The answer itself is plain data: issues always serialise, whatever was validated.
  expect(() => JSON.stringify(result.ok ? result.warnings : [result.issues, result.warnings])).not.toThrow()
}

function expectNeverThrows(value: unknown): void {
  expectAnswered(validateInteractive(value))
  expectAnswered(validateSendRequest(value))
  expectAnswered(validateSendRequest({ to: '255712345678', interactive: value }))
}

/** Every path to an object or leaf in a plain message. */
function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return []
  return Object.keys(value).flatMap((key) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key]
    return [path, ...allPaths((value as Record<string, unknown>)[key], path)]
  })
}

describe('the validators never throw, however hostile the value', () => {
  it('as the whole value', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, thrownValue), (make) => expectNeverThrows(make())),
      { numRuns: 300 },
    )
  })

  it('anywhere inside a valid message', () => {
    const cases = fc.tuple(validInteractive(), fc.nat(), hostileValue)
    fc.assert(
      fc.property(cases, ([message, pick, make]) => {
        const paths = allPaths(message)
        expectNeverThrows(withValue(message, paths[pick % paths.length] ?? ['body'], make()))
      }),
      { numRuns: 300 },
    )
  })

  it('says what it could not read, in one issue, even when what was thrown cannot be described', () => {
    for (const thrown of [throwingToString, Object.create(null), revokedProxy(), Symbol('s'), 10n]) {
      const value = proxyThrowing(['get', 'ownKeys', 'getPrototypeOf', 'has'], thrown)
      const result = validateInteractive(value)
      expect(result).toEqual({
        ok: false,
        issues: [
          {
            path: [],
            code: 'invalid_type',
            reason: 'unreadable',
            rule: 'kit',
            params: { detail: expect.any(String) },
            message: expect.stringMatching(/^The value could not be read: /),
          },
        ],
        warnings: [],
      })
    }
  })
})
