import {
  type Interactive,
  type ValidateOptions,
  type ValidationResult,
  validateInteractive,
} from '@briq-interactive/core'

const cache = new WeakMap<object, { options: string; result: ValidationResult<Interactive> }>()

const signature = (options: ValidateOptions | undefined): string => {
  try {
    return JSON.stringify(options ?? {})
  } catch {
    return ''
  }
}

/**
 * Core's `validateInteractive`, remembered per draft object: the builder and the preview beside
 * it validate the same draft once per change instead of twice. Props are immutable in React,
 * and both components already validate again only when the object changes, so remembering by
 * identity changes nothing they show. Values that are not objects are validated every time.
 */
export function validateCached(value: unknown, options?: ValidateOptions): ValidationResult<Interactive> {
  if (typeof value !== 'object' || value === null) return validateInteractive(value, options)
  const key = signature(options)
  const hit = cache.get(value)
  if (hit !== undefined && hit.options === key) return hit.result
  const result = validateInteractive(value, options)
  cache.set(value, { options: key, result })
  return result
}
