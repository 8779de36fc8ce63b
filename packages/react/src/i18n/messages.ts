import { en, type MessageKey, type Messages } from './messages/en.ts'
import { sw } from './messages/sw.ts'

export type { MessageKey, Messages } from './messages/en.ts'

/** The locales every component accepts. */
export type Locale = 'en' | 'sw'

const catalogues: Record<Locale, Messages> = { en, sw }

/** A lookup bound to one locale; `{name}` placeholders are filled from `values`. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

/**
 * Returns the translate function for `locale`; an unknown locale falls back to English so a
 * typo never blanks the UI.
 */
export function getTranslator(locale: Locale | (string & {}) = 'en'): Translate {
  const catalogue = catalogues[locale as Locale] ?? en
  return (key, values) => {
    const text = catalogue[key]
    if (!values) return text
    return text.replace(/\{(\w+)\}/g, (match, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : match,
    )
  }
}
