import { describe, expect, it } from 'vitest'
import { bodyTooLargeError, MAX_BODY_CONTAINERS, MAX_BODY_DEPTH, parseJsonObjectBody } from './json-object-body.ts'

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
      status: 422,
      error: { code: 'VALIDATION_ERROR', message, field: 'body' },
    })
  })

  it('counts only brackets outside strings, escaped quotes included', () => {
    const inString = `{"a":"${'['.repeat(MAX_BODY_DEPTH * 2)}\\"${'{'.repeat(MAX_BODY_DEPTH)}"}`
    expect(parseJsonObjectBody(bytes(inString)).ok).toBe(true)
    const atTheLimit = `${'['.repeat(MAX_BODY_DEPTH - 1)}${']'.repeat(MAX_BODY_DEPTH - 1)}`
    expect(parseJsonObjectBody(bytes(`{"a":${atTheLimit}}`)).ok).toBe(true)
  })

  // The body itself is one container, so a list of n empty objects inside it holds n + 2.
  const emptyObjects = (count: number) => bytes(`{"a":[${Array(count).fill('{}').join(',')}]}`)

  it('refuses more than MAX_BODY_CONTAINERS objects and arrays with a 413 on body, before parsing', () => {
    expect(parseJsonObjectBody(emptyObjects(MAX_BODY_CONTAINERS - 2)).ok).toBe(true)
    expect(parseJsonObjectBody(emptyObjects(MAX_BODY_CONTAINERS - 1))).toEqual({
      ok: false,
      status: 413,
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: `Request body holds more than ${MAX_BODY_CONTAINERS} JSON objects and arrays`,
        field: 'body',
      },
    })
    // Refused from the count alone: text that is no JSON past the bound is never parsed.
    const notJson = bytes(`{"a":[${'[],'.repeat(MAX_BODY_CONTAINERS)}`)
    expect(parseJsonObjectBody(notJson)).toMatchObject({ ok: false, status: 413 })
  })

  it('counts only containers outside strings toward MAX_BODY_CONTAINERS', () => {
    const inStrings = `{"a":"${'{}[]'.repeat(MAX_BODY_CONTAINERS)}","b":"\\\\"}`
    expect(parseJsonObjectBody(bytes(inStrings)).ok).toBe(true)
  })
})

describe('bodyTooLargeError', () => {
  it('names the byte cap in the one sentence the proxy and the mock both answer with', () => {
    expect(bodyTooLargeError(65_536)).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Request body is larger than 65536 bytes',
      field: 'body',
    })
  })
})
