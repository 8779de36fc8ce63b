import { type BriqError, sendFailureReason } from '@briq-interactive/core'
import type { Translate } from '../i18n/messages.ts'

/**
 * What a failed send means for the person at the dialog, in their language: the next step
 * for the failures they can act on, or undefined when Briq's own message says it all.
 */
export function explainSendError(error: BriqError, t: Translate): string | undefined {
  const { reason, retryAfterSeconds } = sendFailureReason(error)
  switch (reason) {
    case 'duplicate':
      return t('send.duplicate')
    case 'window_closed':
      return t('sendDialog.error.windowClosed')
    case 'rate_limited':
      return retryAfterSeconds === undefined
        ? t('sendDialog.error.rateLimitedNoWait')
        : t('sendDialog.error.rateLimited', { seconds: retryAfterSeconds })
    case 'network':
    case 'timeout':
      return t('sendDialog.error.network')
    case 'server':
      return t('sendDialog.error.server')
    default:
      return undefined
  }
}
