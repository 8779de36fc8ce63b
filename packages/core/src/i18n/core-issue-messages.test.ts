import { describe, expect, it } from 'vitest'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { coreIssueMessagesEn } from './core-issue-messages-en.ts'
import { coreIssueMessagesSw } from './core-issue-messages-sw.ts'
import { describeField, describeSize, formatIssue } from './format-issue.ts'
import { coreMessagesEn } from './messages-en.ts'
import { coreMessagesSw } from './messages-sw.ts'

describe('coreIssueMessagesEn and coreIssueMessagesSw', () => {
  it('are the whole catalogues less what a failed call means, sentence for sentence', () => {
    for (const [part, whole] of [
      [coreIssueMessagesEn, coreMessagesEn],
      [coreIssueMessagesSw, coreMessagesSw],
    ] as const) {
      expect(Object.keys(part).sort()).toEqual(['field', 'issues', 'locale', 'size', 'type'])
      expect(part.issues).toBe(whole.issues)
      for (const key of ['locale', 'field', 'type', 'size'] as const) expect(part[key]).toBe(whole[key])
    }
  })

  it('word issues, fields and sizes as formatIssue, describeField and describeSize read them', () => {
    const result = validateInteractive({ type: 'button', body: { text: '' }, action: { buttons: [] } })
    if (result.ok) throw new Error('expected issues')
    for (const issue of result.issues) {
      expect(formatIssue(issue)).toBe(formatIssue(issue, coreMessagesEn))
      expect(formatIssue(issue, coreIssueMessagesSw)).toBe(formatIssue(issue, coreMessagesSw))
    }
    expect(describeField(['body', 'text'], coreIssueMessagesSw)).toBe(describeField(['body', 'text'], coreMessagesSw))
    expect(describeSize(262144, coreIssueMessagesSw)).toBe('KB 256')
  })
})
