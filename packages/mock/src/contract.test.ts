import {
  briqEnvelopeSchema,
  conversationPageSchema,
  conversationReadResultSchema,
  conversationSchema,
  inboundMessageSchema,
  messageDetailSchema,
  messagePageSchema,
  messageReadReceiptSchema,
  senderSchema,
  sendResultSchema,
} from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from './fixtures/fixture-ids.ts'
import { buttonInteractive, listInteractive, SEND_INTERACTIVE } from './test-support/interactives.ts'
import { TRANSPORTS, useMock } from './test-support/transports.ts'

// Every response the mock gives must parse with core's response schemas: the client and the
// mock then cannot drift apart.
interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { issues: unknown } }
}

function expectParses(schema: Schema, value: unknown) {
  const result = schema.safeParse(value)
  if (!result.success)
    throw new Error(`does not parse: ${JSON.stringify(result.error?.issues)}\n${JSON.stringify(value)}`)
  expect(result.success).toBe(true)
}

describe.each(TRANSPORTS)("responses parse with core's schemas over $name", (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'contract' })

  it('sends, message detail with reply, list pages, read receipts', async () => {
    const sent = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', interactive: buttonInteractive() },
    })
    expectParses(briqEnvelopeSchema(sendResultSchema), sent.json)
    const g2 = await api.call('POST', '/v1/whatsapp/messages', {
      body: { type: 'interactive', conversation_id: FIXTURE_IDS.openConversation, interactive: listInteractive() },
    })
    expectParses(briqEnvelopeSchema(sendResultSchema), g2.json)
    const g1 = await api.call('POST', '/v1/whatsapp/messages/send-interactive', {
      body: { recipient: '255712345678', interactive: buttonInteractive() },
    })
    expectParses(briqEnvelopeSchema(sendResultSchema), g1.json)

    const id = sent.json.data.message_id
    const pending = await api.call('GET', `/v1/whatsapp/messages/${id}`)
    expectParses(briqEnvelopeSchema(messageDetailSchema), pending.json)
    const reply = await api.call('POST', `/__mock/messages/${id}/reply`, { body: { id: 'yes' } })
    expectParses(briqEnvelopeSchema(inboundMessageSchema), reply.json)
    const answered = await api.call('GET', `/v1/whatsapp/messages/${id}`)
    expectParses(briqEnvelopeSchema(messageDetailSchema), answered.json)
    expect(answered.json.data.reply).not.toBeNull()

    expectParses(briqEnvelopeSchema(messagePageSchema), (await api.call('GET', '/v1/whatsapp/messages')).json)
    const receipt = await api.call('POST', `/v1/whatsapp/messages/${FIXTURE_IDS.openingMessage}/read`)
    expectParses(briqEnvelopeSchema(messageReadReceiptSchema), receipt.json)
  })

  it('a failed message detail', async () => {
    const bad = buttonInteractive()
    bad.action.buttons[0]!.reply.title = 'Far too long for a button'
    const sent = await api.call('POST', SEND_INTERACTIVE, { body: { to: '255712345678', interactive: bad } })
    api.mock.advance(5000)
    const detail = await api.call('GET', `/v1/whatsapp/messages/${sent.json.data.message_id}`)
    expectParses(briqEnvelopeSchema(messageDetailSchema), detail.json)
    expect(detail.json.data.status).toBe('failed')
  })

  it('senders, conversations and conversation reads', async () => {
    const senders = (await api.call('GET', '/v1/whatsapp/senders')).json
    expect(senders).toHaveLength(2)
    for (const sender of senders) expectParses(senderSchema, sender)
    expectParses(senderSchema, (await api.call('GET', `/v1/whatsapp/senders/${FIXTURE_IDS.supportSender}`)).json)
    expectParses(briqEnvelopeSchema(conversationPageSchema), (await api.call('GET', '/v1/whatsapp/conversations')).json)
    const one = await api.call('GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.closedConversation}`)
    expectParses(briqEnvelopeSchema(conversationSchema), one.json)
    const read = await api.call('POST', `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}/read`)
    expectParses(briqEnvelopeSchema(conversationReadResultSchema), read.json)
  })

  it('every error envelope', async () => {
    const errors = [
      await api.call('GET', '/v1/whatsapp/senders', { key: null }),
      await api.call('GET', '/v1/whatsapp/senders', { key: 'mock-no-workspace-key' }),
      await api.call('POST', SEND_INTERACTIVE, { body: { to: '255713000001', interactive: buttonInteractive() } }),
      await api.call('POST', SEND_INTERACTIVE, { body: { interactive: buttonInteractive() } }),
      await api.call('GET', '/v1/whatsapp/nope'),
      await api.call('GET', SEND_INTERACTIVE),
      await api.call('GET', '/v1/whatsapp/senders', { headers: { 'x-mock-fault': '429' } }),
      await api.call('GET', '/v1/whatsapp/senders', { headers: { 'x-mock-fault': '500' } }),
    ]
    for (const res of errors) {
      expectParses(briqEnvelopeSchema(sendResultSchema), res.json)
      expect(res.json.success).toBe(false)
    }
  })
})
