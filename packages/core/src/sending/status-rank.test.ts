import { describe, expect, it } from 'vitest'
import { advanceStatus } from './status-rank.ts'

describe('advanceStatus', () => {
  it('only moves forward through pending < sent < delivered < read', () => {
    expect(advanceStatus(undefined, 'sent')).toBe('sent')
    expect(advanceStatus('pending', 'delivered')).toBe('delivered')
    expect(advanceStatus('delivered', 'sent')).toBe('delivered')
    expect(advanceStatus('read', 'pending')).toBe('read')
  })

  it('failed follows pending or sent only, and nothing follows failed', () => {
    expect(advanceStatus('sent', 'failed')).toBe('failed')
    expect(advanceStatus('delivered', 'failed')).toBe('delivered')
    expect(advanceStatus('failed', 'read')).toBe('failed')
  })

  it('shows a status Briq adds later only while nothing is known', () => {
    expect(advanceStatus(undefined, 'queued_v2')).toBe('queued_v2')
    expect(advanceStatus('sent', 'queued_v2')).toBe('sent')
    expect(advanceStatus('queued_v2', 'sent')).toBe('sent')
  })
})
