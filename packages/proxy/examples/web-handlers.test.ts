import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { EXAMPLE_TOKEN, expectExampleProxies } from '../src/testing/example-checks.ts'

// The Next.js route handler and the Cloudflare Worker exactly as the README shows them, called
// the way their runtimes call them: with real Requests (no Next.js build, no Workers runtime).
let mock: MockHttpServer
beforeAll(async () => {
  mock = await startMockHttpServer({ port: 0, seed: 'web-examples', clock: 'manual' })
})
afterAll(async () => {
  await mock.close()
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

// Each test loads the example anew, as a fresh server process would.
async function freshImport<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules()
  return load()
}

const ORIGIN = 'http://localhost:3000'
const request = (path: string, init?: RequestInit) => new Request(`${ORIGIN}${path}`, init)

describe('the Next.js route handler example', () => {
  it('loads without any secret (what `next build` does), then answers misconfigured requests in the envelope', async () => {
    vi.stubEnv('BRIQ_API_KEY', '')
    vi.stubEnv('PROXY_TOKEN', EXAMPLE_TOKEN)
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const route = await freshImport(() => import('./next-route.ts'))
    expect(route.GET).toBeTypeOf('function')
    const response = await route.POST(request('/api/briq/v1/whatsapp/senders', { method: 'POST' }))
    expect(response.status).toBe(500)
    expect((await response.json()).errors).toEqual([expect.objectContaining({ code: 'PROXY_NOT_CONFIGURED' })])
    expect(String(logged.mock.calls[0]?.[0])).toBe('Briq proxy is not configured: Missing environment: BRIQ_API_KEY')
  })

  it('forwards a valid send (202), refuses an invalid one (422) and a foreign origin (403)', async () => {
    vi.stubEnv('BRIQ_API_KEY', DEFAULT_API_KEY)
    vi.stubEnv('BRIQ_UPSTREAM', mock.url)
    vi.stubEnv('PROXY_TOKEN', EXAMPLE_TOKEN)
    const route = await freshImport(() => import('./next-route.ts'))
    await expectExampleProxies((path, init) => {
      const handler = init?.method === 'POST' ? route.POST : init?.method === 'OPTIONS' ? route.OPTIONS : route.GET
      return handler(request(path, init))
    })
  })

  it('answers a method it does not forward itself: 405 with Allow in the envelope, not the bare 405 of Next.js', async () => {
    vi.stubEnv('BRIQ_API_KEY', DEFAULT_API_KEY)
    vi.stubEnv('BRIQ_UPSTREAM', mock.url)
    vi.stubEnv('PROXY_TOKEN', EXAMPLE_TOKEN)
    const route: Record<string, unknown> = await freshImport(() => import('./next-route.ts'))
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const handler = route[method] as ((request: Request) => Promise<Response>) | undefined
      expect(handler, `next-route.ts exports ${method}`).toBeTypeOf('function')
      const response = await handler!(
        request('/api/briq/v1/whatsapp/senders', { method, headers: { Authorization: `Bearer ${EXAMPLE_TOKEN}` } }),
      )
      expect(response.status).toBe(405)
      expect(response.headers.get('Allow')).toBe('GET, OPTIONS')
      expect((await response.json()).errors).toEqual([expect.objectContaining({ code: 'PROXY_METHOD_NOT_ALLOWED' })])
    }
  })
})

describe('the Cloudflare Worker example', () => {
  it('forwards a valid send (202), refuses an invalid one (422) and a foreign origin (403)', async () => {
    const { default: worker } = await freshImport(() => import('./cloudflare-worker.ts'))
    await expectExampleProxies((path, init) =>
      worker.fetch(request(path, init), {
        BRIQ_API_KEY: DEFAULT_API_KEY,
        BRIQ_UPSTREAM: mock.url,
        PROXY_TOKEN: EXAMPLE_TOKEN,
      }),
    )
  })

  it('answers in the envelope while a secret is missing, and logs every one missing', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { default: worker } = await freshImport(() => import('./cloudflare-worker.ts'))
    const response = await worker.fetch(request('/api/briq/v1/whatsapp/senders'), {
      BRIQ_API_KEY: '',
      PROXY_TOKEN: '',
    })
    expect(response.status).toBe(500)
    expect((await response.json()).errors).toEqual([expect.objectContaining({ code: 'PROXY_NOT_CONFIGURED' })])
    expect(String(logged.mock.calls[0]?.[0])).toBe(
      'Briq proxy is not configured: Missing environment: BRIQ_API_KEY, PROXY_TOKEN',
    )
  })
})
