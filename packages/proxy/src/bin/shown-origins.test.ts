import { describe, expect, it } from 'vitest'
import { shownOrigins } from './shown-origins.ts'

describe('shownOrigins', () => {
  it('lists PROXY_ALLOWED_ORIGINS after the proxy’s own origin', () => {
    expect(
      shownOrigins({ allowedOrigins: ['http://localhost:5173', 'https://admin.example.com'], trustProxy: false }),
    ).toBe('its own, http://localhost:5173, https://admin.example.com')
  })

  it('says when none are set, and that a page elsewhere is refused', () => {
    expect(shownOrigins({ allowedOrigins: undefined, trustProxy: false })).toBe(
      'its own only; PROXY_ALLOWED_ORIGINS is not set, so a page on any other origin (a Vite dev server, your admin UI) is refused 403 PROXY_ORIGIN_NOT_ALLOWED',
    )
  })

  it('says its own origin is the forwarded one with TRUST_PROXY=1', () => {
    expect(shownOrigins({ allowedOrigins: ['http://localhost:5173'], trustProxy: true })).toBe(
      'its own (as X-Forwarded-Proto/-Host say, TRUST_PROXY=1), http://localhost:5173',
    )
  })
})
