import { describe, expect, it } from 'vitest'
import { hasUrlCredentials, isWebhookUrl } from './is-webhook-url.ts'

describe('isWebhookUrl', () => {
  it('takes an absolute http(s) URL with a host, and nothing else', () => {
    expect(isWebhookUrl('http://127.0.0.1:3000/hook')).toBe(true)
    expect(isWebhookUrl('HTTPS://app.test/api/briq-webhook')).toBe(true)
    for (const bad of [
      'app.test/hook',
      'ftp://x',
      'https:///hook',
      'https:// x',
      'http://x:99999/',
      '',
      42,
      undefined,
    ]) {
      expect(isWebhookUrl(bad)).toBe(false)
    }
  })
})

describe('hasUrlCredentials', () => {
  it('finds a user name or password, not a token in the query', () => {
    expect(hasUrlCredentials('https://bot:pw@app.test/hook')).toBe(true)
    expect(hasUrlCredentials('https://bot@app.test/hook')).toBe(true)
    expect(hasUrlCredentials('https://:pw@app.test/hook')).toBe(true)
    expect(hasUrlCredentials('https://app.test/hook?token=x')).toBe(false)
    expect(hasUrlCredentials('not a url')).toBe(false)
  })
})
