import { createDraft } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { validateCached } from './validate-cached.ts'

describe('validateCached', () => {
  it('validates a draft object once per options, and each new object again', () => {
    const draft = { ...createDraft('list'), body: { text: 'x'.repeat(2000) } }
    const first = validateCached(draft)
    expect(first.ok).toBe(false)
    expect(validateCached(draft)).toBe(first)
    expect(validateCached(draft, {})).toBe(first)
    const extended = validateCached(draft, { extendedListBody: true })
    expect(extended).not.toBe(first)
    expect(extended.ok).toBe(true)
    expect(validateCached({ ...draft })).not.toBe(first)
  })

  it('validates values that are not objects every time, and never throws', () => {
    expect(validateCached(undefined).ok).toBe(false)
    expect(validateCached('button').ok).toBe(false)
  })
})
