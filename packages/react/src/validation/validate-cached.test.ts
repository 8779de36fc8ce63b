import { createDraft, type ValidateOptions, validateInteractive } from '@briq-interactive/core'
import { describe, expect, it, vi } from 'vitest'
import { validateCached, validateUnwordedCached } from './validate-cached.ts'

// How many times core validated: what the cache saves.
const runs = vi.hoisted(() => ({ worded: 0, unworded: 0 }))
vi.mock(import('@briq-interactive/core'), async (importOriginal) => {
  const core = await importOriginal()
  return {
    ...core,
    createStepValidator: () => {
      const steps = core.createStepValidator()
      return (value, options) => {
        runs.worded += 1
        return steps(value, options)
      }
    },
    validateInteractiveUnworded: (value, options) => {
      runs.unworded += 1
      return core.validateInteractiveUnworded(value, options)
    },
  }
})
const counted = <T>(validate: () => T) => {
  const before = runs.worded + runs.unworded
  const result = validate()
  return { result, validations: runs.worded + runs.unworded - before }
}

describe('validateCached', () => {
  it('validates a draft object once per options, and each new object again', () => {
    const draft = { ...createDraft('list'), body: { text: 'x'.repeat(2000) } }
    const first = counted(() => validateCached(draft))
    expect(first).toMatchObject({ result: { ok: false }, validations: 1 })
    expect(counted(() => validateCached(draft))).toEqual({ result: first.result, validations: 0 })
    expect(counted(() => validateCached(draft, {}))).toEqual({ result: first.result, validations: 0 })
    const extended = counted(() => validateCached(draft, { extendedListBody: true }))
    expect(extended).toMatchObject({ result: { ok: true }, validations: 1 })
    expect(counted(() => validateCached({ ...draft })).validations).toBe(1)
  })

  it('gives each caller its own issues: one that edits them changes nothing the next is given', () => {
    const draft = { ...createDraft('list'), body: { text: 'x'.repeat(2000) } }
    const pristine = validateInteractive(draft)
    const mine = validateCached(draft)
    if (mine.ok) throw new Error('the draft is invalid')
    mine.issues[0]!.path.push('edited')
    mine.issues.length = 0
    mine.warnings.push(mine.warnings[0]!)
    // A builder with options read alike, and the preview beside it, are given the draft's issues.
    expect(validateCached(draft, { extendedListBody: 'no' } as unknown as ValidateOptions)).toEqual(pristine)
    const unworded = validateUnwordedCached(draft)
    expect(unworded.ok ? [] : unworded.issues.map((issue) => issue.path)).toEqual([['body', 'text']])
    if (!unworded.ok) unworded.issues.length = 0
    expect(validateUnwordedCached(draft)).toEqual(pristine)
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
    const hostKey = { extendedListBody: true, note: 'x' } as ValidateOptions
    expect(counted(() => validateCached(draft, hostKey))).toEqual({ result: on, validations: 0 })
    const off = validateCached(draft, { extendedListBody: 'true' } as unknown as ValidateOptions)
    expect(counted(() => validateCached(draft, {}))).toEqual({ result: off, validations: 0 })
  })

  it('validates values that are not objects every time, and never throws', () => {
    expect(validateCached(undefined).ok).toBe(false)
    expect(validateCached('button').ok).toBe(false)
  })

  it('gives the preview the builder’s result for the same draft, else its issues without sentences', () => {
    const draft = { ...createDraft('list'), body: { text: 'x'.repeat(2000) } }
    const worded = validateCached(draft)
    expect(counted(() => validateUnwordedCached(draft))).toEqual({ result: worded, validations: 0 })
    const alone = { ...draft }
    const unworded = counted(() => validateUnwordedCached(alone))
    expect(unworded.validations).toBe(1)
    expect(counted(() => validateUnwordedCached(alone))).toEqual({ result: unworded.result, validations: 0 })
    expect(unworded.result.ok ? [] : unworded.result.issues).toEqual([
      { path: ['body', 'text'], code: 'too_long', limit: 1024, actual: 2000, rule: 'whatsapp' },
    ])
    // The builder words its own: the preview's result has no sentences to give it.
    expect(counted(() => validateCached(alone))).toMatchObject({ validations: 1, result: { ok: false } })
    expect(validateCached(alone)).toEqual(validateInteractive(alone))
  })
})
