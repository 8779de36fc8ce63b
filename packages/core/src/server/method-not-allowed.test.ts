import { describe, expect, it } from 'vitest'
import { methodNotAllowedError, methodNotSupportedError } from './method-not-allowed.ts'

describe('methodNotAllowedError', () => {
  it('names the method and every method the path takes, on no field', () => {
    expect(methodNotAllowedError('PUT', ['POST'])).toEqual({
      code: 'METHOD_NOT_ALLOWED',
      message: 'PUT is not allowed on this path; use POST.',
      field: null,
    })
    expect(methodNotAllowedError('DELETE', ['GET', 'POST']).message).toBe(
      'DELETE is not allowed on this path; use GET or POST.',
    )
  })
})

describe('methodNotSupportedError', () => {
  it('names the method and every method the server takes, on no field', () => {
    expect(methodNotSupportedError('TRACE', ['GET', 'POST', 'OPTIONS'])).toEqual({
      code: 'METHOD_NOT_ALLOWED',
      message: 'TRACE is not supported; use GET, POST, OPTIONS.',
      field: null,
    })
  })
})
