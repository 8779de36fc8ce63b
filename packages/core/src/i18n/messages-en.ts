import type { CoreMessages } from './core-messages.ts'
import { requestFailureEn, sendFailureEn, sendHoldEn } from './en/failure-sentences.ts'
import { fieldEn, typeEn } from './en/field-names.ts'
import { sizeEn } from './en/grammar.ts'
import { issueSentencesEn, sentencesBeyondValidatorsEn } from './en/issue-sentences.ts'
import { jsonTextSentencesEn } from './en/json-text-sentences.ts'
import { phoneSentencesEn } from './en/phone-sentences.ts'

/**
 * English wording of everything core produces. `Issue.message` is always this catalogue's
 * sentence, so code that reads `message` keeps working.
 */
export const coreMessagesEn: CoreMessages = {
  locale: 'en',
  field: fieldEn,
  type: typeEn,
  issues: { ...issueSentencesEn, ...sentencesBeyondValidatorsEn, ...phoneSentencesEn, ...jsonTextSentencesEn },
  sendFailure: sendFailureEn,
  sendHold: sendHoldEn,
  size: sizeEn,
  requestFailure: requestFailureEn,
}
