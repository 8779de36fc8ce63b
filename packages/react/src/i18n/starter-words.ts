import type { StarterText } from '@briq-interactive/core'
import { starterSw } from './messages/starter-sw.ts'
import type { Locale } from './messages.ts'

/** The words of a new draft in each locale; English is core's own (`STARTER_TEXT`). */
export const STARTER_WORDS: Readonly<Record<Locale, Partial<StarterText>>> = { en: {}, sw: starterSw }
