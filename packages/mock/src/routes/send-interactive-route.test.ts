import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS, FIXTURE_PHONES } from '../fixtures/fixture-ids.ts'
import {
  buttonInteractive,
  flowInteractive,
  quickReplyCarousel,
  repeatedRowIdInteractive,
  SEND_INTERACTIVE,
  tooLongTitleInteractive,
} from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe.each(TRANSPORTS)('G3 POST /v1/whatsapp/messages/interactive over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'g3' })

  it('accepts a valid send with 202 and a pending envelope', async () => {
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', interactive: buttonInteractive() },
    })
    expect(res.status).toBe(202)
    expect(res.json).toMatchObject({
      success: true,
      errors: null,
      data: {
        status: 'pending',
        provider_message_id: null,
        conversation_id: FIXTURE_IDS.openConversation,
        sender_id: FIXTURE_IDS.supportSender,
        sender: '1107264639145282',
      },
    })
    expect(res.json.data.message_id).toMatch(UUID)
    expect(res.json.request_id).toBe(res.headers.get('x-request-id'))
  })

  it('accepts a leading + on to', async () => {
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '+255712345678', interactive: buttonInteractive() },
    })
    expect(res.status).toBe(202)
    expect(res.json.data.conversation_id).toBe(FIXTURE_IDS.openConversation)
  })

  it.each([
    ['its number', '255700000002'],
    ['its number with +', '+255700000002'],
    ['its phone_number_id', '1107264639145283'],
  ])('picks the sender by %s', async (_label, sender) => {
    api.mock.openWindow('255712345678', { sender: '255700000002' })
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', sender, interactive: buttonInteractive() },
    })
    expect(res.status).toBe(202)
    expect(res.json.data.sender_id).toBe(FIXTURE_IDS.salesSender)
  })

  it('still accepts the deprecated sender_id', async () => {
    api.mock.openWindow('255712345678', { sender: FIXTURE_IDS.salesSender })
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', sender_id: FIXTURE_IDS.salesSender, interactive: buttonInteractive() },
    })
    expect(res.status).toBe(202)
    expect(res.json.data.sender).toBe('1107264639145283')
  })

  it('answers 422 naming field "sender" for an unknown sender', async () => {
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', sender: '255799999999', interactive: buttonInteractive() },
    })
    expect(res.status).toBe(422)
    expect(res.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'sender' })
    expect(res.json.errors[0].message).toContain('255700000001')
  })

  it('sends to a conversation_id, taking recipient and sender from it', async () => {
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: { conversation_id: FIXTURE_IDS.openConversation, interactive: buttonInteractive() },
    })
    expect(res.status).toBe(202)
    expect(res.json.data).toMatchObject({
      conversation_id: FIXTURE_IDS.openConversation,
      sender_id: FIXTURE_IDS.supportSender,
    })
  })

  it('given to and sender beside a conversation_id, sends as the conversation says and ignores them', async () => {
    // Briq: "recipient and sender are taken from it and to/sender/sender_id are ignored"
    // (docs.briq.tz, Karibu-WhatsApp/messages/send-interactive). This number has no open window
    // and this sender no thread with it, so using either would not give 202 on this thread.
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: {
        to: '255787654321',
        sender: '255700000002',
        conversation_id: FIXTURE_IDS.openConversation,
        interactive: buttonInteractive(),
      },
    })
    expect(res.status, JSON.stringify(res.json)).toBe(202)
    expect(res.json.data).toMatchObject({
      conversation_id: FIXTURE_IDS.openConversation,
      sender_id: FIXTURE_IDS.supportSender,
      sender: '1107264639145282',
    })
    const thread = await api.call('GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}`)
    expect(thread.json.data.recipient_phone).toBe(FIXTURE_PHONES.open)
    const message = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
    expect(message.json.data.conversation_id).toBe(FIXTURE_IDS.openConversation)
  })

  it('answers 404 for a conversation_id not in the workspace', async () => {
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: { conversation_id: '00000000-0000-4000-8000-000000000000', interactive: buttonInteractive() },
    })
    expect(res.status).toBe(404)
    expect(res.json.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'conversation_id' })
  })

  it.each([
    ['neither to nor conversation_id', { interactive: buttonInteractive() }, 'to'],
    ['a to that is not a phone number', { to: '0712-345', interactive: buttonInteractive() }, 'to'],
    ['no interactive', { to: '255712345678' }, 'interactive'],
    ['an interactive without type', { to: '255712345678', interactive: { body: { text: 'Hi' } } }, 'interactive.type'],
    [
      'a sender_id that is not a uuid',
      { to: '255712345678', sender_id: 'support', interactive: buttonInteractive() },
      'sender_id',
    ],
  ])('answers 422 VALIDATION_ERROR for %s', async (_label, body, field) => {
    const res = await api.call('POST', SEND_INTERACTIVE, { body })
    expect(res.status).toBe(422)
    expect(res.json.success).toBe(false)
    expect(res.json.data).toBeNull()
    expect(res.json.errors).toContainEqual(expect.objectContaining({ code: 'VALIDATION_ERROR', field }))
  })

  it.each([
    ['a number whose window closed', '255713000001'],
    ['a number never seen', '255787654321'],
  ])('answers 422 WINDOW_CLOSED for %s', async (_label, to) => {
    const res = await api.call('POST', SEND_INTERACTIVE, { body: { to, interactive: buttonInteractive() } })
    expect(res.status).toBe(422)
    expect(res.json.errors[0]).toMatchObject({ code: 'WINDOW_CLOSED', field: 'to' })
    expect(api.mock.state().messages.filter((m) => m.is_outbound)).toHaveLength(0)
  })

  it('accepts a send WhatsApp will reject, then fails it with 131009 naming the field', async () => {
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', interactive: tooLongTitleInteractive() },
    })
    expect(res.status).toBe(202)
    api.mock.advance(10_000)
    const detail = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
    expect(detail.json.data).toMatchObject({ status: 'failed', error_code: 131009, provider_message_id: null })
    expect(detail.json.data.error_message).toContain('interactive.action.buttons.1.reply.title')
  })

  it('accepts (and later fails) a message with more WhatsApp problems than core lists', async () => {
    const interactive: Record<string, unknown> = buttonInteractive()
    for (let i = 0; i < 150; i++) interactive[`extra_${i}`] = i
    const res = await api.call('POST', SEND_INTERACTIVE, { body: { to: '255712345678', interactive } })
    expect(res.status).toBe(202)
    api.mock.advance(10_000)
    const detail = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
    expect(detail.json.data).toMatchObject({ status: 'failed', error_code: 100 })
  })

  it('refuses flow data nested 3 000 levels deep (12 KB) and keeps answering every read', async () => {
    let data: unknown = 'leaf'
    for (let level = 0; level < 3000; level++) data = level % 2 ? [data] : { k: data }
    const interactive = flowInteractive({ data: { deep: data } })
    const res = await api.call('POST', SEND_INTERACTIVE, { body: { to: '255712345678', interactive } })
    expect(res.status).toBe(422)
    expect(res.json.errors).toEqual([expect.objectContaining({ code: 'VALIDATION_ERROR', field: 'body' })])
    expect((await api.call('GET', '/v1/whatsapp/messages')).status).toBe(200)
    expect((await api.call('GET', '/__mock/state')).status).toBe(200)
  })

  it.each([['a row id repeated across sections', repeatedRowIdInteractive()]])(
    "delivers what breaks only this kit's rules, not WhatsApp's: %s",
    async (_label, interactive) => {
      // Meta documents no such rule, so WhatsApp is not known to refuse the message.
      const res = await api.call('POST', SEND_INTERACTIVE, { body: { to: '255712345678', interactive } })
      expect(res.status, JSON.stringify(res.json)).toBe(202)
      api.mock.advance(10_000)
      const detail = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
      expect(detail.json.data).toMatchObject({ status: 'read', error_code: null, error_message: null })
    },
  )

  it("fails with WhatsApp's own rule beside a quick-reply warning", async () => {
    // Card 1's 3 quick replies are only a warning (Meta documents no maximum); card 2 having 2
    // breaks WhatsApp's "same number of buttons on every card".
    const interactive = quickReplyCarousel([3, 2])
    const res = await api.call('POST', SEND_INTERACTIVE, { body: { to: '255712345678', interactive } })
    expect(res.status).toBe(202)
    api.mock.advance(10_000)
    const detail = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
    expect(detail.json.data).toMatchObject({ status: 'failed', error_code: 131009 })
    expect(detail.json.data.error_message).toContain('interactive.action.cards.1.action —')
    expect(detail.json.data.error_message).not.toContain('this kit')
  })

  it('accepts, delivers and still reads back flow data just past the kit depth', async () => {
    let data: unknown = 'leaf'
    for (let level = 0; level < 40; level++) data = { k: data }
    const interactive = flowInteractive({ data })
    const res = await api.call('POST', SEND_INTERACTIVE, { body: { to: '255712345678', interactive } })
    expect(res.status).toBe(202)
    api.mock.advance(10_000)
    const detail = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
    expect(detail.json.data).toMatchObject({ status: 'read', error_code: null })
    expect(detail.json.data.content.action.parameters.flow_action_payload).toEqual({ data })
    expect((await api.call('GET', '/v1/whatsapp/messages')).status).toBe(200)
    expect((await api.call('GET', '/__mock/state')).status).toBe(200)
  })

  it('fails an unknown interactive key with Meta code 100', async () => {
    const interactive = { ...buttonInteractive(), colour: 'green' }
    const res = await api.call('POST', SEND_INTERACTIVE, { body: { to: '255712345678', interactive } })
    expect(res.status).toBe(202)
    api.mock.advance(10_000)
    const detail = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
    expect(detail.json.data).toMatchObject({ status: 'failed', error_code: 100 })
    expect(detail.json.data.error_message).toContain('interactive.colour')
  })

  it('fails an unknown interactive type with Meta code 131051', async () => {
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', interactive: { ...buttonInteractive(), type: 'poll' } },
    })
    expect(res.status).toBe(202)
    api.mock.advance(10_000)
    expect(api.mock.state().messages.at(-1)).toMatchObject({ status: 'failed', error_code: 131051 })
  })
})

