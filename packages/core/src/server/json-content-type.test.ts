import { describe, expect, it } from 'vitest'
import { quoted } from '../quoted.ts'
import { contentTypeError } from './json-content-type.ts'

const refusal = { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Type must be application/json', field: 'body' }

describe('contentTypeError', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    ' APPLICATION/JSON ',
    'application/merge-patch+json',
    'application/vnd.api+json;charset=UTF-8',
  ])('reads a body typed %j as JSON', (type) => {
    expect(contentTypeError(type, { byteLength: 2, required: true, encoding: null })).toBeNull()
  })

  it.each([
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
    'application/json-seq',
    'text/json',
    '',
  ])('refuses a body typed %j, empty or not', (type) => {
    expect(contentTypeError(type, { byteLength: 2, required: true, encoding: null })).toEqual(refusal)
    expect(contentTypeError(type, { byteLength: 0, required: false, encoding: null })).toEqual(refusal)
  })

  it('refuses no type at all for a body, or where a body is required, even an empty one', () => {
    expect(contentTypeError(null, { byteLength: 2, required: false, encoding: null })).toEqual(refusal)
    expect(contentTypeError(null, { byteLength: 0, required: true, encoding: null })).toEqual(refusal)
  })

  it.each(['gzip', 'GZIP', 'br', 'deflate', 'gzip, identity', 'x'.repeat(200)])(
    'refuses a body in content coding %j, naming it, whatever its type',
    (coding) => {
      const error = contentTypeError('application/json', { byteLength: 2, required: true, encoding: coding })
      expect(error).toEqual({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: `Content-Encoding ${quoted(coding)} is not supported; send the body uncompressed`,
        field: 'body',
      })
    },
  )

  it.each(['identity', ' Identity ', ''])('reads a body in content coding %j as not compressed', (coding) => {
    expect(contentTypeError('application/json', { byteLength: 2, required: true, encoding: coding })).toBeNull()
  })

  it('lets a body-less POST with no type through where no body is required (a read receipt)', () => {
    expect(contentTypeError(null, { byteLength: 0, required: false, encoding: null })).toBeNull()
  })
})
