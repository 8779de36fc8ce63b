import { describe, expect, it } from 'vitest'
import { methodNotAllowedError } from './method-not-allowed.ts'

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
