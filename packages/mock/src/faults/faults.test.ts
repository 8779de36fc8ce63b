import { BriqError, createBriqClient, DEFAULT_CLIENT_TIMEOUT_MS } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

const sendBody = { to: '255712345678', interactive: buttonInteractive() }

describe.each(TRANSPORTS)('faults and scenarios over $name', (transport) => {
  const delays: number[] = []
  const api = useMock(transport, {
    clock: 'manual',
    seed: 'faults',
    sleep: async (ms) => {
      delays.push(ms)
    },
  })

  it('X-Mock-Scenario: rate-limited answers 429 with Retry-After', async () => {
    const res = await api.call('POST', SEND_INTERACTIVE, {
      body: sendBody,
      headers: { 'x-mock-scenario': 'rate-limited' },
    })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('2')
    expect(res.json.errors[0].code).toBe('RATE_LIMITED')
  })

  it('X-Mock-Fault forces a status, a Retry-After and a latency on any route', async () => {
    const limited = await api.call('GET', '/v1/whatsapp/senders', { headers: { 'x-mock-fault': '429, retry-after=7' } })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('7')
    const failed = await api.call('POST', SEND_INTERACTIVE, { body: sendBody, headers: { 'x-mock-fault': '500' } })
    expect(failed.status).toBe(500)
    expect(failed.json.errors[0].code).toBe('INTERNAL_ERROR')
    delays.length = 0
    const slow = await api.call('GET', '/v1/whatsapp/senders', { headers: { 'x-mock-fault': 'latency=1500' } })
    expect(slow.status).toBe(200)
    expect(delays).toEqual([1500])
  })

  it('X-Mock-Scenario: window-closed closes the documented number for that request only', async () => {
    const closed = await api.call('POST', SEND_INTERACTIVE, {
      body: sendBody,
      headers: { 'x-mock-scenario': 'window-closed' },
    })
    expect(closed.json.errors[0].code).toBe('WINDOW_CLOSED')
    expect((await api.call('POST', SEND_INTERACTIVE, { body: sendBody })).status).toBe(202)
  })

  it('answers 422 for an unknown scenario or fault token', async () => {
    const scenario = await api.call('GET', '/v1/whatsapp/senders', { headers: { 'x-mock-scenario': 'chaos' } })
    expect(scenario.status).toBe(422)
    expect(scenario.json.errors[0]).toMatchObject({ field: 'X-Mock-Scenario' })
    expect(scenario.json.errors[0].message).toContain('rate-limited')
    const fault = await api.call('GET', '/v1/whatsapp/senders', { headers: { 'x-mock-fault': '418' } })
    expect(fault.json.errors[0]).toMatchObject({ field: 'X-Mock-Fault' })
  })

  it('answers 422 for a latency no timer can wait (it used to answer at once, warning on stderr)', async () => {
    delays.length = 0
    const tooLong = await api.call('GET', '/v1/whatsapp/senders', { headers: { 'x-mock-fault': 'latency=3000000000' } })
    expect(tooLong.status).toBe(422)
    expect(tooLong.json.errors[0]).toMatchObject({
      field: 'X-Mock-Fault',
      message: expect.stringContaining('2147483647'),
    })
    expect(delays).toEqual([])
    const scenario = await api.call('POST', '/__mock/scenario', { body: { name: 'happy', faults: { latencyMs: 3e9 } } })
    expect(scenario.status).toBe(422)
    expect(scenario.json.errors[0]).toMatchObject({ field: 'faults.latencyMs' })
  })

  it('a global server-error scenario fails sends but lets reads through', async () => {
    api.mock.setScenario('server-error')
    expect((await api.call('POST', SEND_INTERACTIVE, { body: sendBody })).status).toBe(500)
    expect((await api.call('GET', '/v1/whatsapp/senders')).status).toBe(200)
    api.mock.setScenario('happy')
    expect((await api.call('POST', SEND_INTERACTIVE, { body: sendBody })).status).toBe(202)
  })

  it('a scope in the extra faults sets where the scenario hits too (a lone scope was a silent no-op)', async () => {
    const set = await api.call('POST', '/__mock/scenario', {
      body: { name: 'rate-limited', faults: { scope: 'all' } },
      key: null,
    })
    expect(set.status).toBe(200)
    const read = await api.call('GET', '/v1/whatsapp/senders')
    expect(read.status).toBe(429)
    expect(read.headers.get('retry-after')).toBe('2')
    expect((await api.call('POST', SEND_INTERACTIVE, { body: sendBody })).status).toBe(429)
    api.mock.setFaults({ scope: 'sends' })
    expect((await api.call('GET', '/v1/whatsapp/senders')).status).toBe(200)
    api.mock.setScenario('slow-network')
    delays.length = 0
    await api.call('GET', '/v1/whatsapp/senders')
    expect(delays).toHaveLength(0)
    api.mock.setFaults({})
    api.mock.setScenario('happy')
  })

  it('POST /__mock/scenario and /__mock/advance refuse a field they do not take (a typo was a silent happy path)', async () => {
    const typo = await api.call('POST', '/__mock/scenario', {
      body: { name: 'happy', fault: { status: 500 } },
      key: null,
    })
    expect(typo.status).toBe(422)
    expect(typo.json.errors[0]).toMatchObject({
      field: 'fault',
      message: 'Unknown field "fault"; did you mean faults? Use name, faults',
    })
    const advance = await api.call('POST', '/__mock/advance', { body: { seconds: 5 }, key: null })
    expect(advance.status).toBe(422)
    expect(advance.json.errors[0]).toMatchObject({ field: 'seconds' })
  })

  it('slow-network delays every route by 800–2000 ms', async () => {
    api.mock.setScenario('slow-network')
    delays.length = 0
    await api.call('GET', '/v1/whatsapp/senders')
    await api.call('POST', SEND_INTERACTIVE, { body: sendBody })
    expect(delays).toHaveLength(2)
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(800)
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(2000)
  })

  it('X-Mock-Fault: network closes the connection unanswered, and nothing is sent', async () => {
    const dropped = fetch(`${api.base}${SEND_INTERACTIVE}`, {
      method: 'POST',
      headers: { 'x-api-key': 'mock-api-key', 'content-type': 'application/json', 'x-mock-fault': 'network' },
      body: JSON.stringify(sendBody),
    })
    await expect(dropped).rejects.toThrow(TypeError)
    expect(api.mock.state().messages.filter((m) => m.is_outbound)).toHaveLength(0)
    expect((await api.call('GET', '/v1/whatsapp/senders')).status).toBe(200)
  })

  it('X-Mock-Fault: invalid-response answers 200 with an HTML page, not JSON', async () => {
    const res = await fetch(`${api.base}/v1/whatsapp/senders`, {
      headers: { 'x-api-key': 'mock-api-key', 'x-mock-fault': 'invalid-response' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const text = await res.text()
    expect(text).toMatch(/^<!doctype html>/)
    expect(Number(res.headers.get('content-length'))).toBe(text.length)
  })

  it('the network-error, invalid-response and unavailable scenarios break sends only, as core client errors', async () => {
    const client = createBriqClient({ endpoint: api.base, headers: { 'X-API-Key': 'mock-api-key' } })
    const request = { to: '255712345678', interactive: buttonInteractive() }
    const failure = async () =>
      client.sendInteractive(request).then(
        () => undefined,
        (error: unknown) => error as BriqError,
      )
    for (const [scenario, kind, status] of [
      ['network-error', 'network', undefined],
      ['invalid-response', 'invalid_response', 200],
      ['unavailable', 'http', 503],
    ] as const) {
      api.mock.setScenario(scenario)
      const error = await failure()
      expect(error, scenario).toBeInstanceOf(BriqError)
      expect({ kind: error?.kind, status: error?.status }, scenario).toEqual({ kind, status })
      expect((await client.listSenders()).length, scenario).toBeGreaterThan(0)
    }
    expect((await failure())?.retryAfterMs).toBe(2000)
    expect(api.mock.state().messages.filter((m) => m.is_outbound)).toHaveLength(0)
  })

  it('the timeout scenario holds sends 35 s, past the 30 s a client waits by default, then takes them', async () => {
    api.mock.setScenario('timeout')
    delays.length = 0
    await api.call('GET', '/v1/whatsapp/senders')
    expect(delays).toEqual([])
    expect((await api.call('POST', SEND_INTERACTIVE, { body: sendBody })).status).toBe(202)
    expect(delays).toEqual([35_000])
    expect(delays[0]).toBeGreaterThan(DEFAULT_CLIENT_TIMEOUT_MS)
  })

  it('a failure rate fails about that share of sends, the same ones under the same seed', async () => {
    api.mock.setFaults({ failureRate: 0.5 })
    const statuses: number[] = []
    for (let index = 0; index < 40; index++)
      statuses.push((await api.call('POST', SEND_INTERACTIVE, { body: sendBody })).status)
    const failures = statuses.filter((status) => status === 500).length
    expect(failures).toBeGreaterThan(5)
    expect(failures).toBeLessThan(35)
    api.mock.reset()
    api.mock.setFaults({ failureRate: 0.5 })
    const again: number[] = []
    for (let index = 0; index < 40; index++)
      again.push((await api.call('POST', SEND_INTERACTIVE, { body: sendBody })).status)
    expect(again).toEqual(statuses)
  })

  it('switches the scenario over POST /__mock/scenario and lists the choices', async () => {
    const set = await api.call('POST', '/__mock/scenario', { body: { name: 'rate-limited' }, key: null })
    expect(set.json.data.scenario).toBe('rate-limited')
    expect(set.json.data.available.map((s: { name: string }) => s.name)).toEqual([
      'happy',
      'window-closed',
      'rate-limited',
      'server-error',
      'slow-network',
      'unavailable',
      'network-error',
      'timeout',
      'invalid-response',
    ])
    expect((await api.call('POST', SEND_INTERACTIVE, { body: sendBody })).status).toBe(429)
    expect((await api.call('GET', '/__mock/scenario')).json.data.scenario).toBe('rate-limited')
    const bad = await api.call('POST', '/__mock/scenario', { body: { name: 'nope' } })
    expect(bad.status).toBe(422)
  })

  it('POST /__mock/reset restores the fixtures and the starting scenario', async () => {
    await api.call('POST', SEND_INTERACTIVE, { body: sendBody })
    api.mock.setScenario('server-error')
    const res = await api.call('POST', '/__mock/reset')
    expect(res.json.data).toEqual({ reset: true, scenario: 'happy' })
    expect(api.mock.state().messages.filter((m) => m.is_outbound)).toHaveLength(0)
  })

  it('POST /__mock/advance moves the manual clock and statuses with it', async () => {
    const sent = await api.call('POST', SEND_INTERACTIVE, { body: sendBody })
    const res = await api.call('POST', '/__mock/advance', { body: { ms: 5000 } })
    expect(res.json.data.now).toBe('2026-06-24T08:00:05.000Z')
    expect((await api.call('GET', `/v1/whatsapp/messages/${sent.json.data.message_id}`)).json.data.status).toBe('read')
  })

  it('POST /__mock/advance past year 9999 is 422 on ms, and every read keeps working', async () => {
    for (const ms of [8.64e15, 1e300]) {
      const res = await api.call('POST', '/__mock/advance', { body: { ms } })
      expect(res.status).toBe(422)
      expect(res.json.errors).toEqual([
        expect.objectContaining({
          code: 'VALIDATION_ERROR',
          field: 'ms',
          message: expect.stringMatching(/9999-12-31/),
        }),
      ])
    }
    expect((await api.call('GET', '/v1/whatsapp/messages')).status).toBe(200)
    expect((await api.call('GET', '/__mock/state')).status).toBe(200)
    const now = (await api.call('POST', '/__mock/advance', { body: { ms: 1 } })).json.data.now
    expect(now).toBe('2026-06-24T08:00:00.001Z')
  })
})

describe.each(TRANSPORTS)('the real clock over $name', (transport) => {
  const api = useMock(transport)
  it('POST /__mock/advance answers 409', async () => {
    const res = await api.call('POST', '/__mock/advance', { body: { ms: 10 } })
    expect(res.status).toBe(409)
    expect(res.json.errors[0].code).toBe('CLOCK_NOT_MANUAL')
  })
})

describe('the manual clock', () => {
  it('refuses a manual startTime past year 9999 instead of failing every read later', () => {
    expect(() => createBriqMock({ clock: 'manual', startTime: '+275760-09-13T00:00:00Z' })).toThrow(
      /startTime must be no later than 9999-12-31T23:59:59.999Z/,
    )
    expect(createBriqMock({ clock: 'manual', startTime: '9999-12-31T00:00:00Z' }).clock.now()).toBe(
      Date.UTC(9999, 11, 31),
    )
  })
})
