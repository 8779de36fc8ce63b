import { VALIDATE_OPTION_FLAGS } from '@briq-interactive/core'
import type { FaultConfigProblem } from '../faults/fault-config-problem.ts'
import { quoted } from '../http/quoted.ts'

const KEYS = Object.keys(VALIDATE_OPTION_FLAGS)
const SWITCHES = ['extendedListBody', 'allowFlowMediaHeader'] as const

/**
 * Checks validation options from outside (`setValidation`, the `validation` option), as
 * `faultConfigProblem` checks faults: a typo such as `extendedListBodies` or
 * `carouselQuickReplyMax: 4` is an error rather than the default reading applied silently.
 */
export function validationOptionsProblem(value: unknown): FaultConfigProblem | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { field: 'validation', message: 'validation must be an object like { "extendedListBody": true }' }
  }
  const options = value as Record<string, unknown>
  const unknown = Object.keys(options).find((key) => !KEYS.includes(key))
  if (unknown !== undefined) {
    return {
      field: `validation.${unknown.slice(0, 80)}`,
      message: `Unknown validation option ${quoted(unknown)}; use ${KEYS.join(', ')}`,
    }
  }
  for (const key of SWITCHES) {
    const given = options[key]
    if (given !== undefined && typeof given !== 'boolean') {
      return { field: `validation.${key}`, message: `${key} must be true or false, got ${quoted(given)}` }
    }
  }
  const max = options.carouselQuickReplyMax
  if (max !== undefined && max !== 2 && max !== 3) {
    return {
      field: 'validation.carouselQuickReplyMax',
      message: `carouselQuickReplyMax must be 2 or 3, got ${quoted(max)}`,
    }
  }
  return null
}
