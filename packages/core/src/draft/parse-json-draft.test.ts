import { describe, expect, it } from 'vitest'
import { formatDraftJson, parseJsonDraft } from './parse-json-draft.ts'

describe('parseJsonDraft', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonDraft('{ "type": "button" }')).toEqual({ ok: true, value: { type: 'button' } })
  })

  it('names the line and column of a syntax error and what was expected there', () => {
    const result = parseJsonDraft('{\n  "a": 1\n  "b": 2\n}')
    expect(result).toMatchObject({ ok: false, error: { line: 3, column: 3, found: '"', expected: 'object_next' } })
  })

  it('names code copied from a script (a comment, a trailing comma, single quotes), pointing at it', () => {
    expect(parseJsonDraft('{\n  "type": "button",\n}')).toMatchObject({
      ok: false,
      error: { line: 2, column: 19, found: ',', expected: 'name', cause: 'trailing_comma' },
    })
    expect(parseJsonDraft('{\n  // from the docs\n  "type": "button"\n}')).toMatchObject({
      ok: false,
      error: { line: 2, column: 3, found: '/', cause: 'comment' },
    })
    expect(parseJsonDraft("{ type: 'button' }").error).not.toHaveProperty('cause')
    expect(parseJsonDraft("{ 'type': 'button' }").error).toMatchObject({ column: 3, cause: 'single_quotes' })
  })

  it('puts an unexpected end at the end of the text', () => {
    expect(parseJsonDraft('{\n  "a": [1,')).toMatchObject({
      ok: false,
      error: { line: 2, column: 11, found: undefined, expected: 'value' },
    })
    expect(parseJsonDraft('{"a": ')).toMatchObject({ ok: false, error: { line: 1, column: 7, expected: 'value' } })
    expect(parseJsonDraft('')).toMatchObject({ ok: false, error: { line: 1, column: 1, expected: 'value' } })
  })

  it('gives a position even where the engine gives none (V8: "Unexpected token \'}\'")', () => {
    expect(parseJsonDraft('{"a": tru}')).toMatchObject({
      ok: false,
      error: { line: 1, column: 7, found: 'tru', expected: 'value' },
    })
  })

  it("does not depend on the engine's wording: the position comes from our own scan", () => {
    const original = JSON.parse
    JSON.parse = () => {
      throw new SyntaxError('JSON.parse: expected double-quoted property name at line 9 column 9 of the JSON data')
    }
    try {
      expect(parseJsonDraft('{\n  ,}')).toMatchObject({ ok: false, error: { line: 2, column: 3, expected: 'name' } })
    } finally {
      JSON.parse = original
    }
  })
})

describe('formatDraftJson', () => {
  it('prints two-space JSON with a final newline that parses back to the draft', () => {
    const draft = { type: 'button', body: { text: 'Habari' } }
    expect(formatDraftJson(draft)).toBe('{\n  "type": "button",\n  "body": {\n    "text": "Habari"\n  }\n}\n')
    expect(parseJsonDraft(formatDraftJson(draft))).toEqual({ ok: true, value: draft })
  })

  it('never throws on what JSON cannot hold', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(formatDraftJson(cycle)).toBe('null\n')
    expect(formatDraftJson(undefined)).toBe('null\n')
  })

  // A stored draft edited by hand (1e400) or a host's value restores Infinity: not shown as null.
  it('writes a number too large for JSON as one JSON reads back as the same number', () => {
    const draft = {
      action: { parameters: { ttl_minutes: Number.POSITIVE_INFINITY, at: [Number.NEGATIVE_INFINITY, 1, null] } },
    }
    const text = formatDraftJson(draft)
    expect(text).toContain('"ttl_minutes": 1e999')
    expect(text).toContain('-1e999,')
    expect(JSON.parse(text)).toEqual(draft)
    // NaN has no such number: it stays null, as JSON writes it.
    expect(formatDraftJson({ a: Number.NaN })).toBe('{\n  "a": null\n}\n')
  })

  it('keeps a text of the draft that looks like its own stand-in for an infinite number', () => {
    const draft = { a: Number.POSITIVE_INFINITY, b: '\u0000briq:1e999' }
    expect(JSON.parse(formatDraftJson(draft))).toEqual({ a: null, b: '\u0000briq:1e999' })
  })
})
