import { type CoreMessages, coreMessagesEn, coreMessagesSw } from '@briq-interactive/core'
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
const cores: Record<PlaygroundLocale, CoreMessages> = { en: coreMessagesEn, sw: coreMessagesSw }

/** A lookup bound to one locale; `{name}` placeholders are filled from `values`. */
export type PlaygroundTranslate = (key: PlaygroundMessageKey, values?: Record<string, string | number>) => string

/**
 * The translator for `locale`. A message with `one`/`other` forms picks one by `values.count`
 * with the language's plural rules ("1 error", "3 errors"; "Kosa 1", "Makosa 3").
 */
export function createTranslator(locale: PlaygroundLocale): PlaygroundTranslate {
  const catalogue = catalogues[locale]
  const plurals = new Intl.PluralRules(locale)
  return (key, values) => {
    const message = catalogue[key]
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

/** Core's wording (issue sentences, phone reasons, failed sends and polls) for `locale`. */
export const coreMessagesFor = (locale: PlaygroundLocale): CoreMessages => cores[locale]

/** The current translator and core wording; English until the app provides them. */
export const TranslateContext = createContext<{ t: PlaygroundTranslate; core: CoreMessages }>({
  t: createTranslator('en'),
  core: coreMessagesEn,
})

/** The current locale's translator. */
export function useTranslate(): PlaygroundTranslate {
  return useContext(TranslateContext).t
}

/** Core's wording in the current locale, for `formatIssue` and `describeSendFailure`. */
export function useCoreMessages(): CoreMessages {
  return useContext(TranslateContext).core
}
