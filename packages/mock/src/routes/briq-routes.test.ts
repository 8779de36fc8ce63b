import { BRIQ_ROUTES } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'
import { briqRoutes } from './briq-routes.ts'
import { MOCK_CONTROL_PATHS } from './control-paths.ts'

const key = (route: { method: string; path: string }) => `${route.method} ${route.path}`

describe("the mock's routes are core's table", () => {
  it('serves every route of BRIQ_ROUTES and no Briq route outside it', () => {
    const served = briqRoutes.filter((route) => route.kind === 'api').map(key)
    expect(served.sort()).toEqual(BRIQ_ROUTES.map(key).sort())
    expect(
      briqRoutes.filter((route) => route.kind === 'control').every((route) => route.path.startsWith('/__mock/')),
    ).toBe(true)
  })

  it('marks exactly the sends as sends', () => {
    for (const route of BRIQ_ROUTES) {
      expect(briqRoutes.find((served) => key(served) === key(route))?.isSend, route.id).toBe(route.sends)
    }
  })
})

describe.each(TRANSPORTS)('every route of the table answers over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'routes' })

  it.each(BRIQ_ROUTES.map((route) => [route.id, route] as const))(
    '%s is answered, never 404 or 405',
    async (_id, route) => {
      const path = route.path.replace(/:\w+/g, FIXTURE_IDS.openConversation)
      const res = await api.call(route.method, path, route.method === 'POST' ? { body: {} } : {})
      // A handler may well say the id is unknown (404); the router must not say the route is.
      expect(res.status).not.toBe(405)
      expect(String(res.json?.errors?.[0]?.message ?? '')).not.toMatch(/^No route for/)
      expect(res.status).toBeLessThan(500 + (route.sends && !('request' in route) ? 2 : 0))
    },
  )
})

describe("the mock's control routes are MOCK_CONTROL_PATHS", () => {
  it('registers a route on every path of the table, and none beside it', () => {
    const controls = briqRoutes.filter((route) => route.kind === 'control').map((route) => route.path)
    expect([...new Set(controls)].sort()).toEqual(Object.values(MOCK_CONTROL_PATHS).sort())
  })
})
