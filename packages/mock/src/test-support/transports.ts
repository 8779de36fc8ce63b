import { afterEach, beforeEach } from 'vitest'
import type { BriqMock } from '../create-briq-mock.ts'
import { createMockServer } from '../node.ts'
import type { BriqMockOptions } from '../options.ts'
import { startMockHttpServer } from '../server/create-http-server.ts'

/** A started mock reachable over real `fetch`. */
export interface Harness {
  /** Base URL; Briq paths are appended (`${base}/v1/whatsapp/…`). */
  base: string
  /** The mock behind it. */
  mock: BriqMock
  /** Stops it. */
  close(): Promise<void>
}

/** One way to reach the mock. */
export interface Transport {
  /** Shown in test names. */
  name: string
  /** Starts a fresh mock. */
  start(options: BriqMockOptions): Promise<Harness>
}

// msw's server stops intercepting; the mock's own timer and webhook deliveries stop with it.
function closeBoth(server: { close(): void }, mock: BriqMock): void {
  server.close()
  mock.close()
}

/** msw/node, at Briq's host, under a proxy prefix, and the standalone node:http server on loopback. */
export const TRANSPORTS: Transport[] = [
  {
    name: 'msw/node',
    async start(options) {
      const { server, mock } = createMockServer(options)
      server.listen({ onUnhandledFrame: 'error' })
      return { base: 'https://karibu.briq.tz', mock, close: async () => closeBoth(server, mock) }
    },
  },
  {
    name: 'msw/node under /api/briq',
    async start(options) {
      const { server, mock } = createMockServer(options)
      server.listen({ onUnhandledFrame: 'error' })
      return { base: 'http://localhost:5173/api/briq', mock, close: async () => closeBoth(server, mock) }
    },
  },
  {
    name: 'node:http server',
    async start(options) {
      const running = await startMockHttpServer({ ...options, port: 0 })
      return { base: running.url, mock: running.mock, close: running.close }
    },
  },
]

/** A response read once: status, headers and parsed JSON (or `null` for an empty body). */
export interface ApiResult {
  status: number
  headers: Headers
  // biome-ignore lint/suspicious/noExplicitAny: tests index into arbitrary JSON
  json: any
}

/** Request options of `call`. */
export interface CallOptions {
  /** JSON body (sent with `Content-Type: application/json`). */
  body?: unknown
  /** Extra headers; `X-API-Key: mock-api-key` is added unless `key` says otherwise. */
  headers?: Record<string, string>
  /** The key to send; `null` sends none. */
  key?: string | null
  /** `fetch`'s `redirect` (default `follow`). */
  redirect?: RequestRedirect
}

/** The test-side view of a started harness. */
export interface MockFixture {
  /** The mock (state, advance, simulateReply…). */
  readonly mock: BriqMock
  /** The base URL. */
  readonly base: string
  /** `fetch`es `${base}${path}` and reads the JSON. */
  call(method: string, path: string, options?: CallOptions): Promise<ApiResult>
}

/** Starts a fresh mock for every test of the enclosing `describe` and closes it afterwards. */
export function useMock(transport: Transport, options: BriqMockOptions = {}): MockFixture {
  let harness: Harness | undefined
  beforeEach(async () => {
    harness = await transport.start(options)
  })
  afterEach(async () => {
    await harness?.close()
    harness = undefined
  })
  const current = () => {
    if (!harness) throw new Error('useMock: the mock only exists inside a test')
    return harness
  }
  return {
    get mock() {
      return current().mock
    },
    get base() {
      return current().base
    },
    async call(method, path, callOptions = {}) {
      const headers: Record<string, string> = { ...callOptions.headers }
      const key = callOptions.key === undefined ? 'mock-api-key' : callOptions.key
      if (key !== null) headers['x-api-key'] = key
      let body: string | undefined
      if (callOptions.body !== undefined) {
        body = JSON.stringify(callOptions.body)
        headers['content-type'] ??= 'application/json'
      }
      const response = await fetch(`${current().base}${path}`, {
        method,
        headers,
        body,
        redirect: callOptions.redirect,
      })
      const text = await response.text()
      return { status: response.status, headers: response.headers, json: text === '' ? null : JSON.parse(text) }
    },
  }
}
