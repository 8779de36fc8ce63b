import type { CoreIssueMessages } from './core-messages.ts'
import { fieldEn, typeEn } from './en/field-names.ts'
import { sizeEn } from './en/grammar.ts'
import { issueSentencesEn, sentencesBeyondValidatorsEn } from './en/issue-sentences.ts'
import { jsonTextSentencesEn } from './en/json-text-sentences.ts'
import { phoneSentencesEn } from './en/phone-sentences.ts'

/**
 * English wording of every issue, field, type and size core produces: `coreMessagesEn` without
 * what a failed call means, for a bundle that words issues and sends nothing.
 */
export const coreIssueMessagesEn: CoreIssueMessages = {
  locale: 'en',
  field: fieldEn,
  type: typeEn,
  issues: { ...issueSentencesEn, ...sentencesBeyondValidatorsEn, ...phoneSentencesEn, ...jsonTextSentencesEn },
  size: sizeEn,
}
