import { describe, expect, it, vi } from 'vitest'

// Where a Briq path starts is read from core's route table, not written here: with a table
// whose routes live under another prefix, the mock finds them there.
vi.mock('@briq-interactive/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@briq-interactive/core')>()
  const moved = real.BRIQ_ROUTES.map((route) => ({ ...route, path: route.path.replace('/v1/whatsapp', '/v2/karibu') }))
  return { ...real, BRIQ_ROUTES: moved }
})

describe("briqPath reads the table's prefix", () => {
  it('finds a route of the table under any prefix, and the controls still', async () => {
    const { briqPath } = await import('./match-route.ts')
    expect(briqPath('/api/briq/v2/karibu/messages/interactive')).toBe('/v2/karibu/messages/interactive')
    expect(briqPath('/v1/whatsapp/messages')).toBeNull()
    expect(briqPath('/__mock/state')).toBe('/__mock/state')
  })
})
