import { describe, expect, it } from 'vitest'
import { fetchOptionProblem } from './fetch-option-problem.ts'

describe('fetchOptionProblem', () => {
  it('takes a function or nothing', () => {
    expect(fetchOptionProblem(undefined, 'createBriqClient: fetch')).toBeUndefined()
    expect(fetchOptionProblem(globalThis.fetch, 'createBriqClient: fetch')).toBeUndefined()
    expect(fetchOptionProblem(async () => new Response(), '<BriqProvider fetch>')).toBeUndefined()
  })

  it.each([
    [1, 'number'],
    ['fetch', 'string'],
    [null, 'null'],
    [{ fetch }, 'object'],
  ])('refuses %s, naming where it was given and what it got', (fetch, kind) => {
    expect(fetchOptionProblem(fetch, '<BriqProvider fetch>')).toBe(
      `<BriqProvider fetch> must be a function such as globalThis.fetch; got ${kind}`,
    )
  })
})
