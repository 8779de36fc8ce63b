import type { ProductCatalogue } from '@briq-interactive/core'
import { createContext, useContext } from 'react'

/** Where the kit's dialogs are portalled: an element or a shadow root; null/undefined for the default. */
export type PortalContainer = Element | DocumentFragment | null | undefined

const THEMES = ['light', 'dark', 'system'] as const
/** A part's colour scheme: one of {@link THEMES}. */
type Theme = (typeof THEMES)[number]

/** Settings `BriqProvider` gives every part of the kit below it (besides the client). */
export interface BriqSettings {
  /** Where dialogs (the send dialog) are portalled; see `BriqProviderProps.portalContainer`. */
  portalContainer?: PortalContainer | undefined
  /** Products by `product_retailer_id` for every preview below; see `BriqProviderProps.catalogue`. */
  catalogue?: ProductCatalogue | undefined
  /** The colour scheme of every part below; see `BriqProviderProps.theme`. */
  theme?: Theme | undefined
}

const NO_SETTINGS: BriqSettings = {}

/** The settings of the nearest `BriqProvider`; empty outside one (every part works without a provider). */
export const BriqSettingsContext = createContext<BriqSettings>(NO_SETTINGS)
if (process.env.NODE_ENV !== 'production') BriqSettingsContext.displayName = 'BriqSettingsContext'

/** The nearest `BriqProvider`'s settings, or none. */
export function useBriqSettings(): BriqSettings {
  return useContext(BriqSettingsContext)
}

const reportedThemes = new Set<string>()

/**
 * `theme` when it is one of the three, else undefined (read as not given). Plain JavaScript (or a
 * host's own `'auto'`) passing another would leave the part in the page's colour scheme, half
 * themed: in development that is said once per owner (`<Builder.Root theme>`) and value.
 */
export function knownTheme(owner: string, theme: Theme | undefined): Theme | undefined {
  if (theme === undefined || THEMES.includes(theme)) return theme
  if (process.env.NODE_ENV !== 'production' && !reportedThemes.has(`${owner} ${String(theme)}`)) {
    reportedThemes.add(`${owner} ${String(theme)}`)
    console.error(
      `${owner}: ${JSON.stringify(theme)} is not a theme, so it is ignored; use 'light', 'dark' or 'system'`,
    )
  }
  return undefined
}

/** A part's colour scheme: its own `theme`, else the nearest `BriqProvider`'s, else `system`. */
export function useTheme(owner: string, own: Theme | undefined): Theme {
  const inherited = useContext(BriqSettingsContext).theme
  return knownTheme(owner, own) ?? inherited ?? 'system'
}
