import { describe, expect, it, vi } from 'vitest'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

// A list left without `limit` pages by Briq's default as core's LIMITS holds it: with those
// defaults set apart from today's, the mock must follow them (no page size written here).
vi.mock('@briq-interactive/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@briq-interactive/core')>()
  const query = {
    ...real.LIMITS.query,
    messagesLimit: { ...real.LIMITS.query.messagesLimit, default: 7 },
    conversationsLimit: { ...real.LIMITS.query.conversationsLimit, default: 8 },
  }
  return { ...real, LIMITS: { ...real.LIMITS, query } }
})

describe("the mock's page size is core's default", () => {
  const api = useMock(TRANSPORTS[0]!, { clock: 'manual', seed: 'pages' })

  it('GET /messages and /conversations without limit page by the LIMITS.query defaults', async () => {
    expect((await api.call('GET', '/v1/whatsapp/messages')).json.data.limit).toBe(7)
    expect((await api.call('GET', '/v1/whatsapp/conversations')).json.data.limit).toBe(8)
  })
})
