import { describe, expect, it } from 'vitest'
import { MAX_BODY_DEPTH, parseJsonObjectBody } from './json-object-body.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('parseJsonObjectBody', () => {
  it('reads a JSON object', () => {
    expect(parseJsonObjectBody(bytes('{"to":"255712345678","x":[1,{"y":"]}"}]}'))).toEqual({
      ok: true,
      value: { to: '255712345678', x: [1, { y: ']}' }] },
    })
  })

  it.each([
    ['malformed JSON', bytes('{"to":'), 'Request body is not valid JSON; send a JSON object'],
    ['a list', bytes('[]'), 'Request body must be a JSON object'],
    ['null', bytes('null'), 'Request body must be a JSON object'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 'Request body is not valid UTF-8'],
    [
      'nesting one level too deep',
      bytes(`{"a":${'['.repeat(MAX_BODY_DEPTH)}${']'.repeat(MAX_BODY_DEPTH)}}`),
      `Request body nests more than ${MAX_BODY_DEPTH} levels deep`,
    ],
  ])('refuses %s with a 422 on body that never quotes the body', (_label, body, message) => {
    expect(parseJsonObjectBody(body)).toEqual({
      ok: false,
      error: { code: 'VALIDATION_ERROR', message, field: 'body' },
    })
  })

  it('counts only brackets outside strings, escaped quotes included', () => {
    const inString = `{"a":"${'['.repeat(MAX_BODY_DEPTH * 2)}\\"${'{'.repeat(MAX_BODY_DEPTH)}"}`
    expect(parseJsonObjectBody(bytes(inString)).ok).toBe(true)
    const atTheLimit = `${'['.repeat(MAX_BODY_DEPTH - 1)}${']'.repeat(MAX_BODY_DEPTH - 1)}`
    expect(parseJsonObjectBody(bytes(`{"a":${atTheLimit}}`)).ok).toBe(true)
  })
})
