import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS, FIXTURE_PHONES } from '../fixtures/fixture-ids.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

// An id that was never the mock's, in the shape of one.
const NEVER = '0b6f5a1e-3c2d-4e8f-9a10-00000000abcd'
const EVICTED =
  /; this mock keeps the newest 4 messages and \d+ bytes of them \(maxMessages, maxStoreBytes\) and has evicted (\d+) older ones, with the conversations \(and windows\) they ended$/

describe.each(TRANSPORTS)('eviction is visible, not a silent change of answers, over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'evict', maxMessages: 4 })

  it('a 404 says the mock evicted older messages once it has, and the state counts them', async () => {
    const before = await api.call('GET', `/v1/whatsapp/messages/${NEVER}`)
    expect(before.status).toBe(404)
    expect(before.json.errors[0].message).toBe(`Message ${NEVER} not found in this workspace`)
    expect((await api.call('GET', '/__mock/state?limit=1')).json.data.evictedMessages).toBe(0)
    const stranger = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: '255787654321', interactive: buttonInteractive() },
    })
    expect(stranger.json.errors[0].code).toBe('WINDOW_CLOSED')
    expect(stranger.json.errors[0].message).toMatch(/wait for the customer to write$/)

    // The fixtures' three messages, then three sends: the two oldest go (the stale and the closed
    // threads' last), the newest is kept.
    const sent = []
    for (let i = 0; i < 3; i++) {
      const body = { to: FIXTURE_PHONES.open, interactive: buttonInteractive() }
      sent.push((await api.call('POST', SEND_INTERACTIVE, { body })).json)
    }
    const state = (await api.call('GET', '/__mock/state?limit=10')).json.data
    expect(state.totalMessages).toBe(4)
    expect(state.evictedMessages).toBe(2)
    expect(state.messages.map((message: { id: string }) => message.id)).toContain(sent[2].data.message_id)

    const notFound = [
      await api.call('GET', `/v1/whatsapp/messages/${NEVER}`),
      await api.call('POST', `/v1/whatsapp/messages/${NEVER}/read`),
      await api.call('POST', `/__mock/messages/${NEVER}/reply`, { body: { id: 'yes' } }),
      await api.call('GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.staleConversation}`),
      await api.call('POST', `/v1/whatsapp/conversations/${FIXTURE_IDS.staleConversation}/read`),
      await api.call('POST', SEND_INTERACTIVE, {
        body: { conversation_id: FIXTURE_IDS.staleConversation, interactive: buttonInteractive() },
      }),
    ]
    for (const answer of notFound) {
      expect(answer.status).toBe(404)
      expect(answer.json.errors[0]).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(EVICTED) })
      expect(answer.json.errors[0].message.match(EVICTED)?.[1]).toBe('2')
    }

    // A number whose thread went with its last message: its window is closed now, and says why it may be.
    const closed = await api.call('POST', SEND_INTERACTIVE, {
      body: { to: FIXTURE_PHONES.closed, interactive: buttonInteractive() },
    })
    expect(closed.json.errors[0]).toMatchObject({ code: 'WINDOW_CLOSED', message: expect.stringMatching(EVICTED) })

    // A reset starts the count again.
    await api.call('POST', '/__mock/reset')
    expect((await api.call('GET', '/__mock/state?limit=1')).json.data.evictedMessages).toBe(0)
    const fresh = await api.call('GET', `/v1/whatsapp/messages/${NEVER}`)
    expect(fresh.json.errors[0].message).toBe(`Message ${NEVER} not found in this workspace`)
  })
})
