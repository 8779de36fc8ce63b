import type { BriqClient } from '@briq-interactive/core'
import { createContext } from 'react'

/** The client `BriqProvider` gives its subtree; null outside a provider. */
export const BriqContext = createContext<BriqClient | null>(null)
if (process.env.NODE_ENV !== 'production') BriqContext.displayName = 'BriqContext'
