import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Issue, UnwordedValidationResult, ValidationResult } from '../issue.ts'
import { validInteractive, withValue } from './arbitraries.ts'
import { MAX_ISSUES } from './capped-issues.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateInteractiveUnworded } from './validate-interactive-unworded.ts'

const withoutMessage = ({ message: _message, ...issue }: Issue) => issue

/** validateInteractive's result with every sentence taken out. */
function unworded(result: ValidationResult<unknown>): UnwordedValidationResult<unknown> {
  const warnings = result.warnings.map(withoutMessage)
  return result.ok
    ? { ok: true, value: result.value, warnings }
    : { ok: false, issues: result.issues.map(withoutMessage), warnings }
}

const expectSameAsWorded = (value: unknown) => {
  const result = validateInteractiveUnworded(value)
  expect(result).toEqual(unworded(validateInteractive(value)))
  for (const issue of [...(result.ok ? [] : result.issues), ...result.warnings])
    expect(issue).not.toHaveProperty('message')
}

// Every path into a message, parents first.
const pathsIn = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  if (typeof value !== 'object' || value === null) return []
  const keys: (string | number)[] = Array.isArray(value) ? [...value.keys()] : Object.keys(value)
  return keys.flatMap((key) => [
    [...prefix, key],
    ...pathsIn((value as Record<string | number, unknown>)[key], [...prefix, key]),
  ])
}

const button = (title: string) => ({
  type: 'button',
  body: { text: 'Pick one' },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title } }] },
})

describe('validateInteractiveUnworded', () => {
  it('reports what validateInteractive reports, without the sentences', () => {
    // An error with its limit, a UTF-16 warning, a value JSON would not write, junk past the
    // issue cap, an unreadable value, and a value that is not a message at all.
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('no')
        },
        ownKeys() {
          throw new Error('no')
        },
      },
    )
    const junk = Object.fromEntries(Array.from({ length: MAX_ISSUES + 5 }, (_, i) => [`k${i}`, i]))
    for (const value of [
      button('x'.repeat(21)),
      button('👍'.repeat(15)),
      { ...button('Yes'), body: { text: new String('Pick one') } },
      { ...button('Yes'), ...junk },
      proxy,
      'hello',
      null,
    ]) {
      expectSameAsWorded(value)
    }
    expect(validateInteractiveUnworded(button('x'.repeat(21)))).toMatchObject({
      ok: false,
      issues: [{ path: ['action', 'buttons', 0, 'reply', 'title'], code: 'too_long', limit: 20, actual: 21 }],
    })
  })

  it('for valid messages with a random part replaced by junk', () => {
    const cases = fc.tuple(validInteractive(), fc.nat(), fc.anything({ maxDepth: 2 })).map(([message, pick, value]) => {
      const paths = [[], ...pathsIn(message)]
      const path = paths[pick % paths.length] ?? []
      return path.length === 0 ? value : withValue(message, path, value)
    })
    fc.assert(fc.property(cases, expectSameAsWorded), { numRuns: 150 })
  })
})
