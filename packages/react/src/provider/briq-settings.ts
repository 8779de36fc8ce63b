import type { ProductCatalogue } from '@briq-interactive/core'
import { createContext, useContext } from 'react'

/** Where the kit's dialogs are portalled: an element or a shadow root; null/undefined for the default. */
export type PortalContainer = Element | DocumentFragment | null | undefined

/** Settings `BriqProvider` gives every part of the kit below it (besides the client). */
export interface BriqSettings {
  /** Where dialogs (the send dialog) are portalled; see `BriqProviderProps.portalContainer`. */
  portalContainer?: PortalContainer | undefined
  /** Products by `product_retailer_id` for every preview below; see `BriqProviderProps.catalogue`. */
  catalogue?: ProductCatalogue | undefined
  /** The colour scheme of every part below; see `BriqProviderProps.theme`. */
  theme?: 'light' | 'dark' | 'system' | undefined
}

const NO_SETTINGS: BriqSettings = {}

/** The settings of the nearest `BriqProvider`; empty outside one (every part works without a provider). */
export const BriqSettingsContext = createContext<BriqSettings>(NO_SETTINGS)
if (process.env.NODE_ENV !== 'production') BriqSettingsContext.displayName = 'BriqSettingsContext'

/** The nearest `BriqProvider`'s settings, or none. */
export function useBriqSettings(): BriqSettings {
  return useContext(BriqSettingsContext)
}

/** A part's colour scheme: its own `theme`, else the nearest `BriqProvider`'s, else `system`. */
export function useTheme(own: 'light' | 'dark' | 'system' | undefined): 'light' | 'dark' | 'system' {
  const inherited = useContext(BriqSettingsContext).theme
  return own ?? inherited ?? 'system'
}
