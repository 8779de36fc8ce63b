import { describe, expect, it } from 'vitest'
import {
  advanceStatus,
  canAdvance,
  failedAfter,
  furthestStep,
  MESSAGE_STATUS_ORDER,
  readMessageStatus,
} from './message-status-order.ts'

describe('canAdvance: the one status order', () => {
  it('moves only forward through pending < sent < delivered < read', () => {
    for (const [i, from] of MESSAGE_STATUS_ORDER.entries()) {
      for (const [j, to] of MESSAGE_STATUS_ORDER.entries()) expect(canAdvance(from, to), `${from} → ${to}`).toBe(j > i)
    }
  })

  it('failed follows pending or sent only, and nothing follows failed', () => {
    expect(['pending', 'sent', 'delivered', 'read'].map((from) => canAdvance(from, 'failed'))).toEqual([
      true,
      true,
      false,
      false,
    ])
    expect([...MESSAGE_STATUS_ORDER, 'failed'].some((to) => canAdvance('failed', to))).toBe(false)
  })

  it('a status Briq adds later replaces only an unknown one, and never a known one', () => {
    expect(canAdvance('sent', 'queued_v2')).toBe(false)
    expect(canAdvance('queued_v2', 'sent')).toBe(true)
    expect(canAdvance('queued_v2', 'failed')).toBe(true)
    expect(canAdvance('queued_v2', 'queued_v3')).toBe(false)
  })
})

describe('advanceStatus', () => {
  it('shows the first status, then only what canAdvance allows', () => {
    expect(advanceStatus(undefined, 'sent')).toBe('sent')
    expect(advanceStatus(undefined, 'queued_v2')).toBe('queued_v2')
    expect(advanceStatus('pending', 'delivered')).toBe('delivered')
    expect(advanceStatus('delivered', 'sent')).toBe('delivered')
    expect(advanceStatus('sent', 'failed')).toBe('failed')
    expect(advanceStatus('failed', 'read')).toBe('failed')
  })
})

describe('readMessageStatus', () => {
  it("reads Briq's documented statuses in any case or spacing in its docs' spelling, and keeps any other", () => {
    expect(['PENDING', 'Sent', ' delivered ', 'READ', 'FAILED'].map(readMessageStatus)).toEqual([
      'pending',
      'sent',
      'delivered',
      'read',
      'failed',
    ])
    expect(['queued', 'ACCEPTED', ''].map(readMessageStatus)).toEqual(['queued', 'ACCEPTED', ''])
  })
})

describe('furthestStep', () => {
  it('keeps the furthest step known, and a failed message the steps before its failure', () => {
    expect(furthestStep(undefined, undefined)).toBeUndefined()
    expect(furthestStep(undefined, 'queued')).toBeUndefined()
    expect(furthestStep('delivered', 'sent')).toBe('delivered')
    expect(furthestStep(undefined, 'failed')).toBe('pending')
    expect(furthestStep(undefined, 'failed', 'wamid.A1')).toBe('sent')
    expect(furthestStep('sent', 'failed', null)).toBe('sent')
  })
})

describe('failedAfter', () => {
  it('says how far a failed message got: sent once the provider had it, else queued', () => {
    expect(failedAfter('failed', 'sent')).toBe('sent')
    expect(failedAfter('failed', 'pending')).toBe('pending')
    expect(failedAfter('failed', undefined)).toBe('pending')
    expect(failedAfter('sent', 'sent')).toBeUndefined()
    expect(failedAfter(undefined, undefined)).toBeUndefined()
  })
})
