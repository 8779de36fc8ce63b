import { describe, expect, it } from 'vitest'
import {
  sendInteractiveLegacyRoute,
  sendInteractiveRoute,
  sendMessageRoute,
  sendTemplateRoute,
  sendTextRoute,
} from '../contract/briq-routes.ts'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
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
const perTypeBodies = [
  ['interactive send', sendInteractiveRoute, { interactive }],
  ['text send', sendTextRoute, { body: 'Karibu!' }],
  ['template send', sendTemplateRoute, { template_name: 'order_update' }],
] as const
const unifiedBodies = [
  ['unified interactive send', sendMessageRoute, { type: 'interactive', interactive }],
  ['unified text send', sendMessageRoute, { type: 'text', body: 'Karibu!' }],
  ['unified template send', sendMessageRoute, { type: 'template', template_name: 'order_update' }],
] as const
const bodies = [...perTypeBodies, ...unifiedBodies] as const

describe.each(bodies)('the one send target, in the %s', (_name, route, rest) => {
  const check = (target: Record<string, unknown>) => validateRequest(route, { ...target, ...rest })

  it('takes a number, with or without a sender, or a conversation', () => {
    expectClean(check({ to: '255712345678' }))
    expectClean(check({ to: '+255712345678', sender: '255700000001' }))
    expectClean(check({ conversation_id: CONVERSATION }))
  })

  it('needs a to or a conversation_id', () => {
    expectIssue(check({}), ['to'], 'required', { reason: 'target_required', rule: 'briq' })
    expectIssue(check({ to: null, conversation_id: null }), ['to'], 'required')
  })

  it('says once what a null to lacks: a recipient number or a conversation', () => {
    const result = check({ to: null })
    const atTo = (result.ok ? [] : result.issues).filter((issue) => issue.path.join() === 'to')
    expect(atTo.map((issue) => issue.message)).toEqual(['Briq needs a recipient number (to) or a conversation_id'])
  })

  it('says once what a null conversation_id lacks, as for a null to', () => {
    for (const target of [{ conversation_id: null }, { to: null, conversation_id: null }]) {
      const result = check(target)
      expect((result.ok ? [] : result.issues).map((issue) => issue.message)).toEqual([
        'Briq needs a recipient number (to) or a conversation_id',
      ])
    }
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

describe.each(perTypeBodies)('both to and a conversation_id, in the %s', (_name, route, rest) => {
  // Briq's per-type sends take the recipient and sender from the conversation and ignore `to`
  // and `sender` (docs.briq.tz, Karibu-WhatsApp/messages/send-interactive): no error, a warning.
  it('is accepted, with a warning at to that the conversation decides', () => {
    const result = validateRequest(route, { to: '255712345678', conversation_id: CONVERSATION, ...rest })
    const warning = expectWarning(result, ['to'], 'not_recommended')
    expect(warning).toMatchObject({ reason: 'to_ignored' })
    expect(warning.message).toBe(
      'Briq ignores the recipient number (to) when a conversation_id is given: the conversation decides who receives it and which number sends',
    )
    expect(formatIssue(warning, coreMessagesSw)).toBe(
      'conversation_id ikiwepo, Briq inapuuza namba ya mpokeaji (to): mazungumzo ndiyo huamua nani anapokea na namba ipi inatuma',
    )
    expect(result.warnings.map((w) => w.path)).toEqual([['to']])
  })

  it('warns at to and at sender when both are given with a conversation', () => {
    const result = validateRequest(route, {
      to: '255712345678',
      sender: '255700000001',
      conversation_id: CONVERSATION,
      ...rest,
    })
    expect(result.ok).toBe(true)
    expect(result.warnings.map((w) => [w.path, w.reason])).toEqual([
      [['to'], 'to_ignored'],
      [['sender'], 'sender_ignored'],
    ])
  })

  it('still checks the ignored number', () => {
    expectIssue(
      validateRequest(route, { to: '0712345678', conversation_id: CONVERSATION, ...rest }),
      ['to'],
      'invalid_phone',
    )
  })
})

describe.each(unifiedBodies)('both to and a conversation_id, in the %s', (_name, route, rest) => {
  it("is Briq's 422: the unified send takes exactly one", () => {
    const result = validateRequest(route, { to: '255712345678', conversation_id: CONVERSATION, ...rest })
    const issue = expectIssue(result, ['conversation_id'], 'conflict', { reason: 'target_conflict', rule: 'briq' })
    expect(issue.message).toBe('Briq takes a recipient number (to) or a conversation_id, not both')
    expect(result.warnings.filter((w) => w.reason === 'to_ignored')).toEqual([])
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

describe("the unified send's types", () => {
  const to = '255712345678'
  const media = { type: 'media', to, media_kind: 'IMAGE', media_url: 'https://duka.example/kikombe.jpg' }

  it("takes Briq's media send, checks its target, and warns that the kit checks nothing else of it", () => {
    const result = validateRequest(sendMessageRoute, { ...media, caption: 'Kikombe' })
    const warning = expectWarning(result, ['type'], 'not_recommended')
    expect(warning).toMatchObject({ reason: 'media_unchecked' })
    expect(warning.message).toBe(
      'This kit does not check a media send (media_kind, media_url, caption, filename); Briq checks it when it arrives',
    )
    expect(formatIssue(warning, coreMessagesSw)).toBe(
      'Kiunda ujumbe hiki hakikagui ujumbe wa faili (media_kind, media_url, caption, filename); Briq huukagua unapofika',
    )
    expect(result.ok && result.value).toMatchObject({ ...media, caption: 'Kikombe' })
    expectIssue(validateRequest(sendMessageRoute, { ...media, to: '0712' }), ['to'], 'invalid_phone')
    expectIssue(
      validateRequest(sendMessageRoute, { ...media, conversation_id: CONVERSATION }),
      ['conversation_id'],
      'conflict',
    )
  })

  it("lists Briq's four types for a type it does not have", () => {
    const issue = expectIssue(validateRequest(sendMessageRoute, { type: 'audio', to }), ['type'], 'invalid_value')
    expect(issue.message).toBe('Message type must be one of "interactive", "text", "template" or "media" for Briq')
  })
})
