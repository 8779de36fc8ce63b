import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LIMITS, type Limit } from './limits.ts'
import { limitIssue } from './schemas/limit-check.ts'

const entries = Object.entries(LIMITS).flatMap(([group, limits]) =>
  Object.entries(limits as Record<string, Limit>).map(([name, limit]) => [`${group}.${name}`, limit] as const),
)

/**
 * Each entry's source: the doc comment above it in limits.ts (documentation, not runtime data,
 * so a browser bundle does not carry it), keyed `group.name`.
 */
function sourcesInFile(): Map<string, string> {
  const text = readFileSync(new URL('./limits.ts', import.meta.url), 'utf8')
  const table = text.slice(text.indexOf('export const LIMITS = {'))
  const sources = new Map<string, string>()
  let group = ''
  const entry =
    /^ {2}(\w+): \{$|\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n {4}(\w+): (?:whatsapp|whatsappDefault|briq|briqPage|guard|kit)\(/gm
  for (const match of table.matchAll(entry)) {
    if (match[1] !== undefined) group = match[1]
    else
      sources.set(
        `${group}.${match[3]}`,
        (match[2] ?? '')
          .replace(/\n\s*\* ?/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
  }
  return sources
}
const sources = sourcesInFile()

describe('LIMITS', () => {
  it("carries WhatsApp's default for a call button's lifetime, which the form and the sentences read", () => {
    // Meta's Call button messages guide: ttl_minutes 1–43200, default 10080 (7 days).
    expect(LIMITS.voiceCall.ttlMinutes).toEqual({ min: 1, max: 43200, kind: 'whatsapp', default: 10080 })
  })

  it('has a source comment for every entry, and no comment without an entry', () => {
    expect([...sources.keys()].sort()).toEqual(entries.map(([name]) => name).sort())
  })

  it.each(entries)('%s says whose rule it is, and its source agrees', (name, limit) => {
    const source = sources.get(name) ?? ''
    expect(source, `${name} has a source comment`).toMatch(/^(Meta|Briq|Kit):/)
    expect(['whatsapp', 'briq', 'guard', 'kit']).toContain(limit.kind)
    expect(limit.min).toBeLessThanOrEqual(limit.max)
    // The kind and the cited source cannot drift apart: an undocumented maximum is our guard
    // (or, when the source says it is the kit's, our hard bound on junk), a Briq document makes
    // it Briq's rule, anything else is Meta's.
    const undocumented = /no (documented )?maximum/i.test(source)
    expect(limit.kind === 'guard' || limit.kind === 'kit', source).toBe(undocumented)
    expect(limit.kind === 'kit', source).toBe(/^Kit\b/.test(source))
    if (!undocumented) expect(limit.kind, source).toBe(/^Briq\b/.test(source) ? 'briq' : 'whatsapp')
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
          // Below a guard's or a kit bound's min is WhatsApp's rule (empty text, no quick reply).
          expect(under?.rule).toBe(limit.kind === 'guard' || limit.kind === 'kit' ? 'whatsapp' : limit.kind)
        }
      }
    },
  )
})
