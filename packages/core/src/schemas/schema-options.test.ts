import { describe, expect, it } from 'vitest'
import { readCarouselQuickReplyMax, resolveSchemaOptions, VALIDATE_OPTION_FLAGS } from './schema-options.ts'

describe('validation option switches', () => {
  it('names every option once, as a flag a command line takes', () => {
    expect(Object.keys(VALIDATE_OPTION_FLAGS).sort()).toEqual(Object.keys(resolveSchemaOptions()).sort())
    for (const flag of Object.values(VALIDATE_OPTION_FLAGS)) expect(flag).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it('reads 2 or 3 quick replies from typed text, and nothing else', () => {
    expect(readCarouselQuickReplyMax('2')).toBe(2)
    expect(readCarouselQuickReplyMax(' 3 ')).toBe(3)
    for (const bad of ['', '4', '0x3', '3.0', 'three']) expect(readCarouselQuickReplyMax(bad)).toBeUndefined()
  })
})
