import { describe, expect, it } from 'vitest'
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
    expect(contentTypeError(type, { byteLength: 2, required: true })).toBeNull()
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
    expect(contentTypeError(type, { byteLength: 2, required: true })).toEqual(refusal)
    expect(contentTypeError(type, { byteLength: 0, required: false })).toEqual(refusal)
  })

  it('refuses no type at all for a body, or where a body is required, even an empty one', () => {
    expect(contentTypeError(null, { byteLength: 2, required: false })).toEqual(refusal)
    expect(contentTypeError(null, { byteLength: 0, required: true })).toEqual(refusal)
  })

  it('lets a body-less POST with no type through where no body is required (a read receipt)', () => {
    expect(contentTypeError(null, { byteLength: 0, required: false })).toBeNull()
  })
})
