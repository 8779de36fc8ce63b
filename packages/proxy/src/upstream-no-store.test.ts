import { describe, expect, it } from 'vitest'
import { createBriqProxy } from './create-briq-proxy.ts'
import type { BriqProxyLogEvent } from './proxy-options.ts'
import { TEST_KEY } from './testing/start-test-proxy.ts'

const SENDERS = 'https://app.example/v1/whatsapp/senders'
// What a Cloudflare Worker with a compatibility date before 2024-11-11 throws for the field
// (https://developers.cloudflare.com/changelog/2024-11-11-cache-no-store).
const REFUSED = "The 'cache' field on 'RequestInitializerDict' is not implemented."

const ok = () => Response.json({ success: true, data: [] })

/** A proxy over `fetchImpl`, with every init it was called with and its log. */
function proxyOver(fetchImpl: (init: RequestInit) => Promise<Response>) {
  const inits: RequestInit[] = []
  const logs: BriqProxyLogEvent[] = []
  const handler = createBriqProxy({
    apiKey: TEST_KEY,
    allowAnonymous: true,
    log: (event) => logs.push(event),
    fetch: ((_url: string, init: RequestInit) => {
      inits.push(init)
      return fetchImpl(init)
    }) as typeof fetch,
  })
  return { handler, inits, logs }
}

describe("the upstream fetch asks for cache: 'no-store'", () => {
  it('so a framework that caches fetch (Next.js 14) keeps no copy of an answer', async () => {
    const { handler, inits } = proxyOver(() => Promise.resolve(ok()))
    expect((await handler(new Request(SENDERS))).status).toBe(200)
    expect(inits.map((init) => init.cache)).toEqual(['no-store'])
  })

  it.each([
    // What workerd (wrangler dev, compatibility_date 2024-09-01) throws: a plain Error.
    ['an Error, as workerd throws it', (message: string) => new Error(message)],
    ['a TypeError', (message: string) => new TypeError(message)],
  ])('asks once more without it where the runtime refuses the field, and remembers (%s)', async (_name, refusal) => {
    // The refusal comes before anything is sent: only calls without the field reach Briq.
    const { handler, inits, logs } = proxyOver(async (init) => {
      if (init.cache !== undefined) throw refusal(REFUSED)
      return ok()
    })
    for (let i = 0; i < 3; i++) expect((await handler(new Request(SENDERS))).status).toBe(200)
    expect(inits.map((init) => init.cache)).toEqual(['no-store', undefined, undefined, undefined])
    expect(JSON.stringify(logs)).not.toContain(TEST_KEY)
  })

  it('never asks twice after any other failure: a network error may follow a request sent', async () => {
    const { handler, inits } = proxyOver(() => Promise.reject(new TypeError('fetch failed')))
    const response = await handler(new Request(SENDERS))
    expect(response.status).toBe(502)
    expect(await response.text()).not.toContain(TEST_KEY)
    expect(inits).toHaveLength(1)
  })
})
