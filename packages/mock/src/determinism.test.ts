import { describe, expect, it } from 'vitest'
import { createBriqMock } from './create-briq-mock.ts'
import { FIXTURE_IDS } from './fixtures/fixture-ids.ts'
import { buttonInteractive, listInteractive, SEND_INTERACTIVE } from './test-support/interactives.ts'

// A fixed script of requests; returns every response body in order, then the final state.
async function run(seed: string) {
  const mock = createBriqMock({ seed, clock: 'manual', faults: { failureRate: 0.3 } })
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await mock.handle(
      new Request(`https://karibu.briq.tz${path}`, {
        method,
        headers: { 'x-api-key': 'mock-api-key', 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      }),
    )
    return { status: res.status, body: await res.json() }
  }
  const log = []
  for (let index = 0; index < 6; index++) {
    const interactive = index % 2 === 0 ? buttonInteractive() : listInteractive()
    log.push(await call('POST', SEND_INTERACTIVE, { to: '255712345678', interactive }))
    mock.advance(700)
  }
  log.push(
    await call('POST', '/v1/whatsapp/messages', { type: 'template', to: '255787654321', template_name: 'karibu_tena' }),
  )
  const answerable = mock.state().messages.find((m) => m.is_outbound && m.content.type === 'button')!
  mock.simulateReply(answerable.id, 'yes')
  log.push(await call('GET', '/v1/whatsapp/messages?limit=200'))
  log.push(await call('GET', `/v1/whatsapp/conversations?sender_id=${FIXTURE_IDS.supportSender}`))
  return { log, state: mock.state() }
}

describe('determinism under a seed with the manual clock', () => {
  it('gives identical ids, ordering, faults and bodies for the same seed', async () => {
    const a = await run('same-seed')
    const b = await run('same-seed')
    expect(b).toEqual(a)
    expect(a.log.some((entry) => entry.status === 500)).toBe(true)
  })

  it('gives different ids for a different seed', async () => {
    const a = await run('seed-a')
    const b = await run('seed-b')
    expect(b.state.messages.map((m) => m.id)).not.toEqual(a.state.messages.map((m) => m.id))
  })

  it('makes v4 uuids', async () => {
    const { state } = await run('shape')
    for (const message of state.messages) {
      expect(message.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
  })
})
