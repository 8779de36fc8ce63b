import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

const SEND = '/v1/whatsapp/messages'

describe.each(TRANSPORTS)('G2 POST /v1/whatsapp/messages over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'g2' })

  it('sends type interactive with 202 pending', async () => {
    const res = await api.call('POST', SEND, {
      body: { type: 'interactive', to: '255712345678', interactive: buttonInteractive() },
    })
    expect(res.status).toBe(202)
    expect(res.json.data).toMatchObject({ status: 'pending', conversation_id: FIXTURE_IDS.openConversation })
    expect(api.mock.state().messages.at(-1)).toMatchObject({
      message_type: 'interactive',
      content: buttonInteractive(),
    })
  })

  it('sends type text inside the window', async () => {
    const res = await api.call('POST', SEND, {
      body: { type: 'text', conversation_id: FIXTURE_IDS.openConversation, body: 'Karibu!' },
    })
    expect(res.status).toBe(202)
    expect(api.mock.state().messages.at(-1)).toMatchObject({ message_type: 'text', content: { body: 'Karibu!' } })
  })

  it('refuses type text to a closed window with WINDOW_CLOSED', async () => {
    const res = await api.call('POST', SEND, { body: { type: 'text', to: '255713000001', body: 'Hello' } })
    expect(res.status).toBe(422)
    expect(res.json.errors[0]).toMatchObject({ code: 'WINDOW_CLOSED', field: 'to' })
  })

  it('sends a template to a closed window, which opens it for interactive sends', async () => {
    const before = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255713000001', interactive: buttonInteractive() },
    })
    expect(before.status).toBe(422)
    const template = await api.call('POST', SEND, {
      body: {
        type: 'template',
        to: '255713000001',
        template_name: 'order_update',
        variables: { '1': 'A1234', '2': 'on its way' },
      },
    })
    expect(template.status).toBe(202)
    expect(api.mock.state().messages.at(-1)?.content).toMatchObject({
      template_name: 'order_update',
      body: 'Hello! Your order A1234 is now on its way. Reply to this message if you need help.',
    })
    const after = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255713000001', interactive: buttonInteractive() },
    })
    expect(after.status).toBe(202)
  })

  it('creates the conversation when a template goes to a number never seen', async () => {
    const res = await api.call('POST', SEND, {
      body: { type: 'template', to: '255787654321', template_name: 'karibu_tena' },
    })
    expect(res.status).toBe(202)
    const conversation = await api.call('GET', `/v1/whatsapp/conversations/${res.json.data.conversation_id}`)
    expect(conversation.json.data).toMatchObject({
      recipient_phone: '255787654321',
      is_active: true,
      window: { open: true },
    })
  })

  it.each([
    [
      'a template that is not approved',
      { template_name: 'flash_sale', variables: { '1': '50' } },
      'TEMPLATE_NOT_APPROVED',
      'template_name',
    ],
    ['an unknown template', { template_name: 'nope' }, 'TEMPLATE_NOT_FOUND_OR_UNAPPROVED', 'template_name'],
    [
      'a missing template variable',
      { template_name: 'order_update', variables: { '1': 'A1' } },
      'VALIDATION_ERROR',
      'variables.2',
    ],
  ])('refuses %s', async (_label, fields, code, field) => {
    const res = await api.call('POST', SEND, { body: { type: 'template', to: '255712345678', ...fields } })
    expect(res.status).toBe(422)
    expect(res.json.errors[0]).toMatchObject({ code, field })
  })

  it.each([
    [
      'both to and conversation_id',
      { type: 'text', body: 'x', to: '255712345678', conversation_id: FIXTURE_IDS.openConversation },
      'conversation_id',
    ],
    ['neither to nor conversation_id', { type: 'text', body: 'x' }, 'to'],
    [
      'both on an interactive',
      {
        type: 'interactive',
        to: '255712345678',
        conversation_id: FIXTURE_IDS.openConversation,
        interactive: buttonInteractive(),
      },
      'conversation_id',
    ],
    ['neither on an interactive', { type: 'interactive', interactive: buttonInteractive() }, 'to'],
    ['no type', { to: '255712345678', body: 'x' }, 'type'],
    ['an unknown type', { type: 'sticker', to: '255712345678' }, 'type'],
    ['an empty text body', { type: 'text', to: '255712345678', body: '' }, 'body'],
    ['a bad to', { type: 'text', to: '+0712', body: 'x' }, 'to'],
  ])('answers 422 VALIDATION_ERROR for %s', async (_label, body, field) => {
    const res = await api.call('POST', SEND, { body })
    expect(res.status).toBe(422)
    expect(res.json.errors).toContainEqual(expect.objectContaining({ code: 'VALIDATION_ERROR', field }))
  })

  it('answers 501 for type media, which Briq documents but this mock does not model', async () => {
    const res = await api.call('POST', SEND, {
      body: { type: 'media', to: '255712345678', media_kind: 'IMAGE', media_url: 'https://example.com/a.png' },
    })
    expect(res.status).toBe(501)
    expect(res.json.errors).toEqual([expect.objectContaining({ code: 'NOT_IMPLEMENTED' })])
    // As the README says of every unmodelled send: the answer names what the mock does take.
    expect(res.json.errors[0].message).toBe(
      "Media sends are Briq's, but this mock does not model them; send type interactive, text or template",
    )
  })

  it('treats null to / sender_id as absent', async () => {
    const res = await api.call('POST', SEND, {
      body: { type: 'text', to: null, sender_id: null, conversation_id: FIXTURE_IDS.openConversation, body: 'Hi' },
    })
    expect(res.status).toBe(202)
  })
})

