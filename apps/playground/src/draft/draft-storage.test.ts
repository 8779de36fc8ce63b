import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DRAFT_STORAGE_KEY, loadStoredDraft, saveStoredDraft } from './draft-storage.ts'

describe('draft storage', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => vi.restoreAllMocks())

  it('saves and loads the text exactly as typed, broken JSON included', () => {
    expect(saveStoredDraft({ text: '{ "type": ', recipient: '0712' })).toBe(true)
    expect(loadStoredDraft()).toEqual({ text: '{ "type": ', recipient: '0712' })
  })

  it('ignores a missing or malformed entry', () => {
    expect(loadStoredDraft()).toBeUndefined()
    localStorage.setItem(DRAFT_STORAGE_KEY, 'not json')
    expect(loadStoredDraft()).toBeUndefined()
    localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ text: 3 }))
    expect(loadStoredDraft()).toBeUndefined()
  })

  it('does not throw when storage is refused (private mode, quota, disabled)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(saveStoredDraft({ text: '{}', recipient: '' })).toBe(false)
    expect(loadStoredDraft()).toBeUndefined()
  })
})
