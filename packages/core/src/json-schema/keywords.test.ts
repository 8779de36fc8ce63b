import { describe, expect, it } from 'vitest'
import { sendInteractiveLegacyRoute } from '../contract/briq-routes.ts'
import { LIMITS } from '../limits.ts'
import { validateRequest } from '../validation/validate-request.ts'
import { keywordsFor } from './keywords.ts'

const legacy = (recipient: string) =>
  validateRequest(sendInteractiveLegacyRoute, {
    recipient,
    interactive: {
      type: 'button',
      body: { text: 'Hi' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
    },
  }).ok

describe('keywordsFor', () => {
  it('gives a count limit nobody documents (a guard) as minItems only', () => {
    expect(keywordsFor({ kind: 'items', limit: LIMITS.carousel.quickReplies })).toEqual({ minItems: 1 })
    expect(keywordsFor({ kind: 'items', limit: LIMITS.button.count })).toEqual({ minItems: 1, maxItems: 3 })
  })

  it("writes the older send's recipient pattern from LIMITS, agreeing with its check", () => {
    const pattern = new RegExp(keywordsFor({ kind: 'recipient', limit: LIMITS.send.legacyRecipient }).pattern ?? '')
    for (const recipient of [
      '2557',
      '+255712345678',
      '1'.repeat(20),
      '255',
      '1'.repeat(21),
      '25571234567a',
      '++2557',
    ]) {
      expect(pattern.test(recipient), recipient).toBe(legacy(recipient))
    }
  })

  it('describes the cross-item rules JSON Schema cannot express, with the totals from LIMITS', () => {
    const sections = keywordsFor({ kind: 'list_sections', limit: LIMITS.list.sections })
    expect(sections).toMatchObject({ minItems: 1, maxItems: LIMITS.list.sections.max })
    expect(sections.description).toContain(`At most ${LIMITS.list.rowsTotal.max} rows in total`)
  })
})
