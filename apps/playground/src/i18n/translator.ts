import { createMessageFormatter, getTranslator, type MessageKey, type Translate } from '@briq-interactive/react'
import { createContext, useContext } from 'react'
import { en, type PlaygroundMessageKey, type PlaygroundMessages } from './en.ts'
import { sw } from './sw.ts'

/** The playground's languages. */
export type PlaygroundLocale = 'en' | 'sw'

/** Every language, with its own name for the switch. */
export const PLAYGROUND_LOCALES: readonly { locale: PlaygroundLocale; name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'sw', name: 'Kiswahili' },
]

const catalogues: Record<PlaygroundLocale, PlaygroundMessages> = { en, sw }

/**
 * A lookup bound to one locale: the playground's own keys, and every key of the kit's catalogue
 * (the playground extends it instead of repeating it). `{name}` placeholders are filled from `values`.
 */
export type PlaygroundTranslate = (
  key: PlaygroundMessageKey | MessageKey,
  values?: Record<string, string | number>,
) => string

const isOwn = (key: string): key is PlaygroundMessageKey => Object.hasOwn(en, key)

/**
 * The translator for `locale`: the playground's own keys worded as the kit words its own
 * (plural forms, placeholders, the count's digits); a key the playground does not define is the kit's.
 */
export function createTranslator(locale: PlaygroundLocale): PlaygroundTranslate {
  const own = catalogues[locale]
  const kit: Translate = getTranslator(locale)
  const format = createMessageFormatter(locale)
  return (key, values) => (isOwn(key) ? format(own[key], values) : kit(key, values))
}

/** The current translator; English until the app provides one. */
export const TranslateContext = createContext<PlaygroundTranslate>(createTranslator('en'))

/** The current locale's translator. */
export function useTranslate(): PlaygroundTranslate {
  return useContext(TranslateContext)
}
