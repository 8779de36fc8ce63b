import { describe, expect, it } from 'vitest'
import { readTrustProxy } from './trust-proxy-setting.ts'

describe('readTrustProxy', () => {
  it.each([
    ['unset', {}, false],
    ['blank, as an env file leaves it', { TRUST_PROXY: '' }, false],
    ['blank but for spaces', { TRUST_PROXY: ' ' }, false],
    ['0', { TRUST_PROXY: '0' }, false],
    ['1', { TRUST_PROXY: '1' }, true],
    ['1 with spaces', { TRUST_PROXY: ' 1 ' }, true],
  ])('reads TRUST_PROXY %s: %j → %s', (_name, env, trustProxy) => {
    expect(readTrustProxy(env)).toEqual({ ok: true, trustProxy })
  })

  it.each(['true', 'yes', '2', 'on'])('refuses TRUST_PROXY=%s rather than reading it as no', (value) => {
    expect(readTrustProxy({ TRUST_PROXY: value })).toEqual({
      ok: false,
      error: `TRUST_PROXY must be 1 (behind your own reverse proxy) or 0; got "${value}".`,
    })
  })
})
