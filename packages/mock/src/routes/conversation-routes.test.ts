import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { IMPOSSIBLE_DATE_TIMES } from '../test-support/impossible-date-times.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

describe.each(TRANSPORTS)('conversations with every window held open (openWindows) over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', openWindows: true })

  it('gives no close time for a window open only because the mock holds it open, never one already past', async () => {
    const { items } = (await api.call('GET', '/v1/whatsapp/conversations')).json.data
    const byId = (id: string) => items.find((item: { id: string }) => item.id === id)
    // Its own window is open until tomorrow: that time stays.
    expect(byId(FIXTURE_IDS.openConversation).window).toEqual({ open: true, expires_at: '2026-06-25T07:00:00.000Z' })
    // Its own window closed before the clock's start: open, with no time, not "open until" the past.
    for (const id of [FIXTURE_IDS.closedConversation, FIXTURE_IDS.staleConversation]) {
      expect(byId(id)).toMatchObject({ is_active: true, window: { open: true, expires_at: null } })
    }
    const state = (await api.call('GET', '/__mock/state')).json.data
    expect(state.conversations.find((c: { id: string }) => c.id === FIXTURE_IDS.closedConversation).window).toEqual({
      open: true,
      expires_at: null,
    })
  })
})

describe.each(TRANSPORTS)('conversations (enveloped) over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual' })
  const ids = (data: { items: { id: string }[] }) => data.items.map((c) => c.id)

  // A manual clock stands still: two customers writing in one instant are told apart by order.
  it('lists the later of two conversations begun in the same instant first', async () => {
    for (const phone of ['255787654321', '255787654322']) {
      const res = await api.call('POST', '/__mock/conversations', { body: { phone, text: 'Habari' }, key: null })
      expect(res.status).toBe(201)
    }
    const { items } = (await api.call('GET', '/v1/whatsapp/conversations?limit=2')).json.data
    expect(items.map((c: { recipient_phone: string }) => c.recipient_phone)).toEqual(['255787654322', '255787654321'])
  })

  it('lists most recently active first with the window shape', async () => {
    const res = await api.call('GET', '/v1/whatsapp/conversations')
    expect(res.status).toBe(200)
    expect(res.json.success).toBe(true)
    expect(res.json.data).toMatchObject({ total: 3, limit: 50, offset: 0 })
    expect(ids(res.json.data)).toEqual([
      FIXTURE_IDS.openConversation,
      FIXTURE_IDS.closedConversation,
      FIXTURE_IDS.staleConversation,
    ])
    expect(res.json.data.items[0]).toMatchObject({
      recipient_phone: '255712345678',
      is_active: true,
      unread_count: 1,
      contact_profile_name: 'Amina Juma',
      window: { open: true, expires_at: '2026-06-25T07:00:00.000Z' },
    })
    expect(res.json.data.items[1]).toMatchObject({ is_active: false, window: { open: false } })
  })

  it.each([
    ['status=open', [FIXTURE_IDS.openConversation]],
    ['status=unread', [FIXTURE_IDS.openConversation]],
    ['recipient=%2B255713000001', [FIXTURE_IDS.closedConversation]],
    ['recipient=+255713000001', [FIXTURE_IDS.closedConversation]],
    ['recipient=255713000001', [FIXTURE_IDS.closedConversation]],
    ['search=%2B25571300000', [FIXTURE_IDS.closedConversation, FIXTURE_IDS.staleConversation]],
    ['search=+2557123', [FIXTURE_IDS.openConversation]],
    [`sender_id=${FIXTURE_IDS.salesSender}`, [FIXTURE_IDS.staleConversation]],
    ['search=baraka', [FIXTURE_IDS.closedConversation]],
    ['limit=1&offset=1', [FIXTURE_IDS.closedConversation]],
  ])('filters with %s', async (query, expected) => {
    const res = await api.call('GET', `/v1/whatsapp/conversations?${query}`)
    expect(ids(res.json.data)).toEqual(expected)
  })

  it.each([
    ['status=closed', 'status'],
    ['limit=101', 'limit'],
    ['sender_id=x', 'sender_id'],
    [`search=${'x'.repeat(65)}`, 'search'],
  ])('answers 422 for %s', async (query, field) => {
    const res = await api.call('GET', `/v1/whatsapp/conversations?${query}`)
    expect(res.status).toBe(422)
    expect(res.json.errors[0].field).toBe(field)
  })

  it('gets one conversation, or a 404 envelope', async () => {
    const one = await api.call('GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.staleConversation}`)
    expect(one.json.data).toMatchObject({ id: FIXTURE_IDS.staleConversation, sender_id: FIXTURE_IDS.salesSender })
    const missing = await api.call('GET', '/v1/whatsapp/conversations/00000000-0000-4000-8000-000000000000')
    expect(missing.status).toBe(404)
    expect(missing.json).toMatchObject({ success: false, errors: [{ code: 'NOT_FOUND', field: 'conversation_id' }] })
  })

  it('marks a conversation read with or without a body', async () => {
    const path = `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}/read`
    const early = await api.call('POST', path, { body: { up_to: '2026-01-01T00:00:00Z' } })
    expect(early.json.data).toEqual({ conversation_id: FIXTURE_IDS.openConversation, messages_marked_read: 0 })
    const res = await api.call('POST', path)
    expect(res.json.data).toEqual({ conversation_id: FIXTURE_IDS.openConversation, messages_marked_read: 1 })
    const again = await api.call('POST', path, { body: { up_to: null } })
    expect(again.json.data.messages_marked_read).toBe(0)
    const bad = await api.call('POST', path, { body: { up_to: 'soon' } })
    expect(bad.json.errors[0].field).toBe('up_to')
  })

  it.each(IMPOSSIBLE_DATE_TIMES)('refuses up_to %s, a date-time the calendar does not have', async (upTo) => {
    const path = `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}/read`
    const res = await api.call('POST', path, { body: { up_to: upTo } })
    expect(res.status).toBe(422)
    expect(res.json.errors[0].field).toBe('up_to')
  })

  it('takes up_to on a leap day', async () => {
    const path = `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}/read`
    expect((await api.call('POST', path, { body: { up_to: '2028-02-29T12:00:00+03:00' } })).status).toBe(200)
  })

  it('shows every window closed in the window-closed scenario', async () => {
    api.mock.setScenario('window-closed')
    const res = await api.call('GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}`)
    expect(res.json.data).toMatchObject({ is_active: false, window: { open: false } })
  })
})
