import { describe, expect, it } from 'vitest'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { createDraft } from './create-draft.ts'
import { describeInteractive } from './describe-interactive.ts'

const TYPES = INTERACTIVE_TYPES.join(', ')

// Plain JavaScript (or a type read from a request or a file) can pass any value; each entry
// says which call was given what and what it takes, never an undefined draft or a TypeError
// about reading "header" of undefined.
describe('an interactive type that is none of the twelve', () => {
  it.each([
    ['buttons', '"buttons"'],
    ['toString', '"toString"'],
    ['__proto__', '"__proto__"'],
    ['BUTTON', '"BUTTON"'],
    [undefined, 'undefined'],
    [null, 'null'],
    [3, '3'],
  ])('createDraft(%j) throws a TypeError naming the types it takes', (type, shown) => {
    expect(() => createDraft(type as never)).toThrow(
      new TypeError(`createDraft: unknown interactive type ${shown}; use ${TYPES}`),
    )
  })

  it.each([
    ['buttons', '"buttons"'],
    ['toString', '"toString"'],
    ['constructor', '"constructor"'],
    [undefined, 'undefined'],
    [{ type: 'list' }, '{"type":"list"}'],
  ])('describeInteractive(%j) throws a TypeError naming the types it takes', (type, shown) => {
    expect(() => describeInteractive(type as never)).toThrow(
      new TypeError(`describeInteractive: unknown interactive type ${shown}; use ${TYPES}`),
    )
    expect(() => describeInteractive(type as never, { extendedListBody: true })).toThrow(TypeError)
  })

  it('quotes a long value cut short', () => {
    expect(() => createDraft('x'.repeat(500) as never)).toThrow(`"${'x'.repeat(79)}…; use`)
  })

  it('the twelve still work', () => {
    for (const type of INTERACTIVE_TYPES) {
      expect(createDraft(type).type).toBe(type)
      expect(describeInteractive(type).type).toBe(type)
    }
  })
})
