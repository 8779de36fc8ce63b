import { describe, expect, it, vi } from 'vitest'
import { BriqError, isBriqError, toBriqError } from '../index.ts'

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

  it('knows a BriqError made by another copy of core, as a host bundling one and the react package another', async () => {
    // A fresh instance of the whole entry, as a second copy installed beside this one loads.
    vi.resetModules()
    const other = await import('../index.ts')
    expect(other.BriqError).not.toBe(BriqError)
    const theirs = new other.BriqError({ kind: 'network', message: 'Offline' })
    expect(theirs).not.toBeInstanceOf(BriqError)
    expect(isBriqError(theirs)).toBe(true)
    expect(isBriqError(theirs, 'network')).toBe(true)
    expect(isBriqError(theirs, 'http')).toBe(false)
    expect(other.isBriqError(http, 'http')).toBe(true)
    // Kept as it is, not wrapped as a failure of its own: its kind and code still say what happened.
    expect(toBriqError(theirs, 'The look-up')).toBe(theirs)
  })

  it('is false for a plain object, or one built on an error, that carries the mark', () => {
    const mark = Symbol.for('@briq-interactive/core/BriqError')
    expect(isBriqError({ [mark]: true, kind: 'http', status: 422, message: 'x' })).toBe(false)
    expect(isBriqError({ ...http })).toBe(false)
    expect(isBriqError(Object.create(http))).toBe(false)
  })
})
