import { describe, expect, it, vi } from 'vitest'
import type { BriqClientOptions } from './client-options.ts'
import { createBriqClient } from './create-briq-client.ts'

// What a plain-JavaScript caller can pass: the type would refuse these, JavaScript does not.
const untyped = (options: Record<string, unknown> | undefined) => options as unknown as BriqClientOptions

describe('createBriqClient given options it does not take', () => {
  it.each([
    ['baseUrl', { endpoint: '/api/briq', baseUrl: 'https://proxy.example/api/briq' }],
    ['timeoutMS', { endpoint: '/api/briq', timeoutMS: 5000 }],
    ['retries', { endpoint: '/api/briq', retries: 0 }],
  ])('throws naming %s and the options it takes, before any request', (name, options) => {
    const fetch = vi.fn()
    expect(() => createBriqClient(untyped({ ...options, fetch }))).toThrow(
      new TypeError(
        `createBriqClient: unknown option "${name}"; use endpoint, fetch, headers, timeoutMs, retry, validation`,
      ),
    )
    expect(fetch).not.toHaveBeenCalled()
  })

  // An endpoint read from an unset variable: every call failed with "Cannot read properties of
  // undefined", not a BriqError.
  it.each([
    ['missing', {}],
    ['missing with the options', undefined],
    ['undefined', { endpoint: undefined }],
    ['a URL object', { endpoint: new URL('https://proxy.example/api/briq') }],
  ])('throws when the endpoint is %s', (_shape, options) => {
    expect(() => createBriqClient(untyped(options))).toThrow(
      new TypeError('createBriqClient: endpoint must be a URL such as /api/briq'),
    )
  })

  it('takes every option it documents, each given as undefined too', () => {
    const all = { fetch: undefined, headers: undefined, timeoutMs: undefined, retry: undefined, validation: undefined }
    expect(() => createBriqClient({ endpoint: '/api/briq', ...all })).not.toThrow()
  })
})
