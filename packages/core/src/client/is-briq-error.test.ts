import { describe, expect, it } from 'vitest'
import { BriqError, isBriqError } from '../index.ts'

describe('isBriqError', () => {
  const validation = new BriqError({ kind: 'validation', message: 'Body is required', issues: [] })
  const http = new BriqError({ kind: 'http', message: 'Window closed', status: 422, code: 'WINDOW_CLOSED' })

  it('is true for a BriqError of any kind when no kind is given', () => {
    expect(isBriqError(validation)).toBe(true)
    expect(isBriqError(http)).toBe(true)
  })

  it('is false for what is no BriqError, even an Error shaped like one', () => {
    const lookalike = Object.assign(new Error('Window closed'), { name: 'BriqError', kind: 'http', status: 422 })
    for (const value of [lookalike, new TypeError('x'), { kind: 'http' }, 'BriqError', null, undefined]) {
      expect(isBriqError(value)).toBe(false)
      expect(isBriqError(value, 'http')).toBe(false)
    }
  })

  it('given a kind, is true only for an error of that kind', () => {
    expect(isBriqError(validation, 'validation')).toBe(true)
    expect(isBriqError(validation, 'http')).toBe(false)
    expect(isBriqError(http, 'http')).toBe(true)
    expect(isBriqError(http, 'network')).toBe(false)
  })

  it('refuses an unanswered kind carrying a status, which its narrowing says it has not', () => {
    const odd = new BriqError({ kind: 'network', message: 'Bad gateway', status: 502 })
    expect(isBriqError(odd)).toBe(true)
    expect(isBriqError(odd, 'network')).toBe(false)
    expect(
      isBriqError(new BriqError({ kind: 'invalid_response', message: 'Not JSON', status: 200 }), 'invalid_response'),
    ).toBe(true)
  })
})
