import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

// Briq types its ids as UUIDs (docs.briq.tz: the path and body ids are `uuid`), and a UUID's hex
// digits are case-insensitive (RFC 9562): an id in capitals names the same message, as on Briq.
describe.each(TRANSPORTS)('ids in capital letters over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'upper-ids' })
  const upper = (id: string) => id.toUpperCase()

  it('find the same message, conversation and sender on every read', async () => {
    const sent = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', interactive: buttonInteractive() },
    })
    const id = sent.json.data.message_id as string
    const message = await api.call('GET', `/v1/whatsapp/messages/${upper(id)}`)
    expect(message.status).toBe(200)
    expect(message.json.data.id).toBe(id)
    const conversation = await api.call('GET', `/v1/whatsapp/conversations/${upper(FIXTURE_IDS.openConversation)}`)
    expect(conversation.status).toBe(200)
    expect(conversation.json.data.id).toBe(FIXTURE_IDS.openConversation)
    const listed = await api.call(
      'GET',
      `/v1/whatsapp/messages?conversation_id=${upper(FIXTURE_IDS.openConversation)}&direction=outbound`,
    )
    expect(listed.json.data.items.map((item: { id: string }) => item.id)).toContain(id)
    const sender = await api.call('GET', `/v1/whatsapp/senders/${upper(FIXTURE_IDS.salesSender)}`)
    expect(sender.status).toBe(200)
    const read = await api.call('POST', `/v1/whatsapp/messages/${upper(FIXTURE_IDS.openingMessage)}/read`)
    expect(read.status).toBe(200)
  })

  it('send to a conversation and from a sender named in capitals', async () => {
    const toConversation = await api.call('POST', SEND_INTERACTIVE, {
      body: { conversation_id: upper(FIXTURE_IDS.openConversation), interactive: buttonInteractive() },
    })
    expect(toConversation.status).toBe(202)
    expect(toConversation.json.data.conversation_id).toBe(FIXTURE_IDS.openConversation)
    const fromSender = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', sender_id: upper(FIXTURE_IDS.supportSender), interactive: buttonInteractive() },
    })
    expect(fromSender.status).toBe(202)
    expect(fromSender.json.data.sender_id).toBe(FIXTURE_IDS.supportSender)
  })
})
