import { coreIssueMessagesSw } from './core-issue-messages-sw.ts'
import type { CoreMessages } from './core-messages.ts'
import { requestFailureSw, sendFailureSw, sendHoldSw } from './sw/failure-sentences.ts'

/**
 * Kiswahili wording of everything core produces, in the Tanzanian register a shop clerk uses
 * ("namba", "oda", "rasimu"); technical names (JSON, URL, WhatsApp Flow, API field names) stay
 * as written. Import it only where Swahili is shown: a bundle that only validates never
 * carries it.
 */
export const coreMessagesSw: CoreMessages = {
  ...coreIssueMessagesSw,
  sendFailure: sendFailureSw,
  sendHold: sendHoldSw,
  requestFailure: requestFailureSw,
}
