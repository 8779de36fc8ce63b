import { describe, expect, it } from 'vitest'
import { issuesAt } from '../draft/fixes/fix-it.ts'
import { LIMITS, type Limit } from '../limits.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { countMark, lengthMark, lineBreaksMark } from './length-issue.ts'

const flow = (flowCta: string) => ({
  type: 'flow',
  body: { text: 'Weka oda' },
  action: { name: 'flow', parameters: { flow_message_version: '3', flow_id: '1234', flow_cta: flowCta } },
})
const CTA = ['action', 'parameters', 'flow_cta']

/** How the validators' own issues at the flow CTA mark its length. */
function markFromIssues(text: string): 'over' | 'unusual' | undefined {
  const result = validateInteractive(flow(text))
  const errors = issuesAt(result.ok ? [] : result.issues, CTA).filter((issue) => issue.code === 'too_long')
  const warnings = issuesAt(result.warnings, CTA).filter(
    (issue) => issue.code === 'too_long_utf16' || issue.reason === 'flow_cta_long',
  )
  return errors.length > 0 ? 'over' : warnings.length > 0 ? 'unusual' : undefined
}

describe('lengthMark', () => {
  it('marks past a maximum by its kind: an error where documented or the kit bounds it, a warning past a guard', () => {
    const text = 'a'.repeat(11)
    expect(lengthMark({ min: 1, max: 10, kind: 'whatsapp' }, text)).toBe('over')
    expect(lengthMark({ min: 1, max: 10, kind: 'briq' }, text)).toBe('over')
    expect(lengthMark({ min: 1, max: 10, kind: 'kit' }, text)).toBe('over')
    expect(lengthMark({ min: 1, max: 10, kind: 'guard' }, text)).toBe('unusual')
    expect(lengthMark({ min: 1, max: 10, kind: 'whatsapp' }, 'a'.repeat(10))).toBeUndefined()
  })

  it('says nothing of a text too short: that is no counter running over', () => {
    expect(lengthMark(LIMITS.button.title, '')).toBeUndefined()
  })

  it('marks a text within a documented maximum in code points but past it in UTF-16 units', () => {
    const emoji = '😀'.repeat(LIMITS.button.title.max)
    expect(lengthMark(LIMITS.button.title, emoji)).toBe('unusual')
    // A guard's number is our own: nobody documents how it counts.
    expect(lengthMark(LIMITS.flow.token, '😀'.repeat(LIMITS.flow.token.max))).toBeUndefined()
  })

  it.each([
    ['20 letters', 'a'.repeat(20)],
    ['21 letters', 'a'.repeat(21)],
    ['30 letters', 'a'.repeat(30)],
    ['31 letters', 'a'.repeat(31)],
    ['an emoji and 20 letters', `😀${'a'.repeat(20)}`],
    ['an emoji and 24 letters', `😀${'a'.repeat(24)}`],
    ['an emoji and 29 letters (31 UTF-16 units)', `😀${'a'.repeat(29)}`],
    ['an emoji and 30 letters', `😀${'a'.repeat(30)}`],
  ])('marks a flow CTA of %s as the validators report it', (_, text) => {
    expect(lengthMark(LIMITS.flow.cta, text)).toBe(markFromIssues(text))
  })

  it('warns past the flow CTA advised 20 only without emoji, which WhatsApp refuses there', () => {
    expect(lengthMark(LIMITS.flow.cta, 'a'.repeat(25))).toBe('unusual')
    expect(lengthMark(LIMITS.flow.cta, `😀${'a'.repeat(24)}`)).toBeUndefined()
  })
})

describe('lineBreaksMark', () => {
  const breaks = (n: number) => Array.from({ length: n + 1 }, () => 'a').join('\n')

  it("marks past a card body's line breaks as the error Meta documents", () => {
    expect(lineBreaksMark(LIMITS.carousel.cardBodyLineBreaks, breaks(2))).toBeUndefined()
    expect(lineBreaksMark(LIMITS.carousel.cardBodyLineBreaks, breaks(3))).toBe('over')
  })

  it("reads the limit's kind: past a guard is unusual, not over", () => {
    const guard: Limit = { min: 0, max: 2, kind: 'guard' }
    expect(lineBreaksMark(guard, breaks(3))).toBe('unusual')
  })
})

describe('countMark', () => {
  it('marks too many items as the count issue does: an error where documented, a warning past a guard', () => {
    expect(countMark(LIMITS.button.count, LIMITS.button.count.max)).toBeUndefined()
    expect(countMark(LIMITS.button.count, LIMITS.button.count.max + 1)).toBe('over')
    expect(countMark(LIMITS.carousel.quickReplies, LIMITS.carousel.quickReplies.max + 1)).toBe('unusual')
    expect(countMark({ min: 0, max: 2, kind: 'kit' }, 3)).toBe('over')
    // Too few is its own error, no counter running over.
    expect(countMark(LIMITS.button.count, 0)).toBeUndefined()
  })
})
