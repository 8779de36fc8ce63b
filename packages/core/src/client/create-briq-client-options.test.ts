import { describe, expect, it, vi } from 'vitest'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import type { BriqClientOptions } from './client-options.ts'
import { createBriqClient } from './create-briq-client.ts'

// What a plain-JavaScript caller can pass: the type would refuse these, JavaScript does not.
const untyped = (options: Record<string, unknown> | undefined) => options as unknown as BriqClientOptions
const untypedQuery = (query: Record<string, unknown>) => query as never

describe('createBriqClient given options it does not take', () => {
  it.each([
    ['baseUrl', { endpoint: '/api/briq', baseUrl: 'https://proxy.example/api/briq' }],
    ['timeoutMS', { endpoint: '/api/briq', timeoutMS: 5000 }],
    ['retries', { endpoint: '/api/briq', retries: 0 }],
  ])('throws naming %s and the options it takes, before any request', (name, options) => {
    const fetch = vi.fn()
    expect(() => createBriqClient(untyped({ ...options, fetch }))).toThrow(
      new TypeError(
        `createBriqClient: Unknown option "${name}"; use endpoint, fetch, headers, timeoutMs, retry, validation`,
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

  it.each([
    ['NaN (an unset environment variable through Number)', Number.NaN],
    ['negative', -1],
    ['past what a timer holds', 2 ** 31],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['fractional', 1.5],
    ['a string', '5000'],
  ])('throws when timeoutMs is %s, which would leave calls with no deadline or a wrong one', (_shape, timeoutMs) => {
    expect(() => createBriqClient(untyped({ endpoint: '/api/briq', timeoutMs }))).toThrow(
      new TypeError(
        `createBriqClient: timeoutMs must be 0 (no limit) or a whole number of milliseconds from 1 to 2147483647; got ${String(timeoutMs)}`,
      ),
    )
  })

  it('quotes an unknown option as the proxy and the mock do: escaped, and cut at 80 characters', () => {
    expect(() => createBriqClient(untyped({ endpoint: '/api/briq', 'time"out': 1 }))).toThrow(
      new TypeError(
        'createBriqClient: Unknown option "time\\"out"; use endpoint, fetch, headers, timeoutMs, retry, validation',
      ),
    )
    const long = 'x'.repeat(10_000)
    expect(() => createBriqClient(untyped({ endpoint: '/api/briq', [long]: 1 }))).toThrow(
      new TypeError(
        `createBriqClient: Unknown option "${'x'.repeat(79)}…; use endpoint, fetch, headers, timeoutMs, retry, validation`,
      ),
    )
  })

  // Each failed only at the first call, as a network error: "there is no fetch here; pass one".
  it.each([
    ['a number', 1, 'number'],
    ['a string (its name)', 'fetch', 'string'],
    ['null', null, 'null'],
  ])('throws when fetch is %s, naming what it takes', (_shape, fetch, kind) => {
    expect(() => createBriqClient(untyped({ endpoint: '/api/briq', fetch }))).toThrow(
      new TypeError(`createBriqClient: fetch must be a function such as globalThis.fetch; got ${kind}`),
    )
  })

  it.each([
    ['a header line', 'Authorization: Bearer t', 'string'],
    ['null', null, 'null'],
  ])('throws when headers are %s, naming what they can be', (_shape, headers, kind) => {
    expect(() => createBriqClient(untyped({ endpoint: '/api/briq', headers }))).toThrow(
      new TypeError(
        `createBriqClient: headers must be an object, a Headers, [name, value] pairs or a function giving one; got ${kind}`,
      ),
    )
  })

  it('takes headers in every form they are documented in', () => {
    for (const headers of [{ a: 'b' }, new Headers(), [['a', 'b']], () => ({ a: 'b' })] as const) {
      expect(() => createBriqClient({ endpoint: '/api/briq', headers: headers as never })).not.toThrow()
    }
  })

  it('takes 0 (no limit) and whole milliseconds up to what a timer holds', () => {
    for (const timeoutMs of [0, 1, 30_000, 2 ** 31 - 1]) {
      expect(() => createBriqClient({ endpoint: '/api/briq', timeoutMs })).not.toThrow()
    }
  })

  it('takes every option it documents, each given as undefined too', () => {
    const all = { fetch: undefined, headers: undefined, timeoutMs: undefined, retry: undefined, validation: undefined }
    expect(() => createBriqClient({ endpoint: '/api/briq', ...all })).not.toThrow()
  })
})

// The same typos in the options of one call and in `retry`: each left its default in force,
// and the caller never learned why the five-millisecond timeout or zero retries did nothing.
describe('a client call or retry given options it does not take', () => {
  const SEND = {
    to: '255712345678',
    interactive: {
      type: 'button',
      body: { text: 'Did this resolve your issue?' },
      action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
    },
  } satisfies SendInteractiveRequest

  it.each([
    ['timeoutMS', { timeoutMS: 5 }],
    ['timeoutMs', { timeoutMs: 5 }],
    ['allowDuplicate', { allowDuplicate: true }],
  ])('a call rejects naming %s and the options a call takes, before any request', async (name, callOptions) => {
    const fetch = vi.fn()
    const client = createBriqClient({ endpoint: '/api/briq', fetch })
    const error = new TypeError(`Briq client call: Unknown option "${name}"; use signal, headers`)
    await expect(client.sendInteractive(SEND, callOptions as never)).rejects.toThrow(error)
    await expect(client.listSenders({}, callOptions as never)).rejects.toThrow(error)
    expect(fetch).not.toHaveBeenCalled()
  })

  // A call's options given in its query's place went out as `?signal=[object AbortSignal]`: the
  // abort never reached fetch, and the server read a parameter nobody meant.
  it.each([
    [
      'signal',
      (client: ReturnType<typeof createBriqClient>) =>
        client.listSenders(untypedQuery({ signal: new AbortController().signal })),
    ],
    [
      'headers',
      (client: ReturnType<typeof createBriqClient>) =>
        client.listMessages(untypedQuery({ headers: { 'X-Tenant': 'a' } })),
    ],
    [
      'status',
      (client: ReturnType<typeof createBriqClient>) => client.listConversations(untypedQuery({ status: ['open'] })),
    ],
  ])(
    'a list call rejects a query value %s that is no string, number, boolean or Date, before any request',
    async (name, list) => {
      const fetch = vi.fn()
      const client = createBriqClient({ endpoint: '/api/briq', fetch })
      await expect(list(client)).rejects.toThrow(
        new TypeError(
          `Briq client query: "${name}" must be a string, number, boolean or Date; a call's signal and headers go in the argument after the query`,
        ),
      )
      expect(fetch).not.toHaveBeenCalled()
    },
  )

  it.each([['tries'], ['maxAttempts'], ['delayMs']])('createBriqClient throws naming retry option %s', (name) => {
    expect(() => createBriqClient(untyped({ endpoint: '/api/briq', retry: { [name]: 0 } }))).toThrow(
      new TypeError(`createBriqClient: Unknown retry option "${name}"; use attempts, baseDelayMs, maxDelayMs`),
    )
  })

  it('takes every call and retry option it documents', async () => {
    const fetch = vi.fn(async () => Response.json({ success: true, data: [], errors: null, request_id: 'r' }))
    const retry = { attempts: 0, baseDelayMs: 1, maxDelayMs: 1 }
    const client = createBriqClient({ endpoint: 'https://proxy.example/api/briq', fetch, retry })
    await expect(client.listSenders({}, { signal: new AbortController().signal, headers: {} })).resolves.toEqual([])
    expect(() => createBriqClient({ endpoint: '/api/briq', retry: false })).not.toThrow()
  })
})
