import { BRIQ_API_ORIGIN, DEFAULT_CLIENT_TIMEOUT_MS } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_UPSTREAM_TIMEOUT_MS, resolveOptions } from './resolve-options.ts'

describe("the proxy's default wait for Briq", () => {
  it('is what an unset timeoutMs gets', () => {
    expect(resolveOptions({ apiKey: 'briq-key-0123456789', allowAnonymous: true }).timeoutMs).toBe(
      DEFAULT_UPSTREAM_TIMEOUT_MS,
    )
  })

  // Else a client with its defaults gives up first and never reads the proxy's 504, which says
  // the send may have reached Briq.
  it("ends before a client's default wait (core's DEFAULT_CLIENT_TIMEOUT_MS)", () => {
    expect(DEFAULT_UPSTREAM_TIMEOUT_MS).toBeLessThan(DEFAULT_CLIENT_TIMEOUT_MS)
  })
})

describe("the proxy's default upstream", () => {
  it("is Briq's API origin, core's BRIQ_API_ORIGIN (also for a blank one)", () => {
    expect(resolveOptions({ apiKey: 'briq-key-0123456789', allowAnonymous: true }).upstream).toBe(BRIQ_API_ORIGIN)
    expect(resolveOptions({ apiKey: 'briq-key-0123456789', allowAnonymous: true, upstream: ' ' }).upstream).toBe(
      BRIQ_API_ORIGIN,
    )
  })
})
