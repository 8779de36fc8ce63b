import { describe, expect, it } from 'vitest'
import { validateSendRequest } from '../validation/validate-send-request.ts'
import { briqErrorEnvelope, issueField, toBriqErrors } from './to-briq-errors.ts'

const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })

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
        message: 'Button 1 title is 24 characters; WhatsApp allows 20',
        field: 'interactive.action.buttons.0.reply.title',
        issue: {
          path: ['interactive', 'action', 'buttons', 0, 'reply', 'title'],
          code: 'too_long',
          limit: 20,
          actual: 24,
          rule: 'whatsapp',
        },
      },
    ])
  })

  it('carries each issue whole but its sentence, which is the message, through JSON', () => {
    const result = validateSendRequest({
      interactive: {
        type: 'button',
        body: { text: 'x'.repeat(2000) },
        action: { buttons: [reply('a', 'Yes'), reply('b', 'yes')] },
      },
    })
    if (result.ok) throw new Error('expected issues')
    const errors = JSON.parse(JSON.stringify(toBriqErrors(result.issues))) as ReturnType<typeof toBriqErrors>
    expect(errors.map(({ message, issue }) => ({ ...issue, message }))).toEqual(result.issues)
    // Briq's three keys are as Briq writes them.
    expect(errors.map(({ code, message, field }) => ({ code, message, field }))).toEqual(
      result.issues.map((issue) => ({
        code: 'VALIDATION_ERROR',
        message: issue.message,
        field: issueField(issue.path),
      })),
    )
  })

  it("wraps errors in Briq's envelope", () => {
    const errors = [{ code: 'VALIDATION_ERROR', message: 'm', field: 'to' }]
    expect(briqErrorEnvelope(errors, 'r-1')).toEqual({ success: false, data: null, errors, request_id: 'r-1' })
  })
})
