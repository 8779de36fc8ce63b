import { describe, expect, it } from 'vitest'
import { readingEnv } from './unread-settings.ts'

// A server configured by its environment reads a misspelt variable as unset: the default stays in
// force without a word (PROXY_ALLOWED_ORIGIN for PROXY_ALLOWED_ORIGINS: every send from the page 403).
describe('readingEnv', () => {
  const settings = (env: Record<string, string | undefined>) => ({
    origins: env.PROXY_ALLOWED_ORIGINS,
    token: env.PROXY_TOKEN,
    port: env.PORT,
  })

  it('names each variable of the prefix set and never read, with the one it is likely meant to be', () => {
    const reading = readingEnv({
      PROXY_ALLOWED_ORIGIN: 'http://localhost:5173',
      PROXY_TOKEN: 'dev-token',
      PROXY_SOMETHING_ELSE: '1',
      PORT: '8787',
      PATH: '/usr/bin',
    })
    expect(settings(reading.env)).toEqual({ origins: undefined, token: 'dev-token', port: '8787' })
    expect(reading.unread('PROXY_', 'briq-proxy')).toEqual([
      'PROXY_ALLOWED_ORIGIN is set, but briq-proxy did not use it (did you mean PROXY_ALLOWED_ORIGINS?): it is ignored.',
      'PROXY_SOMETHING_ELSE is set, but briq-proxy did not use it: it is ignored.',
    ])
  })

  it('says nothing of variables read (set or not), of other prefixes, or of blank ones', () => {
    const reading = readingEnv({ PROXY_TOKEN: 'dev-token', PROXY_BLANK: ' ', HTTP_PROXY: 'http://gw:3128' })
    settings(reading.env)
    expect(reading.unread('PROXY_', 'briq-proxy')).toEqual([])
  })

  it('names only near misses of a prefix other programs share, when asked to', () => {
    const reading = readingEnv({ BRIQ_UPSTREM: 'http://localhost:4010', BRIQ_WEBHOOK_SECRET: 'whsec-value' })
    expect([reading.env.BRIQ_UPSTREAM, reading.env.BRIQ_API_KEY]).toEqual([undefined, undefined])
    expect(reading.unread('BRIQ_', 'briq-proxy', { nearMissesOnly: true })).toEqual([
      'BRIQ_UPSTREM is set, but briq-proxy did not use it (did you mean BRIQ_UPSTREAM?): it is ignored.',
    ])
  })

  it('never quotes a value: a secret may sit under a misspelt name', () => {
    const reading = readingEnv({ PROXY_TOKNE: 'secret-token-value' })
    settings(reading.env)
    const [line] = reading.unread('PROXY_', 'briq-proxy')
    expect(line).toContain('did you mean PROXY_TOKEN?')
    expect(line).not.toContain('secret-token-value')
  })
})
