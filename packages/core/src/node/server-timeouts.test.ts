import { createServer } from 'node:http'
import { describe, expect, it } from 'vitest'
import { DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, serverTimeoutOptions } from './server-timeouts.ts'

describe('serverTimeoutOptions', () => {
  it('bounds a request far below node’s defaults (60 s for headers, 300 s in all)', () => {
    expect(DEFAULT_HEADERS_TIMEOUT_MS).toBe(15_000)
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(30_000)
    expect(serverTimeoutOptions()).toEqual({
      headersTimeout: 15_000,
      requestTimeout: 30_000,
      connectionsCheckingInterval: 1_000,
    })
  })

  it('never lets the headers outlast the whole request (node refuses that pair)', () => {
    expect(serverTimeoutOptions({ requestTimeoutMs: 5_000 })).toMatchObject({
      headersTimeout: 5_000,
      requestTimeout: 5_000,
    })
    expect(() => createServer(serverTimeoutOptions({ headersTimeoutMs: 40, requestTimeoutMs: 20 }))).not.toThrow()
  })

  it.each([
    [{ headersTimeoutMs: 0 }, /headersTimeoutMs must be a whole number of milliseconds from 1 to 2147483647; got 0/],
    [{ requestTimeoutMs: 1.5 }, /requestTimeoutMs must be a whole number of milliseconds/],
    [{ requestTimeoutMs: 2 ** 31 }, /requestTimeoutMs must be .* to 2147483647/],
    [{ headersTimeoutMs: Number.NaN }, /headersTimeoutMs must be/],
  ])('refuses %j', (timeouts, message) => {
    expect(() => serverTimeoutOptions(timeouts)).toThrow(message)
  })
})
