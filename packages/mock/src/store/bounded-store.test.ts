import { describe, expect, it } from 'vitest'
import type { MockClock } from '../clock/clock.ts'
import { createBriqMock } from '../create-briq-mock.ts'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { buttonInteractive, flowInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { contentBytes, MESSAGE_OVERHEAD_BYTES } from './message-index.ts'

type Mock = ReturnType<typeof createBriqMock>

async function call(mock: Mock, method: string, path: string, body?: unknown) {
  const response = await mock.handle(
    new Request(`http://mock.test${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-api-key': 'mock-api-key' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  )
  return { status: response.status, json: await response.json() }
}

async function sendMany(mock: Mock, count: number, to = (i: number) => `2557120${String(i).padStart(5, '0')}`) {
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const sent = await call(mock, 'POST', SEND_INTERACTIVE, { to: to(i), interactive: buttonInteractive() })
    expect(sent.status).toBe(202)
    ids.push(sent.json.data.message_id)
    mock.advance(1)
  }
  return ids
}

describe('the mock keeps a bounded store', () => {
  it('keeps at most maxMessages, evicting the oldest first', async () => {
    const mock = createBriqMock({ clock: 'manual', seed: 'bound', openWindows: true, maxMessages: 25 })
    const ids = await sendMany(mock, 200)
    const state = mock.state()
    expect(state.totalMessages).toBe(25)
    expect(state.messages.map((message) => message.id)).toEqual(ids.slice(-25))
    expect((await call(mock, 'GET', `/v1/whatsapp/messages/${ids[0]}`)).status).toBe(404)
    expect((await call(mock, 'GET', `/v1/whatsapp/messages/${FIXTURE_IDS.openingMessage}`)).status).toBe(404)
    expect((await call(mock, 'GET', `/v1/whatsapp/messages/${ids.at(-1)}`)).status).toBe(200)
    const listed = await call(mock, 'GET', '/v1/whatsapp/messages?limit=10&offset=5')
    expect(listed.json.data.total).toBe(25)
    expect(listed.json.data.items.map((item: { id: string }) => item.id)).toEqual(ids.slice(-15, -5).reverse())
  })

  it('drops a conversation with its last message, so threads are bounded too', async () => {
    const mock = createBriqMock({ clock: 'manual', seed: 'threads', openWindows: true, maxMessages: 10 })
    await sendMany(mock, 100)
    const state = mock.state()
    expect(state.conversations).toHaveLength(10)
    expect(state.conversations.map((c) => c.id)).not.toContain(FIXTURE_IDS.openConversation)
    const listed = await call(mock, 'GET', '/v1/whatsapp/conversations?limit=100')
    expect(listed.json.data.total).toBe(10)
  })

  it('keeps at most maxStoreBytes of messages, and always the newest one', async () => {
    const text = 'x'.repeat(1000)
    const interactive = { ...buttonInteractive(), body: { text } }
    const perMessage = MESSAGE_OVERHEAD_BYTES + contentBytes(JSON.stringify(interactive))
    const mock = createBriqMock({ clock: 'manual', openWindows: true, maxStoreBytes: perMessage * 5 + 10 })
    for (let i = 0; i < 50; i++) {
      expect((await call(mock, 'POST', SEND_INTERACTIVE, { to: '255712345678', interactive })).status).toBe(202)
    }
    expect(mock.state().totalMessages).toBe(5)
    const tiny = createBriqMock({ clock: 'manual', openWindows: true, maxStoreBytes: 10 })
    await call(tiny, 'POST', SEND_INTERACTIVE, { to: '255712345678', interactive })
    expect(tiny.state().totalMessages).toBe(1)
  })

  it('counts a message as the heap its content holds, not only its JSON text', async () => {
    // 9 000 empty objects (a body takes at most 10 000) are 27 KB of JSON and about 580 KB of
    // heap: counted by text, a 1 MiB bound kept dozens of such messages.
    const data = { rows: Array.from({ length: 9_000 }, () => ({})) }
    const interactive = flowInteractive({ screen: 'BOOKING', data })
    const mock = createBriqMock({ clock: 'manual', openWindows: true, maxStoreBytes: 1024 * 1024 })
    for (let i = 0; i < 10; i++) {
      expect((await call(mock, 'POST', SEND_INTERACTIVE, { to: '255712345678', interactive })).status).toBe(202)
    }
    expect(mock.state().totalMessages).toBe(1)
    expect(contentBytes(JSON.stringify(data))).toBeGreaterThan(9_000 * 64)
    // Brackets, colons and commas inside text are text, counted once.
    expect(contentBytes(JSON.stringify({ a: '{[:,\\"]}' }))).toBe(JSON.stringify({ a: '{[:,\\"]}' }).length + 72 + 96)
  })

  it('lists newest first, in created_at then creation order, even when the clock goes back', async () => {
    let time = Date.UTC(2026, 5, 24, 8)
    const clock: MockClock = {
      kind: 'manual',
      now: () => time,
      advance(ms) {
        time += ms
      },
    }
    const mock = createBriqMock({ clock, seed: 'order', openWindows: true })
    for (const step of [5, -3, 0, 7, -20, 1, 0, -1]) {
      time += step * 1000
      await call(mock, 'POST', SEND_INTERACTIVE, { to: '255712345678', interactive: buttonInteractive() })
    }
    const listed = (await call(mock, 'GET', '/v1/whatsapp/messages?limit=200')).json.data.items as {
      id: string
      created_at: string
    }[]
    const expected = [...mock.state().messages]
      .map((message, index) => ({ ...message, index }))
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.index - a.index)
    expect(listed.map((item) => item.id)).toEqual(expected.map((message) => message.id))
  })

  it('answers /__mock/state with a page of the newest messages and the total', async () => {
    const mock = createBriqMock({ clock: 'manual', seed: 'page', openWindows: true })
    const ids = await sendMany(mock, 150, () => '255712345678')
    const total = 150 + 3
    const page = await call(mock, 'GET', '/__mock/state')
    expect(page.json.data.totalMessages).toBe(total)
    expect(page.json.data.messages.map((message: { id: string }) => message.id)).toEqual(ids.slice(-100))
    const older = await call(mock, 'GET', '/__mock/state?limit=10&offset=140')
    expect(older.json.data.messages).toHaveLength(10)
    expect((await call(mock, 'GET', '/__mock/state?limit=1001')).status).toBe(422)
    expect(mock.state().messages).toHaveLength(total)
  })

  it.each([
    [{ maxMessages: 0 }, /maxMessages must be a whole number ≥ 1/],
    [{ maxStoreBytes: 1.5 }, /maxStoreBytes must be a whole number ≥ 1/],
  ])('refuses a bound that is not a positive whole number: %j', (options, message) => {
    expect(() => createBriqMock(options)).toThrow(message)
  })
})
