import { coreIssueMessagesEn } from './core-issue-messages-en.ts'
import type { CoreMessages } from './core-messages.ts'
import { requestFailureEn, sendFailureEn, sendHoldEn } from './en/failure-sentences.ts'

/**
 * English wording of everything core produces. `Issue.message` is always this catalogue's
 * sentence, so code that reads `message` keeps working.
 */
export const coreMessagesEn: CoreMessages = {
  ...coreIssueMessagesEn,
  sendFailure: sendFailureEn,
  sendHold: sendHoldEn,
  requestFailure: requestFailureEn,
}
