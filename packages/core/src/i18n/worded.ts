import type { Issue } from '../issue.ts'
import type { IssueMessageKey, IssueSentence } from './core-messages.ts'
import { issueSentencesEn } from './en/issue-sentences.ts'
import { sentenceFor } from './sentence-for.ts'

/** An issue before its sentence is written. */
export type Unworded = Omit<Issue, 'message'>

/**
 * Completes an issue with its English sentence from `sentences` (`Issue.message`):
 * `normalizePhone` passes the phone sentences, the JSON text reader its own, so a bundle carries
 * only the English it uses. No default: a default of the issue sentences would keep them (and
 * the field names and address schema they read) in every bundle that calls this.
 */
export function wordedWith(issue: Unworded, sentences: Partial<Record<IssueMessageKey, IssueSentence>>): Issue {
  const complete: Issue = { ...issue, message: '' }
  complete.message = sentenceFor(complete, sentences) ?? issue.code
  return complete
}

/** Completes an issue with its English issue sentence (`Issue.message`), as the validators word it. */
export const worded = (issue: Unworded): Issue => wordedWith(issue, issueSentencesEn)
