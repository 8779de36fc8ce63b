import type { ValidateOptions } from '@briq-interactive/core'
import { createContext, useContext, useMemo } from 'react'

/** The validation options `BriqProvider` gives its subtree; core's defaults outside a provider. */
export const ValidationContext = createContext<ValidateOptions>({})
ValidationContext.displayName = 'BriqValidationContext'

/**
 * The validation options to use: `override` when given, else the nearest `BriqProvider`'s
 * `validation`, else core's defaults. The result keeps its identity while its content does not
 * change, so an inline `validation={{ extendedListBody: true }}` does not re-validate every render.
 */
export function useValidationOptions(override?: ValidateOptions): ValidateOptions {
  const inherited = useContext(ValidationContext)
  const chosen = override ?? inherited
  const signature = JSON.stringify(chosen)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the content (signature) is the dependency, not the object.
  return useMemo(() => chosen, [signature])
}
