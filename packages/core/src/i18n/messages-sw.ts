import type { CoreMessages } from './core-messages.ts'
import { requestFailureSw, sendFailureSw, sendHoldSw } from './sw/failure-sentences.ts'
import { swahiliField } from './sw/field-names.ts'
import { sizeSw } from './sw/grammar.ts'
import { issueSentencesSw } from './sw/issue-sentences.ts'
import { phoneSentencesSw } from './sw/phone-sentences.ts'
import { typeSw } from './sw/type-names.ts'

/**
 * Kiswahili wording of everything core produces, in the Tanzanian register a shop clerk uses
 * ("namba", "oda", "rasimu"); technical names (JSON, URL, WhatsApp Flow, API field names) stay
 * as written. Import it only where Swahili is shown: a bundle that only validates never
 * carries it.
 */
export const coreMessagesSw: CoreMessages = {
  locale: 'sw',
  field: (path) => swahiliField(path).text,
  type: typeSw,
  issues: { ...issueSentencesSw, ...phoneSentencesSw },
  sendFailure: sendFailureSw,
  sendHold: sendHoldSw,
  size: sizeSw,
  requestFailure: requestFailureSw,
}
