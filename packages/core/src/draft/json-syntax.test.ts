import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonSyntaxCause, jsonSyntaxProblem } from './json-syntax.ts'

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

describe('jsonSyntaxCause', () => {
  const causeOf = (text: string) => {
    const problem = jsonSyntaxProblem(text)
    return problem === undefined ? undefined : jsonSyntaxCause(text, problem)
  }

  it.each([
    ['{\n  // greeting\n  "a": 1\n}', 'comment', 4],
    ['{"a": 1 /* later */}', 'comment', 8],
    ['{"a": /* x */ 1}', 'comment', 6],
    ['{"a": 1}\n// end', 'comment', 9],
    ['{"a": 1,}', 'trailing_comma', 7],
    ['{\n  "a": [1, 2,\n  ],\n}', 'trailing_comma', 14],
    ["{'a': 1}", 'single_quotes', 1],
    ['{"a": \'x\'}', 'single_quotes', 6],
  ])('%j: %s at %i', (text, cause, offset) => {
    expect(causeOf(text)).toEqual({ cause, offset })
  })

  it('names none for other mistakes: a missing comma, a lone slash, a comma where a value belongs', () => {
    for (const text of ['{"a": 1 "b": 2}', '{"a": /}', '[,1]', '{,}', '{"a": }', '1/2']) {
      expect(causeOf(text), text).toBeUndefined()
    }
  })
})
