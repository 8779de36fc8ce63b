import { describe, expect, it, vi } from 'vitest'
import { LIMITS } from '../../limits.ts'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { describeInteractive } from '../describe-interactive.ts'
import { fieldInstances } from '../walk-description.ts'
import type { FixContext } from './fix-it.ts'
import { countryCaseFixes, joinCardLineFixes, removeBrokenCharacterFixes, removeEmojiFixes } from './rule-text-fixes.ts'
import { composeFixes, idFromTitleFixes, removeEmptyFixes, shortenIdFixes, uniqueIdFixes } from './text-fixes.ts'

// Counts the look-ups of a field's issues.
const lookups = vi.hoisted(() => ({ count: 0 }))
vi.mock('./fix-it.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./fix-it.ts')>()
  return {
    ...real,
    issuesAt: (...args: Parameters<typeof real.issuesAt>) => {
      lookups.count++
      return real.issuesAt(...args)
    },
  }
})

function contextOf(draft: { type: 'list' }): FixContext {
  const result = validateInteractive(draft)
  const description = describeInteractive(draft.type)
  return {
    draft,
    type: draft.type,
    description,
    issues: [...(result.ok ? [] : result.issues), ...result.warnings],
    fields: fieldInstances(description, draft),
    options: {},
  }
}

const rows = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}`, description: 'Every 5 minutes' }))
const list = (body: string) => ({
  type: 'list' as const,
  body: { text: body },
  action: { button: 'Routes', sections: [{ title: 'Routes', rows }] },
})

describe('fix-its asked for on every keystroke', () => {
  it('of an id, a limit or an empty field look at no field when the draft has no issue', () => {
    const producers = [composeFixes, uniqueIdFixes, idFromTitleFixes, shortenIdFixes, removeEmptyFixes]
    const context = contextOf(list('Choose a route'))
    expect(context.issues).toEqual([])
    lookups.count = 0
    expect(producers.flatMap((produce) => produce(context))).toEqual([])
    expect(lookups.count).toBe(0)
  })

  it('for a rule of the text look at no field when no issue of their kind exists', () => {
    const producers = [countryCaseFixes, removeEmojiFixes, removeBrokenCharacterFixes, joinCardLineFixes]
    // No issue at all, then another kind's (the body over its limit).
    for (const body of ['Choose a route', 'a'.repeat(LIMITS.body.text.max + 1)]) {
      const context = contextOf(list(body))
      lookups.count = 0
      expect(producers.flatMap((produce) => produce(context))).toEqual([])
      expect(lookups.count).toBe(0)
    }
  })

  it('still find their issue’s field when there is one', () => {
    const context = contextOf(list('Karibu \uD83D'))
    expect(removeBrokenCharacterFixes(context).map((fix) => fix.id)).toEqual(['remove-broken:body.text'])
  })
})
