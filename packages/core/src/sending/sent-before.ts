import type { SendResult } from '../client/responses.ts'

/**
 * What the send memory knows of an identical request sent before (`SendController.sentBefore`):
 * `sent`, Briq took it (`data` is its answer, `at` when it came), so Send is refused as
 * `DUPLICATE_SEND`; or `maybe_sent`, a try of it failed after its request may have reached Briq
 * (`at` when that failure came), so Send is held as `MAYBE_SENT`. Either way `allowDuplicate`
 * ("Send again") sends it once more on purpose. `at` is in the controller's clock (`Date.now()`
 * milliseconds by default).
 */
export type SentBefore =
  | {
      /** Briq accepted an identical request. */
      readonly kind: 'sent'
      /** When Briq's answer came. */
      readonly at: number
      /** Briq's answer to it (`message_id` to follow its status). */
      readonly data: SendResult
    }
  | {
      /** A try of an identical request may have reached Briq, which did not confirm it (no answer, a 5xx). */
      readonly kind: 'maybe_sent'
      /** When that try failed. */
      readonly at: number
    }
