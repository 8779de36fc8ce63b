import { describe, expect, it } from 'vitest'
import { mockFailureCause } from './mock-failure.ts'

describe('mockFailureCause: what stopped the in-page mock', () => {
  it('is the address on a page that is no secure context (no service workers there)', () => {
    expect(mockFailureCause({ isSecureContext: false, navigator: {} })).toBe('address')
    expect(mockFailureCause({ isSecureContext: false, navigator: { serviceWorker: {} } })).toBe('address')
  })

  it('is a refusal on http://localhost or https, where the browser offers service workers', () => {
    expect(mockFailureCause({ isSecureContext: true, navigator: { serviceWorker: {} } })).toBe('refused')
  })

  it('is the address where a secure page still has no service workers to offer', () => {
    expect(mockFailureCause({ isSecureContext: true, navigator: {} })).toBe('address')
  })
})
