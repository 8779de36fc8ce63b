import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { sendTargetCheck } from './send-target.ts'
import { sendTargetShape } from './send-target-shape.ts'

describe('sendTargetShape', () => {
  it('is zod schemas, so a send request of your own spreads it into z.object', () => {
    for (const schema of Object.values(sendTargetShape)) expect(schema).toBeInstanceOf(z.ZodMiniType)
    const request = z.object({ ...sendTargetShape, note: z.string() }).check(sendTargetCheck({ api: 'per-type' }))
    expect(request.safeParse({ to: '255712345678', note: 'Karibu' }).data).toEqual({
      to: '255712345678',
      note: 'Karibu',
    })
    expect(request.safeParse({ to: 5, note: 'Karibu' }).error?.issues).toMatchObject([
      { code: 'invalid_type', expected: 'string', path: ['to'] },
    ])
    expect(request.safeParse({ note: 'Karibu' }).success).toBe(false)
  })
})
