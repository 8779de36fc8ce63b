import { getTranslator, type MessageKey, type Translate } from '@briq-interactive/react'
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
 * The translator for `locale`. A message with `one`/`other` forms picks one by `values.count`
 * with the language's plural rules; a key the playground does not define is the kit's.
 */
export function createTranslator(locale: PlaygroundLocale): PlaygroundTranslate {
  const own = catalogues[locale]
  const kit: Translate = getTranslator(locale)
  const plurals = new Intl.PluralRules(locale)
  return (key, values) => {
    if (!isOwn(key)) return kit(key, values)
    const message = own[key]
    const count = values?.count
    const text =
      typeof message === 'string'
        ? message
        : typeof count === 'number' && plurals.select(count) === 'one'
          ? message.one
          : message.other
    return text.replace(/\{(\w+)\}/g, (match, name: string) =>
      values && Object.hasOwn(values, name) ? String(values[name]) : match,
    )
  }
}

/** The current translator; English until the app provides one. */
export const TranslateContext = createContext<PlaygroundTranslate>(createTranslator('en'))

/** The current locale's translator. */
export function useTranslate(): PlaygroundTranslate {
  return useContext(TranslateContext)
}
