import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { validInteractive } from './arbitraries.ts'
import { createStepValidator } from './create-step-validator.ts'
import { type ValidateOptions, validateInteractive } from './validate-interactive.ts'

type Place = { container: Record<string | number, unknown>; key: string | number; path: (string | number)[] }

/** Every field and item of `value`, with the object or array holding it. */
function places(value: unknown, path: (string | number)[] = [], found: Place[] = []): Place[] {
  if (typeof value !== 'object' || value === null) return found
  const container = value as Record<string | number, unknown>
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  for (const key of keys) {
    found.push({ container, key, path: [...path, key] })
    places(container[key], [...path, key], found)
  }
  return found
}

/** `root` with the value at `path` replaced, copying only the objects on the way (as core's operations do). */
function setCopying(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const [key, ...rest] = path as [string | number, ...(string | number)[]]
  const copy = Array.isArray(root) ? [...root] : { ...(root as object) }
  ;(copy as Record<string | number, unknown>)[key] = setCopying(
    (root as Record<string | number, unknown>)[key],
    rest,
    value,
  )
  return copy
}

const anyValue = fc.oneof(
  fc.constantFrom('', 'Yes', ' spaced ', '🎉', 'x'.repeat(LIMITS.body.text.max + 1), 'y'.repeat(25), 0, null, true),
  fc.string({ maxLength: 40 }),
  fc.constantFrom({}, [], { text: 'Hi' }, { id: 'a', title: 'b' }, { type: 'text', text: 'Head' }),
)

const step = fc.record({
  // copy: a new draft sharing every part but the changed one's path (an editor's change);
  // inPlace: the part changed in its own object (a host that mutates its draft);
  // remove: a field or item taken out, copying; retype: another message type, copying.
  kind: fc.constantFrom('copy', 'copy', 'copy', 'inPlace', 'remove', 'retype', 'same'),
  at: fc.nat(10_000),
  value: anyValue,
  type: fc.constantFrom(...INTERACTIVE_TYPES, 'unknown'),
})

const optionsOf = fc.constantFrom<ValidateOptions | undefined>(
  undefined,
  {},
  { extendedListBody: true },
  { allowFlowMediaHeader: true, carouselQuickReplyMax: 3 },
)

describe('createStepValidator', () => {
  it('gives validateInteractive’s result after any sequence of changes, copied or in place', () => {
    fc.assert(
      fc.property(validInteractive(), fc.array(fc.tuple(step, optionsOf), { maxLength: 25 }), (start, steps) => {
        const validate = createStepValidator()
        let draft: unknown = structuredClone(start)
        expect(validate(draft)).toEqual(validateInteractive(draft))
        for (const [s, options] of steps) {
          const all = places(draft)
          const place = all[s.at % Math.max(all.length, 1)]
          if (s.kind === 'retype') draft = { ...(draft as object), type: s.type }
          else if (place !== undefined && s.kind === 'copy') draft = setCopying(draft, place.path, s.value)
          else if (place !== undefined && s.kind === 'inPlace') place.container[place.key] = structuredClone(s.value)
          else if (place !== undefined && s.kind === 'remove') {
            const without = Array.isArray(place.container)
              ? place.container.filter((_, i) => i !== place.key)
              : Object.fromEntries(Object.entries(place.container).filter(([key]) => key !== String(place.key)))
            draft = setCopying(draft, place.path.slice(0, -1), without)
          }
          expect(validate(draft, options)).toEqual(validateInteractive(draft, options))
        }
      }),
      { numRuns: 150 },
    )
  })

  it('checks again a part that is the same object but holds other data', () => {
    const validate = createStepValidator()
    const action = { button: 'Choose', sections: [{ rows: [{ id: 'a', title: 'A' }] }] }
    const draft = { type: 'list', body: { text: 'Pick one' }, action }
    expect(validate(draft).ok).toBe(true)
    const row = action.sections[0]?.rows[0] as { title: string }
    row.title = 'x'.repeat(LIMITS.list.rowTitle.max + 1)
    const next = { ...draft, body: { text: 'Pick one!' } }
    expect(validate(next)).toEqual(validateInteractive(next))
    expect(validate(next).ok).toBe(false)
  })

  it('hands out a value of its own each time, which a caller may change', () => {
    const validate = createStepValidator()
    const action = { button: 'Choose', sections: [{ title: 'S', rows: [{ id: 'a', title: 'A' }] }] }
    const draft = { type: 'list', body: { text: 'Pick one' }, action }
    const first = validate(draft)
    if (!first.ok) throw new Error('expected a valid draft')
    const given = first.value.action as typeof action
    given.button = 'Changed'
    ;(given.sections[0]?.rows[0] as { title: string }).title = 'Changed'
    const next = { ...draft, body: { text: 'Pick two' } }
    expect(validate(next)).toEqual(validateInteractive(next))

    const rows = [
      { id: 'a', title: 'x'.repeat(LIMITS.list.rowTitle.max + 1) },
      { id: 'a', title: 'A' },
    ]
    const invalid = { ...draft, action: { ...action, sections: [{ title: 'S', rows }] } }
    const refused = validate(invalid)
    expect(refused.issues?.some((issue) => Array.isArray(issue.params?.first))).toBe(true)
    for (const issue of refused.issues ?? []) {
      issue.path.push('changed')
      ;(issue.params?.first as (string | number)[] | undefined)?.push('changed')
      Object.assign(issue, { limit: -1 })
    }
    const again = { ...invalid, body: { text: 'Pick three' } }
    expect(validate(again)).toEqual(validateInteractive(again))
  })
})
