import { afterEach, describe, expect, it, vi } from 'vitest'
import { bearerTokenAuthorize } from './bearer-token-authorize.ts'
import { lazyBriqProxy } from './lazy-briq-proxy.ts'
import { TEST_KEY } from './testing/start-test-proxy.ts'

afterEach(() => vi.restoreAllMocks())

const senders = () => new Request('http://localhost/api/briq/v1/whatsapp/senders')

describe('lazyBriqProxy', () => {
  it('reads its options only when the first request arrives, and only once', async () => {
    const getOptions = vi.fn(() => ({
      apiKey: TEST_KEY,
      basePath: '/api/briq',
      allowAnonymous: true,
      fetch: async () => Response.json({ success: true, data: [], errors: null }),
    }))
    const handler = lazyBriqProxy(getOptions)
    expect(getOptions).not.toHaveBeenCalled()
    expect((await handler(senders())).status).toBe(200)
    expect((await handler(senders())).status).toBe(200)
    expect(getOptions).toHaveBeenCalledTimes(1)
  })

  it("answers Briq's envelope while misconfigured, logs why without the key, and recovers once fixed", async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    let token = ''
    const handler = lazyBriqProxy(() => ({
      apiKey: TEST_KEY,
      basePath: '/api/briq',
      authorize: bearerTokenAuthorize(token),
      fetch: async () => Response.json({ success: true, data: [], errors: null }),
    }))
    const refused = await handler(senders())
    expect(refused.status).toBe(500)
    expect(refused.headers.get('content-type')).toMatch(/application\/json/)
    expect((await refused.json()).errors).toEqual([expect.objectContaining({ code: 'PROXY_NOT_CONFIGURED' })])
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/bearerTokenAuthorize: the token is empty/)
    expect(JSON.stringify(logged.mock.calls)).not.toContain(TEST_KEY)
    token = 'secret-token'
    const request = new Request(senders(), { headers: { Authorization: 'Bearer secret-token' } })
    expect((await handler(request)).status).toBe(200)
  })

  it('logs a misconfiguration once, not per request, and answers every request the same way', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    let token = 'secret-token'
    let apiKey = ''
    const handler = lazyBriqProxy(() => ({
      apiKey,
      basePath: '/api/briq',
      authorize: bearerTokenAuthorize(token),
      fetch: async () => Response.json({ success: true, data: [], errors: null }),
    }))
    const answers = await Promise.all(Array.from({ length: 5 }, () => handler(senders())))
    for (const answer of answers) {
      expect(answer.status).toBe(500)
      expect((await answer.json()).errors).toEqual([expect.objectContaining({ code: 'PROXY_NOT_CONFIGURED' })])
    }
    expect(logged).toHaveBeenCalledTimes(1)
    // Another reason (the key is set now, the token no longer) is news: logged once as well.
    apiKey = TEST_KEY
    token = ''
    for (let i = 0; i < 3; i++) {
      const answer = await handler(senders())
      expect(answer.status).toBe(500)
      expect(await answer.text()).not.toContain(TEST_KEY)
    }
    expect(logged).toHaveBeenCalledTimes(2)
    expect(String(logged.mock.calls[1]?.[0])).toMatch(/bearerTokenAuthorize: the token is empty/)
    expect(JSON.stringify(logged.mock.calls)).not.toContain(TEST_KEY)
    token = 'secret-token'
    const request = new Request(senders(), { headers: { Authorization: 'Bearer secret-token' } })
    expect((await handler(request)).status).toBe(200)
    expect(logged).toHaveBeenCalledTimes(2)
  })
})
