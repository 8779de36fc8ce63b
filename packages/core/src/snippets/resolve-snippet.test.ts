import { describe, expect, it } from 'vitest'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { resolveSnippet } from './resolve-snippet.ts'
import type { SnippetOptions, SnippetRequest } from './snippet-options.ts'
import { toCurl } from './to-curl.ts'
import { toFetchSnippet } from './to-fetch-snippet.ts'

const request: SnippetRequest = { to: '255712345678', interactive: { type: 'button' } }

describe('resolveSnippet', () => {
  it('appends the route to the endpoint path and keeps a query', () => {
    expect(resolveSnippet(request, { endpoint: 'https://shop.example/api/briq?tenant=7' }).url).toBe(
      'https://shop.example/api/briq/v1/whatsapp/messages/interactive?tenant=7',
    )
    expect(resolveSnippet(request, { endpoint: 'https://shop.example' }).url).toBe(
      'https://shop.example/v1/whatsapp/messages/interactive',
    )
    expect(resolveSnippet(request, { endpoint: '/api/briq/v1/whatsapp/messages/interactive' }).url).toBe(
      '/api/briq/v1/whatsapp/messages/interactive',
    )
  })

  it('ignores endpoint and origin for Briq', () => {
    const snippet = resolveSnippet(request, { target: 'briq', endpoint: 'https://shop.example', origin: 'x' })
    expect(snippet).toMatchObject({ url: 'https://karibu.briq.tz/v1/whatsapp/messages/interactive', relative: false })
    expect(snippet.headers).toEqual([
      { name: 'Content-Type', value: 'application/json' },
      { name: 'X-API-Key', fromEnv: 'BRIQ_API_KEY' },
    ])
  })

  it("prints a mock's public key as X-API-Key, while a secret X-API-Key header stays out", () => {
    const snippet = resolveSnippet(request, {
      endpoint: 'http://127.0.0.1:4010',
      publicApiKey: 'mock-api-key',
      headers: { 'X-API-Key': 'sk-live-secret' },
    })
    expect(snippet.headers).toEqual([
      { name: 'Content-Type', value: 'application/json' },
      { name: 'X-API-Key', value: 'mock-api-key' },
    ])
    expect(snippet.omittedSecrets).toEqual(['X-API-Key'])
    expect(() => resolveSnippet(request, { endpoint: '/b', publicApiKey: 'a\nb' })).toThrow(/publicApiKey/)
  })

  it('pretty-prints the request as JSON', () => {
    expect(resolveSnippet(request, { endpoint: '/b' }).json).toBe(JSON.stringify(request, null, 2))
  })

  it.each<[string, SnippetOptions, RegExp]>([
    ['no endpoint', { endpoint: '' }, /endpoint is required/],
    ['an endpoint without a scheme', { endpoint: 'shop.example/api' }, /absolute http\(s\) URL or a path/],
    ['a protocol-relative endpoint', { endpoint: '//shop.example/api' }, /absolute http\(s\) URL or a path/],
    ['another scheme', { endpoint: 'ftp://shop.example' }, /absolute http\(s\) URL or a path/],
    ['a malformed URL', { endpoint: 'https://exa mple.com' }, /is not a valid URL/],
    ['a relative origin', { endpoint: '/api', origin: 'shop.example' }, /origin must be an absolute/],
    ['an invalid header name', { endpoint: '/api', headers: { 'X Bad': '1' } }, /not a valid HTTP header name/],
    ['a header value with a newline', { endpoint: '/api', headers: { 'X-A': 'a\r\nX-Injected: 1' } }, /line break/],
  ])('throws a TypeError for %s', (_name, options, message) => {
    expect(() => resolveSnippet(request, options)).toThrow(TypeError)
    expect(() => resolveSnippet(request, options)).toThrow(message)
  })

  it('throws a TypeError for a request that is not a JSON object', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => resolveSnippet(cyclic, { endpoint: '/api' })).toThrow(/cannot be written as JSON/)
    expect(() => resolveSnippet(null as unknown as SnippetRequest, { endpoint: '/api' })).toThrow(/must be an object/)
    expect(() => resolveSnippet([] as unknown as SnippetRequest, { endpoint: '/api' })).toThrow(/must be an object/)
  })

  it('accepts a typed SendInteractiveRequest', () => {
    const typed: SendInteractiveRequest = {
      to: '255712345678',
      interactive: {
        type: 'button',
        body: { text: 'Did this help?' },
        action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
      },
    }
    expect(JSON.parse(resolveSnippet(typed, { endpoint: '/api/briq' }).json)).toEqual(typed)
  })
})

describe('credentials in the endpoint', () => {
  it('are never printed', () => {
    for (const snippet of [
      toCurl(request, { endpoint: 'https://user:s3cret@shop.example/api/briq' }),
      toFetchSnippet(request, { endpoint: 'https://user:s3cret@shop.example/api/briq' }),
    ]) {
      expect(snippet).not.toContain('s3cret')
      expect(snippet).toContain('https://shop.example/api/briq/v1/whatsapp/messages/interactive')
    }
  })
})
