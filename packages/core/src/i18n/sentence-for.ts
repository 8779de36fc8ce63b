import type { Issue } from '../issue.ts'
import type { IssueMessageKey, IssueSentence } from './core-messages.ts'

/**
 * The sentence for `issue` from `sentences`: by its reason, else its code; `undefined` when
 * neither is there (an issue from a newer core) or the sentence cannot be filled.
 */
export function sentenceFor(
  issue: Issue,
  sentences: Partial<Record<IssueMessageKey, IssueSentence>>,
): string | undefined {
  const byReason = issue.reason === undefined ? undefined : sentences[issue.reason]
  const sentence = byReason ?? sentences[issue.code]
  if (sentence === undefined) return undefined
  try {
    return sentence(issue)
  } catch {
    return undefined
  }
}
