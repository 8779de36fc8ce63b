import type { PlaygroundTranslate } from '../i18n/translator.ts'
import type { SendFailure } from './send-session.ts'

/** A person's explanation of a failed send, in the current language. */
export function describeFailure(failure: SendFailure, endpoint: string, t: PlaygroundTranslate): string {
  if (failure.code === 'WINDOW_CLOSED') return t('errorWindowClosed')
  if (failure.code === 'RATE_LIMITED' || failure.status === 429) {
    return t('errorRateLimited', { seconds: Math.max(1, Math.ceil((failure.retryAfterMs ?? 1000) / 1000)) })
  }
  if (failure.kind === 'validation') return t('errorValidation')
  if (failure.kind === 'network') return t('errorNetwork', { endpoint })
  if (failure.kind === 'timeout') return t('errorTimeout')
  if (failure.status !== undefined && failure.status >= 500) return t('errorServer')
  return t('errorGeneric')
}
