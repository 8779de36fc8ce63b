import { type ConfigProblem, configObjectProblem } from '../config-problem.ts'
import { quoted } from '../quoted.ts'
import { CAROUSEL_QUICK_REPLY_MAX_READINGS, resolveSchemaOptions } from './schema-options.ts'

// The options, and which are switches, from their defaults: all but the quick-reply maximum.
const DEFAULTS = Object.entries(resolveSchemaOptions())
const KEYS = DEFAULTS.map(([key]) => key)
const SWITCHES = DEFAULTS.filter(([, value]) => typeof value === 'boolean').map(([key]) => key)
const READINGS: readonly unknown[] = CAROUSEL_QUICK_REPLY_MAX_READINGS

/**
 * What is wrong with validation options given from outside, or `null` when they are usable:
 * not an object, a key they do not take (a typo such as `extendedListBodies`), a switch that is
 * not `true` or `false`, or a `carouselQuickReplyMax` other than 2 or 3. The validators
 * themselves read any value leniently (an unknown reading is the default); this is the check
 * for where options enter — `createBriqProxy`, `createBriqMock` and `setValidation`,
 * `BriqProvider` and the components' `validation` prop — so a typo is refused there, in the same
 * words everywhere, instead of every send being checked with the defaults. An option set to
 * `undefined` is left out; `null` for the whole is refused (the React props read it as no
 * options before asking).
 *
 * @example
 * validationOptionsProblem({ extendedListBodies: true })
 * // { field: 'validation.extendedListBodies',
 * //   message: 'Unknown validation option "extendedListBodies"; use extendedListBody, allowFlowMediaHeader, carouselQuickReplyMax' }
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
