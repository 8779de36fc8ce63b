import { describe, expect, it } from 'vitest'
import { sendMessageRoute, sendTemplateRoute } from '../contract/briq-routes.ts'
import { createDraft } from '../draft/create-draft.ts'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { chars, expectClean, expectIssue, expectWarning } from '../test-support/expect-issue.ts'
import { validateRequest } from './validate-request.ts'
import { validateSendRequest } from './validate-send-request.ts'

const interactive = {
  type: 'button',
  body: { text: 'Did this resolve your issue?' },
  action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
}
const CONVERSATION = '3f2b8c1e-9a4d-4e2f-8b1a-2c3d4e5f6a7b'

describe('validateSendRequest', () => {
  it('accepts to with or without sender, and conversation_id alone', () => {
    expectClean(validateSendRequest({ to: '255712345678', interactive }))
    expectClean(validateSendRequest({ to: '+255712345678', sender: '255700000001', interactive }))
    expectClean(validateSendRequest({ conversation_id: CONVERSATION, interactive }))
  })

  it('requires a to or a conversation_id; with both, the conversation decides (a warning)', () => {
    expectIssue(validateSendRequest({ interactive }), ['to'], 'required')
    const both = validateSendRequest({ to: '255712345678', conversation_id: CONVERSATION, interactive })
    expect(expectWarning(both, ['to'], 'not_recommended').reason).toBe('to_ignored')
  })

  it('warns when an address request goes to a number outside India, on both send APIs', () => {
    const address = createDraft('address_message')
    const abroad = validateSendRequest({ to: '255712345678', interactive: address })
    const issue = expectWarning(abroad, ['to'], 'not_recommended')
    expect(issue.reason).toBe('address_recipient_india_only')
    expect(formatIssue(issue)).toBe(
      'WhatsApp delivers address messages only to customers in India: this number does not start with +91',
    )
    expect(formatIssue(issue, coreMessagesSw)).toBe(
      'WhatsApp hufikisha ujumbe wa anwani kwa wateja walio India tu: namba hii haianzi na +91',
    )
    const unified = validateRequest(sendMessageRoute, {
      type: 'interactive',
      to: '+255712345678',
      interactive: address,
    })
    expect(unified.warnings.map((warning) => warning.reason)).toContain('address_recipient_india_only')
    // An Indian number, another type, or a conversation (whose number is not in the body): nothing.
    expectClean(validateSendRequest({ to: '919876543210', interactive: address }))
    expectClean(validateSendRequest({ to: '+919876543210', interactive: address }))
    expectClean(validateSendRequest({ to: '255712345678', interactive }))
    expectClean(validateSendRequest({ conversation_id: CONVERSATION, interactive: address }))
  })

  it("calls a missing interactive type Briq's rule, as Briq checks it; a wrong one WhatsApp's", () => {
    // Briq documents the interactive object's type as required and forwards the rest unchanged.
    const missing = expectIssue(
      validateSendRequest({ to: '255712345678', interactive: {} }),
      ['interactive', 'type'],
      'required',
    )
    expect(missing).toMatchObject({ rule: 'briq', message: 'Message type is required by Briq' })
    const wrong = validateSendRequest({ to: '255712345678', interactive: { ...interactive, type: 'carousel_x' } })
    expect(expectIssue(wrong, ['interactive', 'type'], 'invalid_value').rule).toBe('whatsapp')
  })

  it("applies Briq's phone pattern to to", () => {
    for (const to of ['1234567', '+123456789012345678']) expectClean(validateSendRequest({ to, interactive }))
    for (const to of ['123456', '1234567890123456789', '0712345678', '255 712 345 678', '+', 'abc']) {
      expectIssue(validateSendRequest({ to, interactive }), ['to'], 'invalid_phone')
    }
    // A number of digits only, one too short, is told how many digits Briq takes.
    const short = expectIssue(validateSendRequest({ to: '255712', interactive }), ['to'], 'invalid_phone')
    expect(short.message).toBe(
      'Recipient number (to) must be the number in international format for Briq: 7 to 18 digits, the first not 0, like 255712345678 (an optional leading + is allowed)',
    )
    expect(formatIssue(short, coreMessagesSw)).toMatch(/tarakimu 7 hadi 18 tu, ya kwanza si 0, kama 255712345678/)
  })

  it('limits sender to 64 characters and checks uuids', () => {
    expectClean(validateSendRequest({ to: '255712345678', sender: chars(64), interactive }))
    expectIssue(validateSendRequest({ to: '255712345678', sender: chars(65), interactive }), ['sender'], 'too_long', {
      limit: 64,
      actual: 65,
      message: 'Sender is 65 characters; Briq allows 64',
    })
    expectIssue(
      validateSendRequest({ conversation_id: 'not-a-uuid', interactive }),
      ['conversation_id'],
      'invalid_uuid',
    )
  })

  // Only Briq reads the sender (to pick one of your numbers): the customer never sees it.
  it('warns of a sender of only spaces as Briq’s field, not as text the customer reads', () => {
    const blank = expectWarning(
      validateSendRequest({ to: '255712345678', sender: '   ', interactive }),
      ['sender'],
      'not_recommended',
    )
    expect(blank).toMatchObject({ reason: 'blank' })
    expect(blank.message).toBe('Sender is only spaces; Briq may reject the request')
    expect(formatIssue(blank, coreMessagesSw)).toMatch(/nafasi tu; Briq inaweza kukataa ombi$/)
    const template = validateRequest(sendTemplateRoute, { to: '255712345678', template_name: ' ' })
    expect(expectWarning(template, ['template_name'], 'not_recommended').message).toBe(
      'The template_name is only spaces; Briq may reject the request',
    )
  })

  it('warns about the deprecated sender_id and a sender Briq will ignore', () => {
    const deprecated = expectWarning(
      validateSendRequest({ to: '255712345678', sender_id: CONVERSATION, interactive }),
      ['sender_id'],
      'not_recommended',
    )
    expect(deprecated.message).toBe('The sender_id field is deprecated by Briq; use sender')
    expectWarning(
      validateSendRequest({ conversation_id: CONVERSATION, sender: 'x', interactive }),
      ['sender'],
      'not_recommended',
    )
  })

  it('requires the interactive object and prefixes its issue paths', () => {
    expect(expectIssue(validateSendRequest({ to: '255712345678' }), ['interactive'], 'required').message).toBe(
      'Interactive object is required by Briq',
    )
    const bad = { ...interactive, body: { text: chars(1025) } }
    const issue = expectIssue(
      validateSendRequest({ to: '255712345678', interactive: bad }),
      ['interactive', 'body', 'text'],
      'too_long',
    )
    expect(issue.message).toBe('Body text is 1025 characters; WhatsApp allows 1024')
  })

  it('warns about a request field Briq does not read (Briq drops it), in English and Swahili', () => {
    const result = validateSendRequest({ to: '255712345678', sender_idd: 'x', interactive })
    expect(result.ok).toBe(true)
    expect(result.ok && result.value).toMatchObject({ sender_idd: 'x' })
    expect(result.warnings).toEqual([
      {
        path: ['sender_idd'],
        code: 'unknown_key',
        reason: 'unknown_request_field',
        params: { key: 'sender_idd' },
        message: '"sender_idd" is not a field Briq reads; it is ignored',
      },
    ])
    expect(formatIssue(result.warnings[0]!, coreMessagesSw)).toBe(
      '"\u2068sender_idd\u2069" si kipengele ambacho Briq inasoma; kinapuuzwa',
    )
  })

  it('still refuses an unknown field inside the interactive object (WhatsApp error 100)', () => {
    const result = validateSendRequest({ to: '255712345678', interactive: { ...interactive, extra: 1 } })
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.issues).toMatchObject([
      { path: ['interactive', 'extra'], code: 'unknown_key', reason: 'unknown_field', rule: 'whatsapp' },
    ])
  })
})
