import { describe, expect, it } from 'vitest'
import { redactStartupError } from './redact-startup-error.ts'

describe('redactStartupError', () => {
  it('removes the key, also percent-encoded, from a config error that quotes it', () => {
    const key = 'briq_live-STARTUP/KEY'
    expect(redactStartupError(`PORT must be a port number; got "${key}".`, key)).toBe(
      'PORT must be a port number; got "[redacted]".',
    )
    expect(redactStartupError(`bad origin https://x/${encodeURIComponent(key)}`, key)).toBe(
      'bad origin https://x/[redacted]',
    )
  })

  it('leaves a message whole for a key too short to be one (createBriqProxy refuses it, naming its length)', () => {
    const message = 'could not start: createBriqProxy: apiKey is 1 character long; the proxy takes keys of at least 8'
    expect(redactStartupError(message, 'a')).toBe(message)
    expect(redactStartupError(message, 'é')).toBe(message)
  })

  it('leaves messages alone when there is no key, and handles a key that is not ASCII', () => {
    expect(redactStartupError('BRIQ_API_KEY is not set.', undefined)).toBe('BRIQ_API_KEY is not set.')
    expect(redactStartupError('got "clé secrète"', 'clé secrète')).toBe('got "[redacted]"')
  })
})
