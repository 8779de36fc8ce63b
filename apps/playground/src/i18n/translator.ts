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

/** A lookup bound to one locale; `{name}` placeholders are filled from `values`. */
export type PlaygroundTranslate = (key: PlaygroundMessageKey, values?: Record<string, string | number>) => string

/** The translator for `locale`. */
export function createTranslator(locale: PlaygroundLocale): PlaygroundTranslate {
  const catalogue = catalogues[locale]
  return (key, values) =>
    catalogue[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      values && Object.hasOwn(values, name) ? String(values[name]) : match,
    )
}

/** The current translator; English until the app provides one. */
export const TranslateContext = createContext<PlaygroundTranslate>(createTranslator('en'))

/** The current locale's translator. */
export function useTranslate(): PlaygroundTranslate {
  return useContext(TranslateContext)
}
