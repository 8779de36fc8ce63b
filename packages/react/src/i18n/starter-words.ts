import type { StarterText } from '@briq-interactive/core'
import { starterSw } from './messages/starter-sw.ts'
import type { Locale } from './messages.ts'

/** The words of a new draft in each locale; English is core's own (`STARTER_TEXT`). */
export const STARTER_WORDS: Readonly<Record<Locale, Partial<StarterText>>> = { en: {}, sw: starterSw }

/**
 * Every locale's starter words, for core's `otherText`: a draft started in one language and
 * edited in another still knows the texts the builder invented.
 */
export const ALL_STARTER_WORDS: readonly Partial<StarterText>[] = Object.values(STARTER_WORDS)
