import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { buttonInteractive, listInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'
import { MAX_PROFILE_NAME } from './open-window.ts'

describe.each(TRANSPORTS)('customer replies over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'replies' })
  const send = async (interactive: unknown, to = '255712345678') => {
    const res = await api.call('POST', SEND_INTERACTIVE, { body: { to, interactive } })
    expect(res.status).toBe(202)
    return res.json.data.message_id as string
  }

  it('simulateReply stores a button_reply, pairs it both ways and shows it as reply', async () => {
    const id = await send(buttonInteractive())
    const reply = api.mock.simulateReply(id, 'no')
    expect(reply).toMatchObject({
      is_outbound: false,
      message_type: 'interactive',
      content: { type: 'button_reply', button_reply: { id: 'no', title: 'No' } },
      paired_message_id: id,
      conversation_id: FIXTURE_IDS.openConversation,
    })
    const detail = await api.call('GET', `/v1/whatsapp/messages/${id}`)
    expect(detail.json.data).toMatchObject({ status: 'read', paired_message_id: reply.id, reply: { id: reply.id } })
    expect(detail.json.data.reply.content).toEqual({ type: 'button_reply', button_reply: { id: 'no', title: 'No' } })
    const inbound = await api.call('GET', '/v1/whatsapp/messages?direction=inbound&limit=1')
    expect(inbound.json.data.items[0]).toMatchObject({ id: reply.id, paired_message_id: id })
  })

  it('POST /__mock/messages/{id}/reply answers a list with list_reply, description only when the row has one', async () => {
    const id = await send(listInteractive())
    const withDescription = await api.call('POST', `/__mock/messages/${id}/reply`, {
      body: { id: 'today-pm' },
      key: null,
    })
    expect(withDescription.status).toBe(201)
    expect(withDescription.json.data.content).toEqual({
      type: 'list_reply',
      list_reply: { id: 'today-pm', title: 'This afternoon', description: '14:00–18:00' },
    })
    const without = await api.call('POST', `/__mock/messages/${id}/reply`, { body: { id: 'tomorrow-am' }, key: null })
    expect(without.json.data.content).toEqual({
      type: 'list_reply',
      list_reply: { id: 'tomorrow-am', title: 'Tomorrow morning' },
    })
    const detail = await api.call('GET', `/v1/whatsapp/messages/${id}`)
    expect(detail.json.data.reply.id).toBe(without.json.data.id)
  })

  it('answers a location request with a location message', async () => {
    const id = await send({
      type: 'location_request_message',
      body: { text: 'Where should we deliver?' },
      action: { name: 'send_location' },
    })
    const res = await api.call('POST', `/__mock/messages/${id}/reply`, { body: { id: 'location' }, key: null })
    expect(res.status).toBe(201)
    expect(res.json.data).toMatchObject({ message_type: 'location', is_outbound: false, paired_message_id: id })
    expect(res.json.data.content).toEqual({
      latitude: expect.any(Number),
      longitude: expect.any(Number),
      name: expect.any(String),
      address: expect.any(String),
    })
    const detail = await api.call('GET', `/v1/whatsapp/messages/${id}`)
    expect(detail.json.data).toMatchObject({ status: 'read', reply: { id: res.json.data.id } })
  })

  it('answers a call permission request with accept or reject', async () => {
    const id = await send({
      type: 'call_permission_request',
      body: { text: 'May we call you about your order?' },
      action: { name: 'call_permission_request' },
    })
    const accepted = api.mock.simulateReply(id, 'accept')
    expect(accepted.message_type).toBe('interactive')
    expect(accepted.content).toEqual({
      type: 'call_permission_reply',
      call_permission_reply: {
        response: 'accept',
        is_permanent: false,
        expiration_timestamp: Math.floor(api.mock.clock.now() / 1000) + 7 * 24 * 60 * 60,
        response_source: 'user_action',
      },
    })
    expect(api.mock.simulateReply(id, 'reject').content).toEqual({
      type: 'call_permission_reply',
      call_permission_reply: { response: 'reject', is_permanent: false, response_source: 'user_action' },
    })
  })

  it('answers a flow and an address request with nfm_reply', async () => {
    const flowId = await send({
      type: 'flow',
      body: { text: 'Book a table' },
      action: {
        name: 'flow',
        parameters: { flow_message_version: '3', flow_id: '1234567890', flow_cta: 'Book', flow_token: 'tok-1' },
      },
    })
    expect(api.mock.simulateReply(flowId, 'complete').content).toEqual({
      type: 'nfm_reply',
      nfm_reply: { name: 'flow', body: 'Sent', response_json: '{"flow_token":"tok-1"}' },
    })
    const addressId = await send({
      type: 'address_message',
      body: { text: 'Where should we deliver?' },
      action: {
        name: 'address_message',
        parameters: { country: 'IN', values: { name: 'Asha', city: 'Pune', in_pin_code: '411001' } },
      },
    })
    expect(api.mock.simulateReply(addressId, 'submit').content).toEqual({
      type: 'nfm_reply',
      nfm_reply: {
        name: 'address_message',
        // Worded as Meta's Address messages guide shows it: the name on its own line, then the
        // rest in the order of Meta's address fields, as the send stored them.
        body: 'Asha\n 411001, Pune',
        response_json: '{"values":{"name":"Asha","in_pin_code":"411001","city":"Pune"}}',
      },
    })
  })

  it('answers 422 naming the valid ids for an unknown choice', async () => {
    const id = await send(buttonInteractive())
    const res = await api.call('POST', `/__mock/messages/${id}/reply`, { body: { id: 'maybe' } })
    expect(res.status).toBe(422)
    expect(res.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'id' })
    expect(res.json.errors[0].message).toContain('yes, no')
  })

  it('answers 404 for an unknown message and 422 for a message that cannot be answered', async () => {
    const missing = await api.call('POST', '/__mock/messages/00000000-0000-4000-8000-000000000000/reply', {
      body: { id: 'yes' },
    })
    expect(missing.status).toBe(404)
    const inbound = await api.call('POST', `/__mock/messages/${FIXTURE_IDS.openingMessage}/reply`, {
      body: { id: 'yes' },
    })
    expect(inbound.status).toBe(422)
    const noId = await api.call('POST', `/__mock/messages/${FIXTURE_IDS.openingMessage}/reply`, { body: {} })
    expect(noId.json.errors[0].field).toBe('id')
  })

  it('refuses a reply to a message that failed', async () => {
    const bad = buttonInteractive()
    bad.action.buttons[0]!.reply.title = 'A title far too long for WhatsApp'
    const id = await send(bad)
    api.mock.advance(1000)
    expect(() => api.mock.simulateReply(id, 'yes')).toThrow(/failed/)
  })

  it('refuses a reply to a message that is still pending but will fail, and it still fails', async () => {
    const bad = buttonInteractive()
    bad.action.buttons[0]!.reply.title = 'A title far too long for WhatsApp'
    const id = await send(bad)
    const res = await api.call('POST', `/__mock/messages/${id}/reply`, { body: { id: 'yes' }, key: null })
    expect(res.status).toBe(422)
    expect(res.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'message_id' })
    expect(res.json.errors[0].message).toContain('131009')
    api.mock.advance(1000)
    const detail = await api.call('GET', `/v1/whatsapp/messages/${id}`)
    expect(detail.json.data).toMatchObject({ status: 'failed', error_code: 131009, reply: null })
  })

  it('a reply refreshes the 24-hour window', async () => {
    const id = await send(buttonInteractive())
    api.mock.advance(25 * 60 * 60 * 1000)
    const blocked = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', interactive: buttonInteractive() },
    })
    expect(blocked.status).toBe(422)
    api.mock.simulateReply(id, 'yes')
    const conversation = await api.call('GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}`)
    expect(conversation.json.data).toMatchObject({ is_active: true, window: { open: true } })
    const allowed = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', interactive: buttonInteractive() },
    })
    expect(allowed.status).toBe(202)
  })

  it('refuses to answer a check_window: false send into a closed window: it will fail with 131047', async () => {
    const res = await api.call('POST', '/v1/whatsapp/messages/send-interactive', {
      body: { recipient: '255713000001', check_window: false, interactive: buttonInteractive() },
    })
    expect(() => api.mock.simulateReply(res.json.data.message_id, 'yes')).toThrow(/131047/)
  })

  it('POST /__mock/conversations opens a window for a new number', async () => {
    const res = await api.call('POST', '/__mock/conversations', {
      body: { phone: '255787654321', text: 'Habari' },
      key: null,
    })
    expect(res.status).toBe(201)
    expect(res.json.data).toMatchObject({ recipient_phone: '255787654321', is_active: true, unread_count: 1 })
    const send2 = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255787654321', interactive: buttonInteractive() },
    })
    expect(send2.status).toBe(202)
    const bad = await api.call('POST', '/__mock/conversations', { body: { phone: 'nope' } })
    expect(bad.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'phone' })
  })

  // Briq's own field is sender_id: given to the control route it was ignored, and the customer
  // wrote on the default sender's thread instead of the one named.
  it('the control routes refuse a field they do not take, naming the ones they do, and change nothing', async () => {
    const typo = await api.call('POST', '/__mock/conversations', {
      body: { phone: '255787654321', sender_id: FIXTURE_IDS.salesSender },
      key: null,
    })
    expect(typo.status).toBe(422)
    expect(typo.json.errors[0]).toEqual({
      code: 'VALIDATION_ERROR',
      message: 'Unknown field "sender_id"; use phone, sender, text, profile_name',
      field: 'sender_id',
    })
    expect(api.mock.state().conversations.map((c) => c.recipient_phone)).not.toContain('255787654321')
    const id = await send(buttonInteractive())
    const reply = await api.call('POST', `/__mock/messages/${id}/reply`, {
      body: { id: 'yes', title: 'Yes' },
      key: null,
    })
    expect(reply.status).toBe(422)
    expect(reply.json.errors[0]).toMatchObject({ field: 'title', message: 'Unknown field "title"; use id' })
    expect((await api.call('GET', `/v1/whatsapp/messages/${id}`)).json.data.reply).toBeNull()
  })

  it("POST /__mock/conversations refuses a profile name past the mock's bound, keeping nothing", async () => {
    // A name is kept with its conversation, outside the messages the store bound counts: a
    // thousand 1 MB names once ran the mock out of memory.
    const long = await api.call('POST', '/__mock/conversations', {
      body: { phone: '255787654321', profile_name: 'ü'.repeat(MAX_PROFILE_NAME + 1) },
      key: null,
    })
    expect(long.status).toBe(422)
    expect(long.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'profile_name' })
    expect(long.json.errors[0].message).toContain(`${MAX_PROFILE_NAME + 1} characters`)
    expect(api.mock.state().conversations.map((c) => c.recipient_phone)).not.toContain('255787654321')
    const fits = await api.call('POST', '/__mock/conversations', {
      body: { phone: '255787654321', profile_name: '😀'.repeat(MAX_PROFILE_NAME) },
      key: null,
    })
    expect(fits.status).toBe(201)
    expect(fits.json.data.contact_profile_name).toBe('😀'.repeat(MAX_PROFILE_NAME))
  })

  it('a window closes 24 hours after the customer last wrote', async () => {
    api.mock.advance(23 * 60 * 60 * 1000 - 1)
    const open = await api.call('GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}`)
    expect(open.json.data.is_active).toBe(true)
    api.mock.advance(1)
    const closed = await api.call('GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}`)
    expect(closed.json.data).toMatchObject({ is_active: false, window: { open: false } })
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255712345678', interactive: buttonInteractive() },
    })
    expect(res.json.errors[0].code).toBe('WINDOW_CLOSED')
  })
})
