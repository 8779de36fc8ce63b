import { describe, expect, it } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { resolveStatusSchedule } from './status-schedule.ts'

const sendOne = async (mock: ReturnType<typeof createBriqMock>) => {
  const res = await mock.handle(
    new Request(`https://karibu.briq.tz${SEND_INTERACTIVE}`, {
      method: 'POST',
      headers: { 'x-api-key': 'mock-api-key', 'content-type': 'application/json' },
      body: JSON.stringify({ to: '255712345678', interactive: buttonInteractive() }),
    }),
  )
  return ((await res.json()) as { data: { message_id: string } }).data.message_id
}
const statusOf = (mock: ReturnType<typeof createBriqMock>, id: string) =>
  mock.state().messages.find((m) => m.id === id)!

describe('status schedule', () => {
  it('moves pending → sent → delivered → read with the manual clock, under 5 s in all by default', async () => {
    const mock = createBriqMock({ clock: 'manual' })
    const id = await sendOne(mock)
    const seen: string[] = []
    for (let elapsed = 0; elapsed <= 5000; elapsed += 100) {
      const { status } = statusOf(mock, id)
      if (seen.at(-1) !== status) seen.push(status)
      mock.advance(100)
    }
    expect(seen).toEqual(['pending', 'sent', 'delivered', 'read'])
  })

  it('gives the message a provider id once sent', async () => {
    const mock = createBriqMock({ clock: 'manual' })
    const id = await sendOne(mock)
    expect(statusOf(mock, id).provider_message_id).toBeNull()
    mock.advance(800)
    expect(statusOf(mock, id)).toMatchObject({ status: 'sent', provider_message_id: expect.stringMatching(/^wamid\./) })
  })

  it('follows a custom schedule scaled by tick', async () => {
    const mock = createBriqMock({
      clock: 'manual',
      statusSchedule: { sentAfterMs: 100, deliveredAfterMs: 200, readAfterMs: 300 },
      tick: 10,
    })
    const id = await sendOne(mock)
    mock.advance(999)
    expect(statusOf(mock, id).status).toBe('pending')
    mock.advance(1)
    expect(statusOf(mock, id).status).toBe('sent')
    mock.advance(1000)
    expect(statusOf(mock, id).status).toBe('delivered')
    mock.advance(1000)
    expect(statusOf(mock, id).status).toBe('read')
  })

  it('applies every step at once with tick 0', async () => {
    const mock = createBriqMock({ clock: 'manual', tick: 0 })
    const id = await sendOne(mock)
    expect(statusOf(mock, id).status).toBe('read')
  })

  it('never moves backwards: a reply marks it read and the late delivered step is ignored', async () => {
    const mock = createBriqMock({ clock: 'manual' })
    const id = await sendOne(mock)
    mock.advance(800)
    mock.simulateReply(id, 'yes')
    expect(statusOf(mock, id).status).toBe('read')
    mock.advance(10_000)
    expect(statusOf(mock, id).status).toBe('read')
  })

  it('keeps the order of steps even when a schedule lists them out of order', () => {
    expect(resolveStatusSchedule({ sentAfterMs: 500, deliveredAfterMs: 100, readAfterMs: 50 })).toEqual({
      sentAfterMs: 500,
      deliveredAfterMs: 500,
      readAfterMs: 500,
    })
  })

  it('rejects a negative tick or step with a clear error', () => {
    expect(() => resolveStatusSchedule(undefined, -1)).toThrow(/tick must be/)
    expect(() => resolveStatusSchedule({ readAfterMs: -5 })).toThrow(/statusSchedule.readAfterMs/)
  })

  it('refuses advance() on the real clock', () => {
    expect(() => createBriqMock().advance(1000)).toThrow(/manual clock/)
  })
})
