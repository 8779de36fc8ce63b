import { describe, expect, it } from 'vitest'
import { LIMITS, type Limit } from './limits.ts'
import { limitIssue } from './schemas/limit-check.ts'

const entries = Object.entries(LIMITS).flatMap(([group, limits]) =>
  Object.entries(limits as Record<string, Limit>).map(([name, limit]) => [`${group}.${name}`, limit] as const),
)

describe('LIMITS', () => {
  it.each(entries)('%s says whose rule it is, and its source agrees', (_, limit) => {
    expect(['whatsapp', 'briq', 'guard', 'kit']).toContain(limit.kind)
    expect(limit.min).toBeLessThanOrEqual(limit.max)
    // The kind and the cited source cannot drift apart: an undocumented maximum is our guard
    // (or, when the source says it is the kit's, our hard bound on junk), a Briq document makes
    // it Briq's rule, anything else is Meta's.
    const undocumented = /no (documented )?maximum/i.test(limit.source)
    expect(limit.kind === 'guard' || limit.kind === 'kit', limit.source).toBe(undocumented)
    expect(limit.kind === 'kit', limit.source).toBe(/^Kit\b/.test(limit.source))
    if (!undocumented) expect(limit.kind, limit.source).toBe(/^Briq\b/.test(limit.source) ? 'briq' : 'whatsapp')
  })

  it.each(entries)(
    '%s: past max is an error naming its owner (the kit for its own hard bounds), or a warning for a guard',
    (_, limit) => {
      for (const measure of ['length', 'count', 'value'] as const) {
        const past = limitIssue(limit, limit.max + 1, measure)
        if (limit.kind === 'guard') {
          expect(past).toMatchObject({ rule: 'guard', warning: true, limit: limit.max, actual: limit.max + 1 })
          expect(past?.code).toMatch(/^unusually_/)
        } else if (limit.kind === 'kit') {
          expect(past).toMatchObject({ rule: 'kit', limit: limit.max, actual: limit.max + 1 })
          expect(past?.warning).toBeUndefined()
          expect(past?.code).toMatch(/^too_/)
        } else {
          expect(past).toMatchObject({ rule: limit.kind, limit: limit.max, actual: limit.max + 1 })
          expect(past?.warning).toBeUndefined()
          expect(past?.code).toMatch(/^too_/)
        }
        expect(limitIssue(limit, limit.max, measure)).toBeUndefined()
        expect(limitIssue(limit, limit.min, measure)).toBeUndefined()
        if (limit.min > 0) {
          const under = limitIssue(limit, limit.min - 1, measure)
          expect(under?.warning).toBeUndefined()
          expect(under?.rule).toBe(limit.kind === 'guard' ? 'whatsapp' : limit.kind)
        }
      }
    },
  )
})
