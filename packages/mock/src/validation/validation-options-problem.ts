import { CAROUSEL_QUICK_REPLY_MAX_READINGS, VALIDATE_OPTION_FLAGS } from '@briq-interactive/core'
import { type ConfigProblem, configObjectProblem } from '../config/config-problem.ts'
import { quoted } from '../http/quoted.ts'

const KEYS = Object.keys(VALIDATE_OPTION_FLAGS)
// Every option but the quick-reply maximum is a switch.
const SWITCHES = KEYS.filter((key) => key !== 'carouselQuickReplyMax')
const READINGS: readonly unknown[] = CAROUSEL_QUICK_REPLY_MAX_READINGS

/**
 * Checks validation options from outside (`setValidation`, the `validation` option), as
 * `faultConfigProblem` checks faults: a typo such as `extendedListBodies` or
 * `carouselQuickReplyMax: 4` is an error rather than the default reading applied silently.
 */
export function validationOptionsProblem(value: unknown): ConfigProblem | null {
  const shape = configObjectProblem(value, 'validation', KEYS, {
    example: '{ "extendedListBody": true }',
    noun: 'validation option',
  })
  if (shape) return shape
  const options = value as Record<string, unknown>
  for (const key of SWITCHES) {
    const given = options[key]
    if (given !== undefined && typeof given !== 'boolean') {
      return { field: `validation.${key}`, message: `${key} must be true or false, got ${quoted(given)}` }
    }
  }
  const max = options.carouselQuickReplyMax
  if (max !== undefined && !READINGS.includes(max)) {
    return {
      field: 'validation.carouselQuickReplyMax',
      message: `carouselQuickReplyMax must be ${CAROUSEL_QUICK_REPLY_MAX_READINGS.join(' or ')}, got ${quoted(max)}`,
    }
  }
  return null
}
