import { describe, expect, it } from 'vitest'
import { isWebhookUrl } from './is-webhook-url.ts'

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
