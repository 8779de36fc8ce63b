import { describe, expect, it } from 'vitest'
import { validateSendRequest } from '../validation/validate-send-request.ts'
import { briqErrorEnvelope, issueField, toBriqErrors } from './to-briq-errors.ts'

describe('issues → Briq errors', () => {
  it('spells a field with dots, indexes included', () => {
    expect(issueField(['interactive', 'action', 'buttons', 1, 'reply', 'title'])).toBe(
      'interactive.action.buttons.1.reply.title',
    )
    expect(issueField([])).toBeNull()
  })

  it('gives one VALIDATION_ERROR per issue, with its message and field', () => {
    const result = validateSendRequest({
      to: '255712345678',
      interactive: {
        type: 'button',
        body: { text: 'Pick one' },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A title that is too long' } }] },
      },
    })
    if (result.ok) throw new Error('expected issues')
    expect(toBriqErrors(result.issues)).toEqual([
      {
        code: 'VALIDATION_ERROR',
        message: result.issues[0]?.message,
        field: 'interactive.action.buttons.0.reply.title',
      },
    ])
  })

  it("wraps errors in Briq's envelope", () => {
    const errors = [{ code: 'VALIDATION_ERROR', message: 'm', field: 'to' }]
    expect(briqErrorEnvelope(errors, 'r-1')).toEqual({ success: false, data: null, errors, request_id: 'r-1' })
  })
})
