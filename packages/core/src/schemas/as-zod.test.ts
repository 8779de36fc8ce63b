import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { asZod, ruleOf } from './as-zod.ts'
import { object, optional } from './object.ts'
import { limitedText } from './text.ts'

describe('asZod', () => {
  it('makes one zod/mini schema per rule, which knows its rule', () => {
    const title = limitedText(LIMITS.button.title)
    const schema = asZod(title)
    expect(asZod(title)).toBe(schema)
    expect(ruleOf(schema)).toBe(title)
    expect(schema).toBeInstanceOf(z.ZodMiniType)
  })

  it("reports the rule's issues and parsed value, and keeps an optional field optional in a zod object", () => {
    const rule = object({ title: limitedText(LIMITS.button.title), note: optional(limitedText(LIMITS.footer.text)) })
    expect(asZod(rule).safeParse({ title: 'Yes', extra: 1 }).error?.issues).toMatchObject([
      { code: 'unrecognized_keys', keys: ['extra'], path: [] },
    ])
    expect(asZod(rule).safeParse({ title: 'Yes', note: undefined }).data).toEqual({ title: 'Yes', note: undefined })
    const holder = z.object({ note: asZod(optional(limitedText(LIMITS.footer.text))) })
    expect(holder.safeParse({}).success).toBe(true)
    expect(holder.safeParse({ note: 1 }).error?.issues).toMatchObject([
      { code: 'invalid_type', expected: 'string', path: ['note'] },
    ])
  })
})
