import { type BriqError, type CoreMessages, describeSendFailure, sendFailureReason } from '@briq-interactive/core'
import type { CoreLangOf } from '../provider/use-core-messages.ts'

/**
 * What a failed send means, in core's sentence, with the language that sentence is in: the
 * failure panel shows it, the live region says it inside the kit's sentence around it, each
 * marked with its own `lang` where it is not the dialog's (a host's French sentence in an English
 * dialog, core's English in a host's).
 */
export const sendFailureWords = (
  error: BriqError,
  core: CoreMessages,
  coreLangOf: CoreLangOf,
): { text: string; lang: string } => ({
  text: describeSendFailure(error, core),
  lang: coreLangOf('sendFailure', sendFailureReason(error).reason),
})
