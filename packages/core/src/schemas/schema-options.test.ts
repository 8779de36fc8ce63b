import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import {
  CAROUSEL_QUICK_REPLY_MAX_READINGS,
  readCarouselQuickReplyMax,
  resolveSchemaOptions,
  VALIDATE_OPTION_FLAGS,
} from './schema-options.ts'

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

  it("takes the quick replies' default from LIMITS, one of its readings", () => {
    const fallback = LIMITS.carousel.quickReplies.max
    expect(CAROUSEL_QUICK_REPLY_MAX_READINGS).toContain(fallback)
    expect(resolveSchemaOptions().carouselQuickReplyMax).toBe(fallback)
    expect(resolveSchemaOptions({ carouselQuickReplyMax: 4 as 3 }).carouselQuickReplyMax).toBe(fallback)
    for (const reading of CAROUSEL_QUICK_REPLY_MAX_READINGS) {
      expect(resolveSchemaOptions({ carouselQuickReplyMax: reading }).carouselQuickReplyMax).toBe(reading)
    }
  })
})
