import { createContext, useContext } from 'react'

/**
 * The kit component a host wrote (`<InteractiveComposer>`), set by a preset around the Root of
 * parts it lays out: the Root's development messages and errors (an unknown `messages` key, a
 * bad `validation`) name what the host wrote, not the part inside it that checks.
 */
export const ComponentNameContext = createContext<string | undefined>(undefined)
if (process.env.NODE_ENV !== 'production') ComponentNameContext.displayName = 'BriqComponentNameContext'

/** The name of the component the host wrote: the preset's around this Root, else the Root's own (`fallback`). */
export function useComponentName(fallback: string): string {
  return useContext(ComponentNameContext) ?? fallback
}

/** `<Name prop>`, for an error about one prop of the component named `<Name>`. */
export function propOf(name: string, prop: string): string {
  return `${name.slice(0, -1)} ${prop}>`
}
