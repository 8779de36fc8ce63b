import { describe, expect, it } from 'vitest'
import { buttonInteractive, SEND_INTERACTIVE } from './test-support/interactives.ts'
import { TRANSPORTS, useMock } from './test-support/transports.ts'

describe.each(TRANSPORTS)('500 concurrent sends over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual' })

  it('answers every one with a distinct id, all retrievable', async () => {
    const body = { to: '255712345678', interactive: buttonInteractive() }
    const results = await Promise.all(Array.from({ length: 500 }, () => api.call('POST', SEND_INTERACTIVE, { body })))
    expect(results.every((res) => res.status === 202)).toBe(true)
    const ids = results.map((res) => res.json.data.message_id as string)
    expect(new Set(ids).size).toBe(500)
    const details = await Promise.all(ids.map((id) => api.call('GET', `/v1/whatsapp/messages/${id}`)))
    expect(details.map((res) => res.json.data.id)).toEqual(ids)
    const page = await api.call('GET', '/v1/whatsapp/messages?direction=outbound&limit=1')
    expect(page.json.data.total).toBe(500)
    // A budget for slow CI machines (1000 in-process requests), not an assertion on speed.
  }, 30_000)
})
