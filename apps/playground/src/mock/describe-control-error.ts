import type { PlaygroundTranslate } from '../i18n/translator.ts'
import { MockControlError } from './mock-controls.ts'

/**
 * Why a mock-control call failed, in the current language: no answer, or the mock's refusal by
 * its code (the mock's own English message stays out of the page).
 */
export function describeControlError(error: unknown, t: PlaygroundTranslate): string {
  if (error instanceof MockControlError && error.code !== 'NETWORK')
    return t('mockControlRefused', { code: error.code })
  return t('mockControlNetwork')
}
