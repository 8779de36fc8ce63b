import { describe, expect, it } from 'vitest'
import { formatDraftJson, parseJsonDraft } from './parse-json-draft.ts'

describe('parseJsonDraft', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonDraft('{ "type": "button" }')).toEqual({ ok: true, value: { type: 'button' } })
  })

  it('names the line and column of a syntax error', () => {
    const result = parseJsonDraft('{\n  "a": 1\n  "b": 2\n}')
    expect(result).toMatchObject({ ok: false, error: { line: 3, column: 3, found: '"' } })
  })

  it('puts an unexpected end at the end of the text', () => {
    expect(parseJsonDraft('{\n  "a": [1,')).toMatchObject({
      ok: false,
      error: { line: 2, column: 11, found: undefined },
    })
    expect(parseJsonDraft('')).toMatchObject({ ok: false, error: { line: 1, column: 1 } })
  })

  it("reads Firefox's wording too", () => {
    const original = JSON.parse
    JSON.parse = () => {
      throw new SyntaxError('JSON.parse: expected double-quoted property name at line 2 column 5 of the JSON data')
    }
    try {
      expect(parseJsonDraft('{\n  ,}')).toMatchObject({ ok: false, error: { line: 2, column: 5 } })
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
})
