import { localDraftStorage } from '@briq-interactive/core'
import { PLAYGROUND_LOCALES, type PlaygroundLocale } from './translator.ts'

/** Where the page keeps the language a person chose (`localStorage`). */
export const LOCALE_KEY = 'briq-playground:locale'

/** Where a chosen language is read and kept: `localStorage`, or anything with its two methods. */
export interface LocaleStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

const isLocale = (value: unknown): value is PlaygroundLocale =>
  PLAYGROUND_LOCALES.some((entry) => entry.locale === value)

/**
 * The language the page opens in: the one chosen last time, else the browser's first language
 * the playground speaks (`sw-TZ` → Kiswahili), else English. A storage that refuses (private
 * mode, a server) counts as nothing chosen.
 */
export function startingLocale(storage: LocaleStorage | undefined, languages: readonly string[]): PlaygroundLocale {
  try {
    const chosen = storage?.getItem(LOCALE_KEY)
    if (isLocale(chosen)) return chosen
  } catch {
    // Nothing chosen that we can read.
  }
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0]
    if (isLocale(base)) return base
  }
  return 'en'
}

/**
 * The page's `localStorage`, or nothing on a server or when the browser blocks it: core's
 * reader, the one the builder's drafts are kept with.
 */
export const pageStorage: () => LocaleStorage | undefined = localDraftStorage

/** Keeps the chosen language for the next visit; a refusing storage just forgets it. */
export function keepLocale(storage: LocaleStorage | undefined, locale: PlaygroundLocale): void {
  try {
    storage?.setItem(LOCALE_KEY, locale)
  } catch {
    // Private mode or a full storage: the choice lasts this visit only.
  }
}
