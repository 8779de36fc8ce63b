import type { BriqError } from '@briq-interactive/core'
import type { PlaygroundTranslate } from '../i18n/translator.ts'

/** The code a failed send is shown under: Briq's first error code, else the kind in capitals. */
export function failureCode(error: BriqError): string {
  return error.code ?? error.kind.toUpperCase()
}

/** A person's explanation of a failed send, in the current language. */
export function describeFailure(error: BriqError, endpoint: string, t: PlaygroundTranslate): string {
  if (error.code === 'WINDOW_CLOSED') return t('errorWindowClosed')
  if (error.code === 'DUPLICATE_SEND') return t('errorDuplicate')
  if (error.code === 'RATE_LIMITED' || error.status === 429) {
    return t('errorRateLimited', { seconds: Math.max(1, Math.ceil((error.retryAfterMs ?? 1000) / 1000)) })
  }
  if (error.kind === 'validation') return t('errorValidation')
  if (error.kind === 'network') return t('errorNetwork', { endpoint })
  if (error.kind === 'timeout') return t('errorTimeout')
  if (error.status !== undefined && error.status >= 500) return t('errorServer')
  return t('errorGeneric')
}
