import {
  createStepValidator,
  type Interactive,
  type UnwordedValidationResult,
  type ValidateOptions,
  type ValidationResult,
  validateInteractiveUnworded,
} from '@briq-interactive/core'

type Cache<R> = WeakMap<object, { options: string; result: R }>

const cache: Cache<ValidationResult<Interactive>> = new WeakMap()
const unwordedCache: Cache<UnwordedValidationResult<Interactive>> = new WeakMap()

// What validation reads of its options, as core reads them (`true` alone switches one on; a
// maximum is one of its readings or the default): options read alike give the same result.
// Typed by core's option names, so an option core adds is read here too. Several validations run
// on each keystroke, and `JSON.stringify` of the options cost more than this.
const signature = (options: ValidateOptions | undefined): string => {
  try {
    const read: Record<keyof Required<ValidateOptions>, string> = {
      extendedListBody: String(options?.extendedListBody === true),
      allowFlowMediaHeader: String(options?.allowFlowMediaHeader === true),
      carouselQuickReplyMax: `${typeof options?.carouselQuickReplyMax}:${String(options?.carouselQuickReplyMax)}`,
    }
    return `${read.extendedListBody}|${read.allowFlowMediaHeader}|${read.carouselQuickReplyMax}`
  } catch {
    return ''
  }
}

// One caller's copy of a kept result: its issues and warnings (and their paths and params) are
// its own, so a host that sorts or trims the result `onValueChange` gives it changes nothing that
// another part, or another builder with options read alike, is given for the same draft. The
// valid value stays the draft given.
function handedOut<R extends object>(result: R): R {
  const lists = result as { issues?: unknown; warnings?: unknown }
  return {
    ...result,
    ...(lists.issues === undefined ? {} : { issues: structuredClone(lists.issues) }),
    ...(lists.warnings === undefined ? {} : { warnings: structuredClone(lists.warnings) }),
  }
}

// `validate`'s result for `value`, from the first of `caches` that holds it for these options,
// else validated and kept in the first; each caller gets its own copy.
function remembered<R extends object>(
  value: unknown,
  options: ValidateOptions | undefined,
  validate: (value: unknown, options?: ValidateOptions) => R,
  caches: Cache<R>[],
): R {
  if (typeof value !== 'object' || value === null) return validate(value, options)
  const key = signature(options)
  for (const from of caches) {
    const hit = from.get(value)
    if (hit !== undefined && hit.options === key) return handedOut(hit.result)
  }
  const result = validate(value, options)
  caches[0]?.set(value, { options: key, result })
  return handedOut(result)
}

// A builder's drafts are its steps: typing in the body keeps the list's action object, whose
// checks core's step validator does not run again. Made on first use, so a bundle that only
// reads the preview's marks (validateUnwordedCached) carries neither it nor core's sentences.
let steps: ReturnType<typeof createStepValidator> | undefined
const validateSteps = (value: unknown, options?: ValidateOptions): ValidationResult<Interactive> => {
  steps ??= createStepValidator()
  return steps(value, options)
}

/**
 * Core's `validateInteractive` (through its step validator, which gives the same result),
 * remembered per draft object: the builder and the preview beside it validate the same draft
 * once per change instead of twice. Props are immutable in React,
 * and both components already validate again only when the object changes, so remembering by
 * identity changes nothing they show. Values that are not objects are validated every time.
 */
export const validateCached = (value: unknown, options?: ValidateOptions): ValidationResult<Interactive> =>
  remembered(value, options, validateSteps, [cache])

/**
 * The same issues without their sentences, for the preview, which only marks where they are: a
 * draft the builder beside it validated already is not validated again, and a preview alone
 * bundles none of core's English (`validateInteractiveUnworded`).
 */
export const validateUnwordedCached = (
  value: unknown,
  options?: ValidateOptions,
): UnwordedValidationResult<Interactive> =>
  remembered<UnwordedValidationResult<Interactive>>(value, options, validateInteractiveUnworded, [unwordedCache, cache])
