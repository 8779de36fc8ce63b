import { describe, expect, it } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'
import { faultConfigProblem } from './fault-config-problem.ts'

describe('faultConfigProblem', () => {
  it.each([
    [{}],
    [{ latencyMs: 0 }],
    [{ latencyMs: [100, 300] }],
    [{ status: 429, retryAfterSeconds: 5, scope: 'all' }],
    [{ failureRate: 0.25, scope: 'sends' }],
    [{ failure: 'network' }],
    [{ failure: 'invalid-response', scope: 'all' }],
  ])('accepts %j', (faults) => {
    expect(faultConfigProblem(faults)).toBeNull()
  })

  it.each([
    [null, 'faults'],
    [[], 'faults'],
    [{ status: 418 }, 'faults.status'],
    [{ status: '429' }, 'faults.status'],
    [{ latencyMs: 'abc' }, 'faults.latencyMs'],
    [{ latencyMs: -5 }, 'faults.latencyMs'],
    [{ latencyMs: [300, 100] }, 'faults.latencyMs'],
    [{ latencyMs: 2 ** 31 }, 'faults.latencyMs'],
    [{ latencyMs: [0, 3e9] }, 'faults.latencyMs'],
    [{ failureRate: 2 }, 'faults.failureRate'],
    [{ retryAfterSeconds: 1.5 }, 'faults.retryAfterSeconds'],
    [{ scope: 'reads' }, 'faults.scope'],
    [{ failure: 'timeout' }, 'faults.failure'],
    [{ failure: true }, 'faults.failure'],
    [{ latency: 300 }, 'faults.latency'],
  ])('rejects %j naming %s', (faults, field) => {
    expect(faultConfigProblem(faults)?.field).toBe(field)
  })
})

describe('programmatic faults', () => {
  it('setFaults and the faults option throw a RangeError naming the field', () => {
    const mock = createBriqMock({ clock: 'manual' })
    // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller's typo
    expect(() => mock.setFaults({ status: 418 } as any)).toThrow(/faults\.status/)
    // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller's typo
    expect(() => createBriqMock({ faults: { failureRate: 5 } as any })).toThrow(/faults\.failureRate/)
  })
})

describe.each(TRANSPORTS)('POST /__mock/scenario faults over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual' })

  it('answers 422 naming the bad fault and keeps the previous setting', async () => {
    const res = await api.call('POST', '/__mock/scenario', {
      key: null,
      body: { name: 'rate-limited', faults: { status: 418 } },
    })
    expect(res.status).toBe(422)
    expect(res.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'faults.status' })
    expect((await api.call('GET', '/__mock/scenario')).json.data).toMatchObject({ scenario: 'happy', faults: {} })
  })
})
