import { describe, expect, it } from 'vitest'
import type { Issue } from '../issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { describeField, formatIssue } from './format-issue.ts'
import { isolated } from './isolated-values.ts'
import { coreMessagesSw } from './messages-sw.ts'

const repeatedTitle = (title: string): Issue => {
  const reply = (id: string) => ({ type: 'reply', reply: { id, title } })
  const result = validateInteractive({
    type: 'button',
    body: { text: 'Hi' },
    action: { buttons: [reply('a'), reply('b')] },
  })
  const issue = (result.issues ?? []).find((found) => found.reason === 'unique')
  if (issue === undefined) return expect.unreachable('no unique issue')
  return issue
}
const repeatedArabicTitle = () => repeatedTitle('نعم!')

describe('values in issue sentences', () => {
  it('isolate an Arabic value, quotes and "!" outside it, in English and Swahili', () => {
    const issue = repeatedArabicTitle()
    expect(formatIssue(issue)).toBe(
      `Button 2 title "${isolated('نعم!')}" is the same as button 1's; WhatsApp needs unique titles`,
    )
    expect(formatIssue(issue, coreMessagesSw)).toContain(`"${isolated('نعم!')}"`)
  })

  it("keep a value's own direction controls from closing the isolate or reversing the sentence", () => {
    // A stray pop (U+2069) would end the isolate at once; the override after it (U+202E) would
    // then run over "is the same as button 1's" to the end of the line.
    const said = formatIssue(repeatedTitle('a\u2069\u202Eb'))
    expect(said).toBe(`Button 2 title "\u2068ab\u2069" is the same as button 1's; WhatsApp needs unique titles`)
    expect(isolated('\u202Bنعم\u202C')).toBe(isolated('نعم'))
  })

  it('leave Issue.message plain text for logs and HTTP bodies', () => {
    expect(repeatedArabicTitle().message).toBe(
      `Button 2 title "نعم!" is the same as button 1's; WhatsApp needs unique titles`,
    )
  })

  it('leave words the catalogues look up (a type, what repeats) alone', () => {
    const issue = repeatedArabicTitle()
    expect(formatIssue({ ...issue, params: { ...issue.params, what: 'title' } })).toContain('unique titles')
  })
})

const arabicValidationKey = (): Issue => {
  const result = validateInteractive({
    type: 'address_message',
    body: { text: 'Hi' },
    action: { name: 'address_message', parameters: { country: 'IN', validation_errors: { 'الاسم!': 5 } } },
  })
  const issue = (result.issues ?? []).find((found) => found.path.at(-1) === 'الاسم!')
  if (issue === undefined) return expect.unreachable('no issue at the key')
  return issue
}

describe("the keys of the person's data a field's name quotes", () => {
  it('are isolated as the values are, in English and Swahili', () => {
    const issue = arabicValidationKey()
    expect(formatIssue(issue)).toBe(`Validation errors "${isolated('الاسم!')}" must be text for WhatsApp`)
    expect(formatIssue(issue, coreMessagesSw)).toContain(`"${isolated('الاسم!')}"`)
    // Its message stays plain, as a value's does.
    expect(issue.message).toBe('Validation errors "الاسم!" must be text for WhatsApp')
  })

  it("are isolated one by one in a flow's data path, keeping the order code reads them in", () => {
    const path = ['action', 'parameters', 'flow_action_payload', 'data', 'الضيوف', 0, 'الاسم']
    const issue: Issue = { path, code: 'invalid_type', message: 'plain' }
    const name = `Screen data "${isolated('الضيوف')}[0].${isolated('الاسم')}"`
    expect(formatIssue(issue)).toContain(name)
    expect(describeField(path)).toBe(name)
    expect(describeField(path, coreMessagesSw)).toContain(`"${isolated('الضيوف')}[0].${isolated('الاسم')}"`)
  })

  it('leave the words of a name alone', () => {
    expect(describeField(['action', 'parameters', 'flow_action_payload', 'data'])).toBe('Screen data')
    expect(describeField(['action', 'buttons', 1, 'reply', 'title'])).toBe('Button 2 title')
  })
})
