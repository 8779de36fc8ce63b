import { describe, expect, it } from 'vitest'
import { CappedIssues, MAX_ISSUES } from './capped-issues.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

const button = () => ({
  type: 'button',
  body: { text: 'Did this resolve your issue?' },
  action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
})

function withUnknownKeys(count: number): Record<string, unknown> {
  const message: Record<string, unknown> = button()
  for (let i = 0; i < count; i++) message[`k${i}`] = i
  return message
}

describe('the issue list is capped', () => {
  it(`lists ${MAX_ISSUES} issues for 200 000 unknown keys, the last counting the rest`, () => {
    const result = validateInteractive(withUnknownKeys(200_000))
    if (result.ok) throw new Error('expected issues')
    expect(result.issues).toHaveLength(MAX_ISSUES)
    expect(result.issues.slice(0, -1).every((issue) => issue.code === 'unknown_key')).toBe(true)
    expect(result.issues.at(-1)).toEqual({
      path: [],
      code: 'more_issues',
      message: '199901 more problems were found and not listed; fix these first',
      actual: 200_000 - (MAX_ISSUES - 1),
    })
  })

  it('lists exactly the cap without a summary, and one more with one', () => {
    const exact = validateInteractive(withUnknownKeys(MAX_ISSUES))
    expect(exact.ok ? [] : exact.issues.map((issue) => issue.code)).toEqual(Array(MAX_ISSUES).fill('unknown_key'))
    const over = validateInteractive(withUnknownKeys(MAX_ISSUES + 1))
    expect(over.ok ? undefined : over.issues.at(-1)).toMatchObject({ code: 'more_issues', actual: 2 })
  })

  it('counts issues of every kind past the cap, in send requests too', () => {
    const sections = Array.from({ length: 10 }, () => ({ rows: Array.from({ length: 100 }, () => 1) }))
    const list = { type: 'list', body: { text: 'x' }, action: { button: 'x', sections } }
    const result = validateSendRequest({ to: '255712345678', interactive: list })
    if (result.ok) throw new Error('expected issues')
    expect(result.issues).toHaveLength(MAX_ISSUES)
    expect(result.issues.at(-1)?.code).toBe('more_issues')
    expect(result.issues.at(-1)?.actual).toBeGreaterThan(900)
  })

  it('quotes a long unknown key briefly, while its path holds it whole', () => {
    const key = 'k'.repeat(60_000)
    const result = validateInteractive({ ...button(), [key]: 1 })
    const issue = result.ok ? undefined : result.issues[0]
    expect(issue?.path).toEqual([key])
    expect(issue?.message.length).toBeLessThan(200)
  })

  it('caps errors and warnings separately', () => {
    const list = new CappedIssues()
    for (let i = 0; i < MAX_ISSUES + 5; i++) list.add({ path: [i], code: 'not_recommended', actual: i })
    list.skip(10)
    const finished = list.finish()
    expect(finished).toHaveLength(MAX_ISSUES)
    expect(finished.at(-1)).toMatchObject({ code: 'more_issues', actual: 16 })
    expect(new CappedIssues().finish()).toEqual([])
  })
})
