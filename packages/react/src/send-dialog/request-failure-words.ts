import {
  type BriqError,
  type CoreMessages,
  describeRequestFailure,
  type RequestSubject,
  requestFailureReason,
} from '@briq-interactive/core'
import type { CoreLangOf } from '../provider/use-core-messages.ts'

/**
 * Why a look-up failed (a status poll, the recent conversations, the senders), in core's
 * sentence, with the language that sentence is in: a host's catalogue words the kit's sentence
 * around it, and core's English inside a French one is marked as English (`wordedAround`).
 */
export const requestFailureWords = (
  error: BriqError,
  core: CoreMessages,
  coreLangOf: CoreLangOf,
  about?: RequestSubject,
): { text: string; lang: string } => ({
  text: describeRequestFailure(error, core, about),
  lang: coreLangOf('requestFailure', requestFailureReason(error).reason),
})
