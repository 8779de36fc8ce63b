import type { BriqError } from '@briq-interactive/core'
import type { Translate } from '../i18n/messages.ts'

/**
 * What a failed send means for the person at the dialog, in their language: the next step
 * for the failures they can act on, or undefined when Briq's own message says it all.
 */
export function explainSendError(error: BriqError, t: Translate): string | undefined {
  if (error.code === 'DUPLICATE_SEND') return t('send.duplicate')
  if (error.code === 'WINDOW_CLOSED') return t('sendDialog.error.windowClosed')
  if (error.status === 429) {
    return error.retryAfterMs === undefined
      ? t('sendDialog.error.rateLimitedNoWait')
      : t('sendDialog.error.rateLimited', { seconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) })
  }
  if (error.kind === 'network' || error.kind === 'timeout') return t('sendDialog.error.network')
  if (error.status !== undefined && error.status >= 500) return t('sendDialog.error.server')
  return undefined
}
