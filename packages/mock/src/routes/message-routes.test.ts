import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

describe.each(TRANSPORTS)('message reads over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'reads' })
  const send = async () =>
    (await api.call('POST', SEND_INTERACTIVE, { body: { to: '255712345678', interactive: buttonInteractive() } })).json
      .data.message_id as string

  describe('GET /v1/whatsapp/messages/{id}', () => {
    it('returns status, error fields and a null reply for a fresh send', async () => {
      const id = await send()
      const res = await api.call('GET', `/v1/whatsapp/messages/${id}`)
      expect(res.status).toBe(200)
      expect(res.json).toMatchObject({ success: true, errors: null })
      expect(res.json.data).toMatchObject({
        id,
        status: 'pending',
        provider_message_id: null,
        error_code: null,
        error_message: null,
        reply: null,
        is_outbound: true,
        message_type: 'interactive',
      })
    })

    it('answers 404 in the envelope for an unknown id and 422 for a non-uuid', async () => {
      const missing = await api.call('GET', '/v1/whatsapp/messages/00000000-0000-4000-8000-000000000000')
      expect(missing.status).toBe(404)
      expect(missing.json.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'message_id' })
      const bad = await api.call('GET', '/v1/whatsapp/messages/not-a-uuid')
      expect(bad.status).toBe(422)
      expect(bad.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'message_id' })
    })
  })

  describe('GET /v1/whatsapp/messages', () => {
    it('lists newest first with total, limit and offset', async () => {
      const first = await send()
      api.mock.advance(1000)
      const second = await send()
      const res = await api.call('GET', '/v1/whatsapp/messages')
      expect(res.status).toBe(200)
      expect(res.json.data).toMatchObject({ total: 5, limit: 100, offset: 0 })
      expect(res.json.data.items.slice(0, 2).map((m: { id: string }) => m.id)).toEqual([second, first])
    })

    it('pages with limit and offset', async () => {
      const ids = []
      for (let index = 0; index < 3; index++) {
        ids.push(await send())
        api.mock.advance(10)
      }
      const page = await api.call('GET', '/v1/whatsapp/messages?direction=outbound&limit=2&offset=1')
      expect(page.json.data).toMatchObject({ total: 3, limit: 2, offset: 1 })
      expect(page.json.data.items.map((m: { id: string }) => m.id)).toEqual([ids[1], ids[0]])
    })

    it('filters by direction, conversation, type, status and time', async () => {
      const start = new Date(api.mock.clock.now()).toISOString()
      const id = await send()
      const query = (q: string) => api.call('GET', `/v1/whatsapp/messages?${q}`).then((r) => r.json.data)
      const inbound = await query('direction=inbound')
      expect(inbound.items.every((m: { is_outbound: boolean }) => !m.is_outbound)).toBe(true)
      expect(inbound.total).toBe(3)
      expect((await query(`conversation_id=${FIXTURE_IDS.openConversation}`)).total).toBe(2)
      expect((await query('message_type=interactive')).items.map((m: { id: string }) => m.id)).toEqual([id])
      expect((await query('status=pending')).total).toBe(1)
      expect((await query(`since=${encodeURIComponent(start)}`)).total).toBe(1)
      expect((await query(`until=${encodeURIComponent(start)}&direction=outbound`)).total).toBe(1)
      expect((await query('until=2020-01-01T00:00:00Z')).total).toBe(0)
    })

    it.each([
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['offset=-1', 'offset'],
      ['direction=sideways', 'direction'],
      ['since=yesterday', 'since'],
      ['conversation_id=abc', 'conversation_id'],
    ])('answers 422 for %s', async (query, field) => {
      const res = await api.call('GET', `/v1/whatsapp/messages?${query}`)
      expect(res.status).toBe(422)
      expect(res.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field })
    })
  })

  describe('POST /v1/whatsapp/messages/{id}/read', () => {
    it('marks a customer message read and lowers the unread count', async () => {
      const before = await api.call('GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}`)
      expect(before.json.data.unread_count).toBe(1)
      const res = await api.call('POST', `/v1/whatsapp/messages/${FIXTURE_IDS.openingMessage}/read`)
      expect(res.status).toBe(200)
      expect(res.json.data).toMatchObject({ message_id: FIXTURE_IDS.openingMessage, status: 'read' })
      const after = await api.call('GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}`)
      expect(after.json.data.unread_count).toBe(0)
    })

    it('refuses a read receipt for your own (outbound) message', async () => {
      const res = await api.call('POST', `/v1/whatsapp/messages/${await send()}/read`)
      expect(res.status).toBe(422)
      expect(res.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'message_id' })
    })
  })
})
