import { describe, expect, it } from 'vitest'
import { conversationWindow } from './conversation-window.ts'

describe('conversationWindow', () => {
  it('reads an open window with the moment it closes', () => {
    expect(conversationWindow({ is_active: true, window: { open: true, expires_at: '2026-12-04T15:53:02Z' } })).toEqual(
      {
        open: true,
        closes: new Date('2026-12-04T15:53:02Z'),
      },
    )
  })

  it('follows Briq’s open flag, not this machine’s clock', () => {
    expect(
      conversationWindow({ is_active: true, window: { open: true, expires_at: '2001-01-01T00:00:00Z' } }).open,
    ).toBe(true)
    expect(
      conversationWindow({ is_active: true, window: { open: false, expires_at: '2999-01-01T00:00:00Z' } }),
    ).toEqual({
      open: false,
    })
  })

  it('keeps an open window without a readable closing time open, with no time', () => {
    expect(conversationWindow({ is_active: true, window: { open: true, expires_at: null } })).toEqual({
      open: true,
      closes: undefined,
    })
    expect(conversationWindow({ is_active: true, window: { open: true, expires_at: 'soon' } })).toEqual({
      open: true,
      closes: undefined,
    })
  })

  it('reads a conversation in Briq’s older shape (no window) by is_active, with no time', () => {
    expect(conversationWindow({ is_active: true })).toEqual({ open: true, closes: undefined })
    expect(conversationWindow({ is_active: false })).toEqual({ open: false })
  })
})
