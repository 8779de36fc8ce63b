import { STARTER_TEXT, type StarterText, type StarterTextKey } from '@briq-interactive/core'
import type { StarterKey } from './messages/starter.ts'
import { starterSw } from './messages/starter-sw.ts'
import type { Locale, Translate } from './messages.ts'

/** The words of a new draft in each locale; English is core's own (`STARTER_TEXT`). */
export const STARTER_WORDS: Readonly<Record<Locale, Partial<StarterText>>> = { en: {}, sw: starterSw }

/**
 * Every locale's starter words, for core's `otherText`: a draft started in one language and
 * edited in another still knows the texts the builder invented.
 */
export const ALL_STARTER_WORDS: readonly Partial<StarterText>[] = Object.values(STARTER_WORDS)

/**
 * The words a new draft starts with as `t` words them: a host's own (`'starter.button.body'` in
 * its `messages`), each one it leaves out the kit's (its locale's, else English).
 */
export function starterWords(t: Translate<StarterKey>): StarterText {
  const words: Partial<Record<StarterTextKey, string>> = {}
  for (const key of Object.keys(STARTER_TEXT) as StarterTextKey[]) words[key] = t(`starter.${key}`)
  return words as StarterText
}
