import { describe, expect, it } from 'vitest'
import { shownWebhookUrl } from './shown-webhook-url.ts'

describe('shownWebhookUrl', () => {
  it('shows where deliveries go, never a password or a token in the URL', () => {
    expect(shownWebhookUrl('http://127.0.0.1:3000/hook')).toBe('http://127.0.0.1:3000/hook')
    const shown = shownWebhookUrl('https://bot:s3cr3t@app.test/api/briq-webhook?token=tok_123#x')
    expect(shown).toBe('https://app.test/api/briq-webhook (its credentials and query not shown)')
    expect(shown).not.toMatch(/s3cr3t|tok_123|bot/)
  })
})