describe.each(TRANSPORTS)('G2 sender selection over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'g2-sender' })

  it.each([
    ['interactive', { interactive: buttonInteractive() }],
    ['text', { body: 'Karibu' }],
    ['template', { template_name: 'karibu_tena' }],
  ])('sends type %s from the sender it names, not the default', async (type, fields) => {
    // The sales line's thread with this customer has a closed window; the template opens it.
    if (type !== 'template') {
      await api.call('POST', '/__mock/conversations', {
        key: null,
        body: { phone: '255713000002', sender: '255700000002' },
      })
    }
    const res = await api.call('POST', SEND, {
      body: { type, to: '255713000002', sender: '+255700000002', ...fields },
    })
    expect(res.status).toBe(202)
    expect(res.json.data).toMatchObject({
      sender_id: FIXTURE_IDS.salesSender,
      sender: '1107264639145283',
      conversation_id: FIXTURE_IDS.staleConversation,
    })
  })

  it.each([
    ['interactive', { interactive: buttonInteractive() }],
    ['text', { body: 'Karibu' }],
  ])('answers 422 on field sender for an unknown sender on type %s', async (type, fields) => {
    const res = await api.call('POST', SEND, { body: { type, to: '255712345678', sender: '255799999999', ...fields } })
    expect(res.status).toBe(422)
    expect(res.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'sender' })
  })
})

describe.each(TRANSPORTS)('G1 POST /v1/whatsapp/messages/send-interactive over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual' })
  const SEND_G1 = '/v1/whatsapp/messages/send-interactive'

  it('takes recipient (leading + stripped) and answers 202 pending', async () => {
    const res = await api.call('POST', SEND_G1, {
      body: { recipient: '+255712345678', interactive: buttonInteractive() },
    })
    expect(res.status).toBe(202)
    expect(res.json.data).toMatchObject({ status: 'pending', conversation_id: FIXTURE_IDS.openConversation })
  })

  it('checks the window by default and skips it with check_window: false', async () => {
    const checked = await api.call('POST', SEND_G1, {
      body: { recipient: '255713000001', interactive: buttonInteractive() },
    })
    expect(checked.status).toBe(422)
    expect(checked.json.errors[0]).toMatchObject({ code: 'WINDOW_CLOSED', field: 'recipient' })
    const skipped = await api.call('POST', SEND_G1, {
      body: { recipient: '255713000001', check_window: false, interactive: buttonInteractive() },
    })
    expect(skipped.status).toBe(202)
    // Briq skipped its check; WhatsApp still refuses a free-form message outside the window.
    api.mock.advance(10_000)
    const detail = await api.call('GET', `/v1/whatsapp/messages/${skipped.json.data.message_id}`)
    expect(detail.json.data).toMatchObject({ status: 'failed', error_code: 131047, provider_message_id: null })
    expect(detail.json.data.error_message).toContain('(#131047) Re-engagement message')
  })

  it('delivers a check_window: false send whose window is open', async () => {
    const res = await api.call('POST', SEND_G1, {
      body: { recipient: '255712345678', check_window: false, interactive: buttonInteractive() },
    })
    api.mock.advance(10_000)
    const detail = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
    expect(detail.json.data).toMatchObject({ status: 'read', error_code: null })
  })

  it.each([
    ['a missing recipient', { interactive: buttonInteractive() }, 'recipient'],
    ['a recipient that is not a number', { recipient: 'customer-1', interactive: buttonInteractive() }, 'recipient'],
    [
      'a non-boolean check_window',
      { recipient: '255712345678', check_window: 'no', interactive: buttonInteractive() },
      'check_window',
    ],
    ['no interactive', { recipient: '255712345678' }, 'interactive'],
  ])('answers 422 for %s', async (_label, body, field) => {
    const res = await api.call('POST', SEND_G1, { body })
    expect(res.status).toBe(422)
    expect(res.json.errors).toContainEqual(expect.objectContaining({ code: 'VALIDATION_ERROR', field }))
  })
})
