import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

const TEXT = '/v1/whatsapp/messages/text'
const TEMPLATE = '/v1/whatsapp/messages/template'

describe.each(TRANSPORTS)('G3 text and template sends over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'g3-text-template' })

  it('sends text inside the window with 202 pending, and refuses a closed window', async () => {
    const ok = await api.call('POST', TEXT, { body: { to: '+255712345678', body: 'Karibu!' } })
    expect(ok.status).toBe(202)
    expect(ok.json.data).toMatchObject({ status: 'pending', conversation_id: FIXTURE_IDS.openConversation })
    expect(api.mock.state().messages.at(-1)).toMatchObject({ message_type: 'text', content: { body: 'Karibu!' } })
    const closed = await api.call('POST', TEXT, {
      body: { conversation_id: FIXTURE_IDS.closedConversation, body: 'Hi' },
    })
    expect(closed.status).toBe(422)
    expect(closed.json.errors[0]).toMatchObject({ code: 'WINDOW_CLOSED', field: 'conversation_id' })
  })

  it('sends a template from the named sender to a closed window, which opens it', async () => {
    const template = await api.call('POST', TEMPLATE, {
      body: { to: '255713000002', sender: '1107264639145283', template_name: 'karibu_tena' },
    })
    expect(template.status).toBe(202)
    expect(template.json.data).toMatchObject({
      sender_id: FIXTURE_IDS.salesSender,
      conversation_id: FIXTURE_IDS.staleConversation,
    })
    const after = await api.call('POST', SEND_INTERACTIVE, {
      body: { conversation_id: FIXTURE_IDS.staleConversation, interactive: buttonInteractive() },
    })
    expect(after.status).toBe(202)
  })

  it.each([
    [TEXT, { body: 'Karibu!' }],
    [TEMPLATE, { template_name: 'karibu_tena' }],
  ])('POST %s with to beside a conversation_id sends to the conversation (Briq ignores to)', async (path, rest) => {
    const res = await api.call('POST', path, {
      body: { to: '255787654321', conversation_id: FIXTURE_IDS.openConversation, ...rest },
    })
    expect(res.status, JSON.stringify(res.json)).toBe(202)
    expect(res.json.data).toMatchObject({
      conversation_id: FIXTURE_IDS.openConversation,
      sender_id: FIXTURE_IDS.supportSender,
    })
  })

  it("sends a template whose variables break only this kit's rule (nested past 32 levels)", async () => {
    // Briq documents no depth for variables: only the kit's bound on junk, refused under strict.
    let deep: unknown = 'x'
    for (let level = 0; level < 40; level++) deep = { k: deep }
    const body = { to: '255712345678', template_name: 'karibu_tena', variables: { note: deep } }
    const res = await api.call('POST', TEMPLATE, { body })
    expect(res.status, JSON.stringify(res.json)).toBe(202)
  })

  it.each([
    [TEXT, { body: 'x' }, 'to'],
    [TEXT, { to: '255712345678', body: '' }, 'body'],
    [TEMPLATE, { to: '255712345678' }, 'template_name'],
    [TEMPLATE, { to: '255712345678', template_name: 'order_update', variables: { '1': 'A1' } }, 'variables.2'],
    [TEMPLATE, { to: '255712345678', sender: 'nobody', template_name: 'karibu_tena' }, 'sender'],
  ])('POST %s answers 422 VALIDATION_ERROR for %j on field %s', async (path, body, field) => {
    const res = await api.call('POST', path, { body })
    expect(res.status).toBe(422)
    expect(res.json.errors).toContainEqual(expect.objectContaining({ code: 'VALIDATION_ERROR', field }))
  })

  it('answers TEMPLATE_NOT_APPROVED for a rejected template', async () => {
    const res = await api.call('POST', TEMPLATE, {
      body: { to: '255712345678', template_name: 'flash_sale', variables: { '1': '50' } },
    })
    expect(res.status).toBe(422)
    expect(res.json.errors[0].code).toBe('TEMPLATE_NOT_APPROVED')
  })
})

describe.each(TRANSPORTS)('send paths the mock does not model over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual' })

  it.each(['image', 'document', 'video', 'send-text', 'send-template', 'send-media'])(
    'POST /v1/whatsapp/messages/%s answers 501 NOT_IMPLEMENTED naming the supported paths',
    async (name) => {
      const res = await api.call('POST', `/v1/whatsapp/messages/${name}`, { body: { to: '255712345678' } })
      expect(res.status).toBe(501)
      expect(res.json.errors[0].code).toBe('NOT_IMPLEMENTED')
      expect(res.json.errors[0].message).toContain('/messages/interactive')
    },
  )

  it('still needs a key there', async () => {
    expect((await api.call('POST', '/v1/whatsapp/messages/image', { key: null, body: {} })).status).toBe(401)
  })
})
