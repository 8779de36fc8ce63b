import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { createDraft } from '../create-draft.ts'
import { getAt, setAt } from '../draft-path.ts'
import { draftFixIts } from './draft-fix-its.ts'

const fixesOf = (draft: unknown) => draftFixIts(draft, validateInteractive(draft))
const idPath = (i: number) => ['action', 'buttons', i, 'reply', 'id']

// Ids and titles that collide once trimmed or slugged: " a " is "a" after the trim fix-it.
const id = fc.constantFrom('a', ' a ', 'a ', 'a-2', ' a-2', 'a-3 ', 'b', ' b')
const title = fc.constantFrom('A', 'a', 'B', 'A 2')

/** The starter's two reply buttons with ids and titles drawn so they repeat, with and without spaces. */
const twoButtons = fc.tuple(fc.tuple(id, title), fc.tuple(id, title)).map((buttons) => {
  let draft: unknown = createDraft('button')
  buttons.forEach(([value, text], i) => {
    draft = setAt(setAt(draft, idPath(i), value), ['action', 'buttons', i, 'reply', 'title'], text)
  })
  return draft
})

describe('"Make it unique" fix-it', () => {
  it('proposes an id no other id equals, even once trimmed, and still after any other fix-it', () => {
    fc.assert(
      fc.property(twoButtons, (draft) => {
        for (const fix of fixesOf(draft).filter((candidate) => candidate.labelKey === 'fix.uniqueId')) {
          const fixed = fix.apply(draft)
          const at = fix.paths[0] as (string | number)[]
          const proposed = getAt(fixed, at)
          expect(proposed).toBe(fix.params.id)
          const others = (state: unknown) =>
            [0, 1]
              .filter((i) => JSON.stringify(idPath(i)) !== JSON.stringify(at))
              .map((i) => getAt(state, idPath(i)))
              .filter((value) => typeof value === 'string')
          expect(others(fixed).map((other) => other.trim())).not.toContain(proposed)
          // Any fix-it offered next (trim, make unique, from the title…) leaves it unique too.
          for (const next of fixesOf(fixed)) {
            const after = next.apply(fixed)
            if (getAt(after, at) !== proposed) continue
            expect(
              others(after).map((other) => other.trim()),
              next.id,
            ).not.toContain(proposed)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('skips an id that is taken once trimmed: two buttons with id " a "', () => {
    let draft = setAt(createDraft('button'), idPath(0), ' a ')
    draft = setAt(draft, idPath(1), ' a ')
    draft = setAt(draft, ['action', 'buttons', 1, 'reply', 'title'], 'A')
    const fix = fixesOf(draft).find((candidate) => candidate.id === 'unique-id:action.buttons.1.reply.id')
    expect(fix?.params).toEqual({ id: 'a-2' })
  })
})
