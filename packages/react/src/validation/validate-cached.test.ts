import { createDraft, type ValidateOptions, validateInteractive } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { validateCached, validateUnwordedCached } from './validate-cached.ts'

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

  it('shares a result only between options core reads alike', () => {
    const draft = { ...createDraft('list'), body: { text: 'x'.repeat(2000) } }
    const options: unknown[] = [
      { extendedListBody: true },
      { extendedListBody: 'true' },
      { extendedListBody: true, note: 'a host’s own key' },
      { extendedListBody: 1 },
      undefined,
      { extendedListBody: true, carouselQuickReplyMax: 3 },
      { extendedListBody: true, carouselQuickReplyMax: '3' },
    ]
    const results = options.map((given) => validateCached(draft, given as ValidateOptions))
    expect(results.map((result) => result.ok)).toEqual([true, false, true, false, false, true, true])
    results.forEach((result, i) => {
      expect(result).toEqual(validateInteractive(draft, options[i] as ValidateOptions))
    })
    const on = validateCached(draft, { extendedListBody: true })
    expect(validateCached(draft, { extendedListBody: true, note: 'x' } as ValidateOptions)).toBe(on)
    const off = validateCached(draft, { extendedListBody: 'true' } as unknown as ValidateOptions)
    expect(validateCached(draft, {})).toBe(off)
  })

  it('validates values that are not objects every time, and never throws', () => {
    expect(validateCached(undefined).ok).toBe(false)
    expect(validateCached('button').ok).toBe(false)
  })

  it('gives the preview the builder’s result for the same draft, else its issues without sentences', () => {
    const draft = { ...createDraft('list'), body: { text: 'x'.repeat(2000) } }
    const worded = validateCached(draft)
    expect(validateUnwordedCached(draft)).toBe(worded)
    const alone = { ...draft }
    const unworded = validateUnwordedCached(alone)
    expect(validateUnwordedCached(alone)).toBe(unworded)
    expect(unworded.ok ? [] : unworded.issues).toEqual([
      { path: ['body', 'text'], code: 'too_long', limit: 1024, actual: 2000, rule: 'whatsapp' },
    ])
    // The builder words its own: the preview's result has no sentences to give it.
    expect(validateCached(alone)).not.toBe(unworded)
  })
})
