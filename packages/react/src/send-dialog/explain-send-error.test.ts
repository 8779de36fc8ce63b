import { BriqError } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { getTranslator } from '../i18n/messages.ts'
import { explainSendError } from './explain-send-error.ts'

const en = getTranslator('en')
const sw = getTranslator('sw')

describe('explainSendError', () => {
  it('tells the user to wait as long as Retry-After says, rounded up to whole seconds', () => {
    const error = new BriqError({ kind: 'http', status: 429, message: 'Too many', retryAfterMs: 1500 })
    expect(explainSendError(error, en)).toBe('Too many messages at once. Try again in 2 seconds.')
    expect(explainSendError(error, sw)).toBe('Ujumbe mwingi mno kwa wakati mmoja. Jaribu tena baada ya sekunde 2.')
    const noWait = new BriqError({ kind: 'http', status: 429, message: 'Too many' })
    expect(explainSendError(noWait, en)).toMatch(/Wait a moment/)
  })

  it('explains a closed window, a duplicate, a network failure and a server error', () => {
    const closed = new BriqError({ kind: 'http', status: 422, code: 'WINDOW_CLOSED', message: 'closed' })
    expect(explainSendError(closed, en)).toMatch(/Ask the customer to write first, or send an approved template/)
    const duplicate = new BriqError({ kind: 'validation', code: 'DUPLICATE_SEND', message: 'dup' })
    expect(explainSendError(duplicate, en)).toMatch(/already sent/)
    expect(explainSendError(new BriqError({ kind: 'network', message: 'offline' }), en)).toMatch(/could not be reached/)
    expect(explainSendError(new BriqError({ kind: 'http', status: 502, message: 'bad gateway' }), en)).toMatch(
      /request id/,
    )
  })

  it('leaves other failures to Briq’s own message', () => {
    expect(explainSendError(new BriqError({ kind: 'http', status: 403, message: 'forbidden' }), en)).toBeUndefined()
  })
})
