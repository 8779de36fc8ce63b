import { describe, expect, it } from 'vitest'
import { configObjectProblem } from './config-problem.ts'
import { nearestName } from './nearest-name.ts'

const KEYS = ['maxBodyBytes', 'timeoutMs']
const EXPECTED = { example: '{ timeoutMs: 5000 }', noun: 'option' }

describe('configObjectProblem', () => {
  it('names an unknown key and the keys taken, with the one meant when asked and one is near', () => {
    expect(configObjectProblem({ maxBodyByte: 1 }, 'options', KEYS, { ...EXPECTED, meant: nearestName })).toEqual({
      field: 'options.maxBodyByte',
      message: 'Unknown option "maxBodyByte"; did you mean maxBodyBytes? Use maxBodyBytes, timeoutMs',
    })
    expect(configObjectProblem({ retries: 1 }, 'options', KEYS, { ...EXPECTED, meant: nearestName })?.message).toBe(
      'Unknown option "retries"; use maxBodyBytes, timeoutMs',
    )
    // The browser's entries ask for no guess (and so carry no edit distance).
    expect(configObjectProblem({ maxBodyByte: 1 }, 'options', KEYS, EXPECTED)?.message).toBe(
      'Unknown option "maxBodyByte"; use maxBodyBytes, timeoutMs',
    )
  })

  it("names a request body's own key bare, with no owner before it", () => {
    expect(configObjectProblem({ fault: 1 }, '', ['name', 'faults'], { ...EXPECTED, meant: nearestName })).toEqual({
      field: 'fault',
      message: 'Unknown option "fault"; did you mean faults? Use name, faults',
    })
  })

  it('quotes the name only, never the value', () => {
    const secret = 'briq_live_VALUE_SECRET'
    const problem = configObjectProblem({ timeoutMs: 1, timeoutMS: secret }, 'options', KEYS, {
      ...EXPECTED,
      meant: nearestName,
    })
    expect(problem?.message).toBe('Unknown option "timeoutMS"; did you mean timeoutMs? Use maxBodyBytes, timeoutMs')
  })

  it('cuts a long unknown key where a character starts, never inside an emoji', () => {
    // 79 letters and then emoji: cut at 80 UTF-16 units, the first emoji's surrogates split.
    const key = `${'k'.repeat(79)}${'😀'.repeat(5)}`
    const problem = configObjectProblem({ [key]: 1 }, 'options', KEYS, EXPECTED)
    expect(problem?.field).toBe(`options.${'k'.repeat(79)}😀…`)
    expect(configObjectProblem({ [key]: 1 }, '', KEYS, EXPECTED)?.field).toBe(`${'k'.repeat(79)}😀…`)
    // A short one is whole, with no ellipsis.
    expect(configObjectProblem({ '😀': 1 }, '', KEYS, EXPECTED)?.field).toBe('😀')
  })

  it('takes known keys left undefined, and refuses what is no plain object', () => {
    expect(configObjectProblem({ timeoutMs: undefined }, 'options', KEYS, EXPECTED)).toBeNull()
    expect(configObjectProblem([], 'options', KEYS, EXPECTED)?.message).toBe(
      'options must be an object like { timeoutMs: 5000 }',
    )
  })
})
