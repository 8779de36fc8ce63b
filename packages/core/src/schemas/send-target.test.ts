import { describe, expect, it } from 'vitest'
import {
  sendInteractiveLegacyRoute,
  sendInteractiveRoute,
  sendMessageRoute,
  sendTemplateRoute,
  sendTextRoute,
} from '../contract/briq-routes.ts'
import { BRIQ_PHONE_PATTERN, LIMITS } from '../limits.ts'
import { expectClean, expectIssue, expectWarning } from '../test-support/expect-issue.ts'
import { validateRequest } from '../validation/validate-request.ts'

const interactive = {
  type: 'button',
  body: { text: 'Did this resolve your issue?' },
  action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
}
const CONVERSATION = '5c1d2e3f-4a5b-4c6d-8e7f-000000000001'

// Every send request that takes Briq's target, with the rest of a valid body.
const bodies = [
  ['interactive send', sendInteractiveRoute, { interactive }],
  ['text send', sendTextRoute, { body: 'Karibu!' }],
  ['template send', sendTemplateRoute, { template_name: 'order_update' }],
  ['unified interactive send', sendMessageRoute, { type: 'interactive', interactive }],
  ['unified text send', sendMessageRoute, { type: 'text', body: 'Karibu!' }],
  ['unified template send', sendMessageRoute, { type: 'template', template_name: 'order_update' }],
] as const

describe.each(bodies)('the one send target, in the %s', (_name, route, rest) => {
  const check = (target: Record<string, unknown>) => validateRequest(route, { ...target, ...rest })

  it('takes a number, with or without a sender, or a conversation', () => {
    expectClean(check({ to: '255712345678' }))
    expectClean(check({ to: '+255712345678', sender: '255700000001' }))
    expectClean(check({ conversation_id: CONVERSATION }))
  })

  it('needs exactly one of to and conversation_id', () => {
    expectIssue(check({}), ['to'], 'required')
    expectIssue(check({ to: '255712345678', conversation_id: CONVERSATION }), ['conversation_id'], 'conflict')
  })

  it("checks the number against Briq's pattern and the ids as UUIDs", () => {
    expectIssue(check({ to: '0712345678' }), ['to'], 'invalid_phone')
    expectIssue(check({ conversation_id: 'not-a-uuid' }), ['conversation_id'], 'invalid_uuid')
    expectIssue(check({ to: '255712345678', sender_id: '42' }), ['sender_id'], 'invalid_uuid')
  })

  it('counts the sender in characters (code points), as Briq words it', () => {
    const max = LIMITS.send.sender.max
    expectClean(check({ to: '255712345678', sender: '😀'.repeat(max / 2) }))
    const issue = expectIssue(check({ to: '255712345678', sender: 'x'.repeat(max + 1) }), ['sender'], 'too_long')
    expect(issue.message).toMatch(/Briq allows 64/)
  })

  it('warns that a conversation decides the sender', () => {
    expectWarning(check({ conversation_id: CONVERSATION, sender: '255700000001' }), ['sender'], 'not_recommended')
  })
})

describe("Briq's phone bounds", () => {
  it('the pattern accepts exactly LIMITS.send.to digits, with an optional +', () => {
    const { min, max } = LIMITS.send.to
    for (let digits = 1; digits <= max + 3; digits++) {
      const number = `2${'5'.repeat(digits - 1)}`
      const inRange = digits >= min && digits <= max
      expect(BRIQ_PHONE_PATTERN.test(number), `${digits} digits`).toBe(inRange)
      expect(BRIQ_PHONE_PATTERN.test(`+${number}`), `+ and ${digits} digits`).toBe(inRange)
    }
    expect(BRIQ_PHONE_PATTERN.test('0712345678')).toBe(false)
  })
})

describe('the older send-interactive and its recipient', () => {
  const check = (recipient: unknown) => validateRequest(sendInteractiveLegacyRoute, { recipient, interactive })
  const { min, max } = LIMITS.send.legacyRecipient

  it(`takes ${min}–${max} digits once a leading + is stripped, as Briq documents`, () => {
    expectClean(check('12345'))
    expectClean(check(`+${'1'.repeat(max)}`))
    expectIssue(check('1'.repeat(min - 1)), ['recipient'], 'too_short')
    expectIssue(check('1'.repeat(max + 1)), ['recipient'], 'too_long')
  })

  it('names recipient, never to, for a recipient that is not a number', () => {
    const issue = expectIssue(check('customer-1'), ['recipient'], 'invalid_phone')
    expect(issue.message).not.toMatch(/\bto\b/)
  })
})
