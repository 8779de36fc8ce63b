import type { Issue } from '../issue.ts'
import type { IssueMessageKey, IssueSentence } from './core-messages.ts'
import { issueSentencesEn } from './en/issue-sentences.ts'
import { sentenceFor } from './sentence-for.ts'

/** An issue before its sentence is written. */
export type Unworded = Omit<Issue, 'message'>

/**
 * Completes an issue with its English sentence (`Issue.message`). Validators pass nothing and
 * get the issue sentences; `normalizePhone` passes the phone sentences, so a bundle carries only
 * the English it uses.
 */
export function worded(
  issue: Unworded,
  sentences: Partial<Record<IssueMessageKey, IssueSentence>> = issueSentencesEn,
): Issue {
  const complete: Issue = { ...issue, message: '' }
  complete.message = sentenceFor(complete, sentences) ?? issue.code
  return complete
}
