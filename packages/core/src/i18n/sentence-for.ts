import type { Issue } from '../issue.ts'
import { ownEntry } from '../own-entry.ts'
import type { IssueMessageKey, IssueSentence } from './core-messages.ts'

/**
 * The sentence for `issue` from `sentences`: by its reason, else (no such sentence, or one it
 * cannot fill: a param from a newer core) by its code; `undefined` when neither gives one.
 */
export function sentenceFor(
  issue: Issue,
  sentences: Partial<Record<IssueMessageKey, IssueSentence>>,
): string | undefined {
  for (const key of [issue.reason, issue.code]) {
    const sentence = key === undefined ? undefined : ownEntry(sentences, key)
    if (sentence === undefined) continue
    try {
      return sentence(issue)
    } catch {
      // Cannot be filled: the next one.
    }
  }
  return undefined
}
