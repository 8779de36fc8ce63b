import { describe, expect, it } from 'vitest'
import { chars, expectClean, expectIssue, expectWarning } from '../test-support/expect-issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'

const row = (id: string, title = `Row ${id}`, description?: string) => ({
  id,
  title,
  ...(description ? { description } : {}),
})
const list = (sections: unknown[], overrides: Record<string, unknown> = {}) => ({
  type: 'list',
  header: { type: 'text', text: 'Shipping' },
  body: { text: 'Choose how we deliver' },
  footer: { text: 'Prices in TZS' },
  action: { button: 'Shipping options', sections },
  ...overrides,
})
const rows = (n: number, prefix = 'r') => Array.from({ length: n }, (_, i) => row(`${prefix}${i}`))

describe('list messages', () => {
  it('accepts one untitled section and ten titled sections of one row', () => {
    expectClean(validateInteractive(list([{ rows: [row('a', 'Standard', 'Three to five days')] }])))
    const ten = Array.from({ length: 10 }, (_, i) => ({ title: `S${i}`, rows: [row(`r${i}`)] }))
    expectClean(validateInteractive(list(ten)))
  })

  it('allows 10 rows in total and rejects 11, counting across sections', () => {
    expectClean(
      validateInteractive(
        list([
          { title: 'A', rows: rows(5, 'a') },
          { title: 'B', rows: rows(5, 'b') },
        ]),
      ),
    )
    const result = validateInteractive(
      list([
        { title: 'A', rows: rows(6, 'a') },
        { title: 'B', rows: rows(5, 'b') },
      ]),
    )
    const issue = expectIssue(result, ['action', 'sections'], 'too_many', { limit: 10, actual: 11 })
    expect(issue.message).toBe('The list has 11 rows; WhatsApp allows at most 10')
  })

  it('rejects zero sections and eleven sections', () => {
    expectIssue(validateInteractive(list([])), ['action', 'sections'], 'too_few', { limit: 1, actual: 0 })
    const eleven = Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, rows: [row(`r${i}`)] }))
    expectIssue(validateInteractive(list(eleven)), ['action', 'sections'], 'too_many', { limit: 10, actual: 11 })
  })

  it('reports both the section count and the row total when eleven sections hold 22 rows', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, rows: rows(2, `s${i}r`) }))
    const result = validateInteractive(list(eleven))
    const counts = result.ok ? [] : result.issues.filter((issue) => issue.code === 'too_many')
    expect(counts.map((issue) => [issue.path.join('.'), issue.actual, issue.message])).toEqual([
      ['action.sections', 11, 'The list has 11 sections; WhatsApp allows at most 10'],
      ['action.sections', 22, 'The list has 22 rows; WhatsApp allows at most 10'],
    ])
    // One section of one row each: 11 sections and 11 rows, two rules with one count.
    const single = Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, rows: [row(`r${i}`)] }))
    const again = validateInteractive(list(single))
    expect((again.ok ? [] : again.issues).map((issue) => issue.message)).toEqual([
      'The list has 11 sections; WhatsApp allows at most 10',
      'The list has 11 rows; WhatsApp allows at most 10',
    ])
  })

  it('rejects an empty section', () => {
    const result = validateInteractive(
      list([
        { title: 'A', rows: [row('a')] },
        { title: 'B', rows: [] },
      ]),
    )
    expectIssue(result, ['action', 'sections', 1, 'rows'], 'too_few', { limit: 1, actual: 0 })
  })

  it('requires section titles only when there is more than one section', () => {
    const result = validateInteractive(list([{ title: 'A', rows: [row('a')] }, { rows: [row('b')] }]))
    expectIssue(result, ['action', 'sections', 1, 'title'], 'required')
  })

  it("refuses a row id repeated across sections: the customer's list_reply could not tell them apart", () => {
    const result = validateInteractive(
      list([
        { title: 'A', rows: [row('same')] },
        { title: 'B', rows: [row('x'), row('same')] },
      ]),
    )
    expect(result.ok).toBe(false)
    const issue = expectIssue(result, ['action', 'sections', 1, 'rows', 1, 'id'], 'duplicate')
    expect(issue.message).toBe(
      'Section 2 row 2 ID "same" is the same as section 1 row 1\'s; the customer\'s reply will not tell them apart',
    )
  })

  it('warns when a row id only looks the same as an earlier one', () => {
    const result = validateInteractive(list([{ rows: [row('ndiyo'), row('ndiyo\u200B', 'Ndiyo kabisa')] }]))
    expectWarning(result, ['action', 'sections', 0, 'rows', 1, 'id'], 'duplicate')
    expect(result.warnings.map((warning) => warning.reason)).toEqual(['looks_alike'])
  })

  it('warns, and does not block, when a row id has spaces at its ends (Meta documents that rule for reply button ids only)', () => {
    const result = validateInteractive(list([{ rows: [row(' r1 ')] }]))
    const issue = expectWarning(result, ['action', 'sections', 0, 'rows', 0, 'id'], 'not_recommended')
    expect(issue.message).toBe('Section 1 row 1 ID has spaces at its ends; easy to miss, though no rule is documented')
    // A row id of only spaces is only blank: a warning, never an error.
    const blank = validateInteractive(list([{ rows: [row('   ')] }]))
    expect(blank.ok).toBe(true)
    expect(expectWarning(blank, ['action', 'sections', 0, 'rows', 0, 'id'], 'not_recommended').reason).toBe('blank')
  })

  it('applies the text limits: button 20, section title 24, row id 200, title 24, description 72', () => {
    const atLimit = list([
      { title: chars(24), rows: [row(chars(200), chars(24), chars(72))] },
      { title: 'B', rows: [row('b')] },
    ])
    expectClean(validateInteractive({ ...atLimit, action: { ...atLimit.action, button: chars(20) } }))
    expectIssue(
      validateInteractive(
        list([{ rows: [row('a')] }], { action: { button: chars(21), sections: [{ rows: [row('a')] }] } }),
      ),
      ['action', 'button'],
      'too_long',
      { limit: 20 },
    )
    const over = list([
      { title: chars(25), rows: [row(chars(201), chars(25), chars(73))] },
      { title: 'B', rows: [row('b')] },
    ])
    const result = validateInteractive(over)
    expectIssue(result, ['action', 'sections', 0, 'title'], 'too_long', { limit: 24, actual: 25 })
    expectIssue(result, ['action', 'sections', 0, 'rows', 0, 'id'], 'too_long', { limit: 200 })
    expectIssue(result, ['action', 'sections', 0, 'rows', 0, 'title'], 'too_long', { limit: 24 })
    const description = expectIssue(result, ['action', 'sections', 0, 'rows', 0, 'description'], 'too_long', {
      limit: 72,
      actual: 73,
    })
    expect(description.message).toBe('Section 1 row 1 description is 73 characters; WhatsApp allows 72')
  })

  it('labels the list button for people', () => {
    const result = validateInteractive(
      list([{ rows: [row('a')] }], { action: { button: '', sections: [{ rows: [row('a')] }] } }),
    )
    expect(expectIssue(result, ['action', 'button'], 'too_short').message).toMatch(/^List button label is empty/)
  })

  it('allows only a text header', () => {
    const result = validateInteractive(
      list([{ rows: [row('a')] }], { header: { type: 'image', image: { link: 'https://e.com/a.png' } } }),
    )
    const issue = expectIssue(result, ['header', 'type'], 'not_allowed')
    expect(issue.message).toContain('WhatsApp allows only text headers in list messages')
    expect(result.ok ? [] : result.issues).toHaveLength(1)
    // The old reference's gif header gets the same single issue, not three about its shape.
    const gif = validateInteractive(
      list([{ rows: [row('a')] }], { header: { type: 'gif', gif: { link: 'https://e.com/a.gif' } } }),
    )
    expectIssue(gif, ['header', 'type'], 'not_allowed', {
      message: 'Header cannot be a gif: WhatsApp allows only text headers in list messages',
    })
    expect(gif.ok ? [] : gif.issues).toHaveLength(1)
  })

  it('validates a body of 1024 by default and up to 4096 with extendedListBody', () => {
    const long = list([{ rows: [row('a')] }], { body: { text: chars(1025) } })
    expectIssue(validateInteractive(long), ['body', 'text'], 'too_long', { limit: 1024, actual: 1025 })
    expectClean(validateInteractive(long, { extendedListBody: true }))
    const tooLong = list([{ rows: [row('a')] }], { body: { text: chars(4097) } })
    expectIssue(validateInteractive(tooLong, { extendedListBody: true }), ['body', 'text'], 'too_long', { limit: 4096 })
    const issues = validateInteractive(tooLong)
    expect(issues.ok ? [] : issues.issues.filter((i) => i.code === 'too_long')).toHaveLength(1)
  })
})
