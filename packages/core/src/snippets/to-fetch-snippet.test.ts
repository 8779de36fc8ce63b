import { describe, expect, it } from 'vitest'
import type { SnippetRequest } from './snippet-options.ts'
import { toFetchSnippet } from './to-fetch-snippet.ts'

interface Sent {
  url: string
  method: string | undefined
  headers: Record<string, string | undefined>
  body: string
}

type AsyncFunctionConstructor = new (...params: string[]) => (...args: unknown[]) => Promise<void>
const AsyncFunction = (async () => {}).constructor as AsyncFunctionConstructor

/**
 * Compiles the snippet (a syntax error throws here) and runs it against a recording `fetch`,
 * so the test sees exactly the request it would make.
 */
async function run(
  code: string,
  env: Record<string, string> = {},
  status = 202,
): Promise<{ sent: Sent; logged: unknown[] }> {
  let sent: Sent | undefined
  const logged: unknown[] = []
  const fetch = async (url: string, init: { method?: string; headers: Record<string, string>; body: string }) => {
    sent = { url, method: init.method, headers: init.headers, body: init.body }
    return new Response(JSON.stringify({ success: status < 300 }), { status })
  }
  const console = { log: (...args: unknown[]) => logged.push(...args) }
  await new AsyncFunction('fetch', 'process', 'console', code)(fetch, { env }, console)
  if (!sent) throw new Error('the snippet did not call fetch')
  return { sent, logged }
}

const tricky: SnippetRequest = {
  to: '255712345678',
  interactive: {
    type: 'list',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${…} the generated code must not evaluate
    body: { text: '`${process.exit()}` </script> "q" \'a\' \\ \n😀 \u2028\u2029 \ud83d' },
    action: { button: 'Menu', sections: [{ rows: [{ id: 'a', title: 'A' }] }] },
  },
}

describe('toFetchSnippet', () => {
  it('posts the exact JSON to Briq with the key from process.env', async () => {
    const { sent, logged } = await run(toFetchSnippet(tricky, { target: 'briq' }), { BRIQ_API_KEY: 'env-key' })
    expect(sent).toEqual({
      url: 'https://karibu.briq.tz/v1/whatsapp/messages/interactive',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': 'env-key' },
      body: JSON.stringify(tricky),
    })
    expect(logged).toEqual([{ success: true }])
  })

  it('says the Briq snippet is server-side only and prints no key', () => {
    const code = toFetchSnippet(tricky, { target: 'briq', headers: { 'X-API-Key': 'sk-live-secret' } })
    expect(code).toContain('"X-API-Key": process.env.BRIQ_API_KEY,')
    expect(code).toContain('// Server-side only: reads your API key from $BRIQ_API_KEY (process.env.BRIQ_API_KEY).')
    expect(code).not.toContain('secret')
  })

  it('posts to the proxy without secret headers and with the other ones', async () => {
    const headers = { Authorization: 'Bearer sk-secret', 'X-Tenant': 'shop "7"' }
    const code = toFetchSnippet(tricky, { endpoint: 'https://shop.example/api/briq', headers })
    expect(code).not.toContain('sk-secret')
    expect(code.split('\n')[0]).toBe('// The Authorization header is not printed: add yours below.')
    const { sent } = await run(code)
    expect(sent.url).toBe('https://shop.example/api/briq/v1/whatsapp/messages/interactive')
    expect(sent.headers).toEqual({ 'Content-Type': 'application/json', 'X-Tenant': 'shop "7"' })
    expect(JSON.parse(sent.body)).toEqual(tricky)
  })

  it('keeps a relative endpoint relative, with a comment', async () => {
    const code = toFetchSnippet(tricky, { endpoint: '/api/briq' })
    expect(code.split('\n')[0]).toMatch(/^\/\/ \/api\/briq\/v1\/whatsapp\/messages\/interactive is relative/)
    expect((await run(code)).sent.url).toBe('/api/briq/v1/whatsapp/messages/interactive')
  })

  it('throws a readable error when the answer is not 2xx', async () => {
    await expect(run(toFetchSnippet(tricky, { endpoint: '/api/briq' }), {}, 422)).rejects.toThrow(
      'Briq answered 422: {"success":false}',
    )
  })

  it('keeps a "__proto__" key as data', async () => {
    const request = JSON.parse('{"to":"255712345678","interactive":{"__proto__":{"x":1},"type":"button"}}')
    const { sent } = await run(toFetchSnippet(request, { endpoint: '/api/briq' }))
    expect(sent.body).toBe(JSON.stringify(request, null, 2))
    expect(Object.keys(JSON.parse(sent.body).interactive)).toEqual(['__proto__', 'type'])
  })
})
