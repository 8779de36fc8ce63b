'use client'

import { type ValidateOptions, validationOptionsProblem } from '@briq-interactive/core'
import { createContext, useContext, useMemo } from 'react'

/** The validation options `BriqProvider` gives its subtree; core's defaults outside a provider. */
export const ValidationContext = createContext<ValidateOptions>({})
if (process.env.NODE_ENV !== 'production') ValidationContext.displayName = 'BriqValidationContext'

/**
 * The validation options to use: `override` when given, else the nearest `BriqProvider`'s
 * `validation`, else core's defaults. The result keeps its identity while its content does not
 * change, so an inline `validation={{ extendedListBody: true }}` does not re-validate every render.
 * Options that are no reading of the rules (a typo such as `extendedListBodies`,
 * `carouselQuickReplyMax: 4`) throw a `TypeError` in core's words
 * (`validationOptionsProblem`), as `createBriqProxy` and the mock refuse them; `null` is no options.
 */
export function useValidationOptions(override?: ValidateOptions | null): ValidateOptions {
  return useValidationFor('useValidationOptions()', override)
}

/**
 * {@link useValidationOptions} for a component's `validation` prop, `owner` naming it in the
 * error (`<BriqProvider validation>`): showing a message as valid under the defaults while the
 * proxy refuses the same options would hide the typo until a send failed.
 */
export function useValidationFor(owner: string, override: ValidateOptions | null | undefined): ValidateOptions {
  const inherited = useContext(ValidationContext)
  // null is no options, as the validators read it: a host writing `validation={cond ? o : null}`.
  const chosen = override ?? inherited
  const signature = JSON.stringify(chosen)
  // Checked when the content changes, not on every render (a builder renders per keystroke); the
  // inherited options were checked by the provider that gave them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the content (signature) is the dependency, not the object.
  return useMemo(() => {
    const problem = override == null ? null : validationOptionsProblem(override)
    if (problem) throw new TypeError(`${owner}: ${problem.message}`)
    return chosen
  }, [signature])
}
