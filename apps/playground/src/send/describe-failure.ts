import { type BriqError, sendFailureReason } from '@briq-interactive/core'
import type { PlaygroundTranslate } from '../i18n/translator.ts'

/** The code a failed send is shown under: Briq's first error code, else the kind in capitals. */
export function failureCode(error: BriqError): string {
  return error.code ?? error.kind.toUpperCase()
}

/** A person's explanation of a failed send, in the current language. */
export function describeFailure(error: BriqError, endpoint: string, t: PlaygroundTranslate): string {
  const { reason, retryAfterSeconds } = sendFailureReason(error)
  switch (reason) {
    case 'window_closed':
      return t('errorWindowClosed')
    case 'duplicate':
      return t('errorDuplicate')
    case 'rate_limited':
      return t('errorRateLimited', { seconds: retryAfterSeconds ?? 1 })
    case 'validation':
      return t('errorValidation')
    case 'network':
      return t('errorNetwork', { endpoint })
    case 'timeout':
      return t('errorTimeout')
    case 'server':
      return t('errorServer')
    default:
      return t('errorGeneric')
  }
}
