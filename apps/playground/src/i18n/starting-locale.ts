import { type ChoiceStorage, keepChoice, keptChoice } from '../page-storage.ts'
import { PLAYGROUND_LOCALES, type PlaygroundLocale } from './translator.ts'

/** Where the page keeps the language a person chose (`localStorage`). */
export const LOCALE_KEY = 'briq-playground:locale'

const isLocale = (value: unknown): value is PlaygroundLocale =>
  PLAYGROUND_LOCALES.some((entry) => entry.locale === value)

/**
 * The language the page opens in: the one chosen last time, else the browser's first language
 * the playground speaks (`sw-TZ` → Kiswahili), else English. A storage that refuses (private
 * mode, a server) counts as nothing chosen.
 */
export function startingLocale(storage: ChoiceStorage | undefined, languages: readonly string[]): PlaygroundLocale {
  const chosen = keptChoice(storage, LOCALE_KEY, isLocale)
  if (chosen !== undefined) return chosen
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0]
    if (isLocale(base)) return base
  }
  return 'en'
}

/** Keeps the chosen language for the next visit; a refusing storage just forgets it. */
export function keepLocale(storage: ChoiceStorage | undefined, locale: PlaygroundLocale): void {
  keepChoice(storage, LOCALE_KEY, locale)
}
