import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeUpstream, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { startTestProxy, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

let upstream: FakeUpstream
let proxy: TestProxy
beforeAll(async () => {
  upstream = await startFakeUpstream((_req, res) => json(res, 202, { success: true, data: {} }))
  proxy = await startTestProxy({ upstream: upstream.url })
})
afterAll(async () => {
  await proxy.close()
  await upstream.close()
})

describe('a junk send within the body limit', () => {
  it('gets a 422 of at most 100 errors, the last counting the rest, not one error per key', async () => {
    const interactive: Record<string, unknown> = { ...VALID_SEND.interactive }
    let body = ''
    for (let i = 0; ; i++) {
      interactive[`k${i}`] = 1
      if (i % 500 === 0 && JSON.stringify({ ...VALID_SEND, interactive }).length > 60_000) {
        body = JSON.stringify({ ...VALID_SEND, interactive })
        break
      }
    }
    const keys = Object.keys(interactive).length - Object.keys(VALID_SEND.interactive).length
    expect(keys).toBeGreaterThan(6000)
    const response = await fetch(`${proxy.url}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    })
    expect(response.status).toBe(422)
    const text = await response.text()
    // 100 errors of about 280 characters (Briq's keys, and the issue each words): not 6000.
    expect(text.length).toBeLessThan(40_000)
    const { errors } = JSON.parse(text) as { errors: { message: string; field: string | null }[] }
    expect(errors).toHaveLength(100)
    expect(errors.at(-1)).toMatchObject({
      field: null,
      message: `${keys - 99} more problems were found and not listed; fix these first`,
    })
    expect(upstream.requests).toHaveLength(0)
  })
})