describe.each(TRANSPORTS)('options over $name', (transport) => {
  describe('strict', () => {
    const api = useMock(transport, { clock: 'manual', strict: true })
    it('rejects an interactive that breaks WhatsApp rules at once with field errors', async () => {
      const res = await api.call('POST', SEND_INTERACTIVE, {
        body: { to: '255712345678', interactive: tooLongTitleInteractive() },
      })
      expect(res.status).toBe(422)
      expect(res.json.errors).toContainEqual(
        expect.objectContaining({ code: 'VALIDATION_ERROR', field: 'interactive.action.buttons.1.reply.title' }),
      )
      expect(api.mock.state().messages.filter((m) => m.is_outbound)).toHaveLength(0)
    })

    it("rejects at once what breaks only this kit's rules, which is delivered outside strict", async () => {
      const res = await api.call('POST', SEND_INTERACTIVE, {
        body: { to: '255712345678', interactive: repeatedRowIdInteractive() },
      })
      expect(res.status).toBe(422)
      expect(res.json.errors).toContainEqual(
        expect.objectContaining({ code: 'VALIDATION_ERROR', field: 'interactive.action.sections.1.rows.0.id' }),
      )
      expect(api.mock.state().messages.filter((m) => m.is_outbound)).toHaveLength(0)
    })

    it('accepts and delivers 3 quick replies on every carousel card: WhatsApp documents no maximum', async () => {
      const interactive = quickReplyCarousel([3, 3])
      const res = await api.call('POST', SEND_INTERACTIVE, { body: { to: '255712345678', interactive } })
      expect(res.status, JSON.stringify(res.json)).toBe(202)
      api.mock.advance(10_000)
      const detail = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
      expect(detail.json.data).toMatchObject({ status: 'read', error_code: null, content: interactive })
    })

    it('accepts and delivers what WhatsApp documents no limit for: a 600-character signed flow_token, a 2150-character card URL', async () => {
      const flow = {
        type: 'flow',
        body: { text: 'Book a table' },
        action: {
          name: 'flow',
          parameters: {
            flow_message_version: '3',
            flow_id: '1234567890123456',
            flow_cta: 'Book',
            flow_token: `eyJ${'a'.repeat(597)}`,
          },
        },
      }
      const card = (card_index: number) => ({
        card_index,
        type: 'cta_url',
        header: { type: 'image', image: { link: 'https://cdn.example.com/p.jpg' } },
        action: {
          name: 'cta_url',
          parameters: { display_text: 'Open', url: `https://shop.example.com/p?q=${'x'.repeat(2150 - 29)}` },
        },
      })
      const carousel = { type: 'carousel', body: { text: 'Pick one' }, action: { cards: [card(0), card(1)] } }
      for (const interactive of [flow, carousel]) {
        const res = await api.call('POST', SEND_INTERACTIVE, { body: { to: '255712345678', interactive } })
        expect(res.status, JSON.stringify(res.json)).toBe(202)
        api.mock.advance(10_000)
        const detail = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
        expect(detail.json.data).toMatchObject({ status: 'read', error_code: null })
      }
    })
  })

  describe('openWindows', () => {
    const api = useMock(transport, { clock: 'manual', openWindows: true })
    it('lets freeform sends reach closed and unknown numbers', async () => {
      for (const to of ['255713000001', '255787654321']) {
        const res = await api.call('POST', SEND_INTERACTIVE, { body: { to, interactive: buttonInteractive() } })
        expect(res.status).toBe(202)
      }
    })
  })
})
