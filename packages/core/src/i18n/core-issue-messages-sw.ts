import type { CoreIssueMessages } from './core-messages.ts'
import { swahiliField } from './sw/field-names.ts'
import { sizeSw } from './sw/grammar.ts'
import { issueSentencesSw } from './sw/issue-sentences.ts'
import { phoneSentencesSw } from './sw/phone-sentences.ts'
import { typeSw } from './sw/type-names.ts'

/**
 * Kiswahili wording of every issue, field, type and size core produces: `coreMessagesSw` without
 * what a failed call means, for a bundle that words issues and sends nothing.
 */
export const coreIssueMessagesSw: CoreIssueMessages = {
  locale: 'sw',
  field: (path) => swahiliField(path).text,
  type: typeSw,
  issues: { ...issueSentencesSw, ...phoneSentencesSw },
  size: sizeSw,
}
