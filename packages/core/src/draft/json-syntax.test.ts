import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonSyntaxProblem } from './json-syntax.ts'

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('jsonSyntaxProblem', () => {
  it.each([
    ['{"a": ', 6, 'value'],
    ['{"a": 1,}', 8, 'name'],
    ['{"a" 1}', 5, 'colon'],
    ['{"a": 1 "b": 2}', 8, 'object_next'],
    ['[1 2]', 3, 'array_next'],
    ['[1,]', 3, 'value'],
    ['{} x', 3, 'end'],
    ['"abc', 4, 'string_end'],
    ['"a\\qb"', 3, 'escape'],
    ['"\\u12G4"', 2, 'escape'],
    ['"a\nb"', 2, 'control'],
    ['-', 1, 'digit'],
    ['1.', 2, 'digit'],
    ['1e+', 3, 'digit'],
    ["{'a': 1}", 1, 'name'],
    ['{"a": tru}', 6, 'value'],
    ['', 0, 'value'],
    ['  ', 2, 'value'],
  ])('%j breaks at %i, expecting %s', (text, offset, expected) => {
    expect(isJson(text)).toBe(false)
    expect(jsonSyntaxProblem(text)).toEqual({ offset, expected })
  })

  it('finds nothing in JSON, however nested', () => {
    expect(jsonSyntaxProblem('{"a": [1, -2.5e+3, true, false, null, "x\\"\\u00e9", {}, []], "b": {"c": {}}}')).toBe(
      undefined,
    )
    expect(jsonSyntaxProblem(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe(undefined)
  })

  it('agrees with JSON.parse on any JSON and on any text', () => {
    fc.assert(fc.property(fc.json(), (text) => jsonSyntaxProblem(text) === undefined))
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((text) => text.slice(0, -1)),
        ),
        (text) => {
          expect(jsonSyntaxProblem(text) === undefined).toBe(isJson(text))
        },
      ),
    )
  })
})
