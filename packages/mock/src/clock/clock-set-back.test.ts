import { describe, expect, it } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import type { MockClock } from './clock.ts'

// A system clock that steps (an NTP correction, a VM resumed, the date set by hand).
function steppingClock(start: number): MockClock & { step(ms: number): void } {
  let time = start
  return {
    kind: 'real',
    now: () => time,
    advance() {
      throw new Error('not manual')
    },
    step(ms) {
      time += ms
    },
  }
}

async function call(mock: ReturnType<typeof createBriqMock>, method: string, path: string, body?: unknown) {
  const response = await mock.handle(
    new Request(`https://karibu.briq.tz${path}`, {
      method,
      headers: { 'X-API-Key': 'mock-api-key', 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  )
  return (await response.json()) as { data: { message_id: string; status: string } }
}

describe('a clock set back', () => {
  it('moves a waiting message on its schedule, not once the clock has caught up', async () => {
    const clock = steppingClock(Date.UTC(2026, 5, 24, 8))
    const mock = createBriqMock({ clock })
    const sent = await call(mock, 'POST', SEND_INTERACTIVE, { to: '255712345678', interactive: buttonInteractive() })
    const status = async () => (await call(mock, 'GET', `/v1/whatsapp/messages/${sent.data.message_id}`)).data.status
    clock.step(100)
    expect(await status()).toBe('pending')
    clock.step(-2 * 60 * 60 * 1000)
    expect(await status()).toBe('pending')
    clock.step(1000)
    expect(await status()).toBe('sent')
    clock.step(5000)
    expect(await status()).toBe('read')
  })

  it('and one set forward (a laptop waking) applies every move due by then, in order', async () => {
    const clock = steppingClock(Date.UTC(2026, 5, 24, 8))
    const mock = createBriqMock({ clock })
    const sent = await call(mock, 'POST', SEND_INTERACTIVE, { to: '255712345678', interactive: buttonInteractive() })
    clock.step(8 * 60 * 60 * 1000)
    expect((await call(mock, 'GET', `/v1/whatsapp/messages/${sent.data.message_id}`)).data.status).toBe('read')
  })
})
