import { describe, expect, it } from 'vitest'
import { invalidIdError } from './invalid-id.ts'

describe('invalidIdError', () => {
  it('is a 422 VALIDATION_ERROR on the parameter, quoting what was given', () => {
    expect(invalidIdError('message_id', '../admin')).toEqual({
      code: 'VALIDATION_ERROR',
      message: 'message_id must be a UUID, got "../admin"',
      field: 'message_id',
    })
  })
})
