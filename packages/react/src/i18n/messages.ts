import { type CoreMessages, coreMessagesEn, coreMessagesSw } from '@briq-interactive/core'
import { en, type Message, type MessageKey, type Messages, type PluralMessage } from './messages/en.ts'
import { sw } from './messages/sw.ts'

export type { Message, MessageKey, Messages, PluralMessage } from './messages/en.ts'

/** The locales every component accepts. */
export type Locale = 'en' | 'sw'

const catalogues: Record<Locale, Messages> = { en, sw }
const cores: Record<Locale, CoreMessages> = { en: coreMessagesEn, sw: coreMessagesSw }

/** A lookup bound to one locale; `{name}` placeholders are filled from `values`. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

const knownLocale = (locale: string): Locale => (Object.hasOwn(catalogues, locale) ? (locale as Locale) : 'en')

/**
 * Returns the translate function for `locale`; an unknown locale falls back to English so a
 * typo never blanks the UI. A message with `one`/`other` forms picks one by `values.count`
 * (the language's plural rules), so "1 more row" and "3 more rows" both read right; the count
 * is written the language's way ("9,970"). `overrides` rewords any keys (a host's own terms).
 */
export function getTranslator(locale: Locale | (string & {}) = 'en', overrides?: Partial<Messages>): Translate {
  const known = knownLocale(locale)
  const catalogue = catalogues[known]
  const format = createMessageFormatter(known)
  return (key, values) => format(overrides?.[key] ?? catalogue[key], values)
}

/** Words one catalogue message with its values; see {@link createMessageFormatter}. */
export type FormatMessage = (
  message: Message | PluralMessage,
  values?: Record<string, string | number> | undefined,
) => string

/**
 * Words messages the way the kit's translator does, for a host that adds its own keys beside
 * the kit's catalogue: a message with `one`/`other` forms picks one by `values.count` (the
 * language's plural rules), `{name}` placeholders are filled from `values`, and the count is
 * written the language's way ("9,970"). An unknown locale words as English.
 *
 * @example
 * const format = createMessageFormatter('sw')
 * format({ one: 'Rasimu {count}', other: 'Rasimu {count}' }, { count: 2 }) // 'Rasimu 2'
 */
export function createMessageFormatter(locale: Locale | (string & {}) = 'en'): FormatMessage {
  const known = knownLocale(locale)
  const plurals = new Intl.PluralRules(known)
  const numbers = new Intl.NumberFormat(known)
  return (message, values) => {
    const count = values?.count
    const text =
      typeof message === 'string'
        ? message
        : typeof count === 'number' && plurals.select(count) === 'one'
          ? message.one
          : message.other
    if (!values) return text
    return text.replace(/\{(\w+)\}/g, (match, name: string) => {
      if (!Object.hasOwn(values, name)) return match
      const value = values[name]
      return name === 'count' && typeof value === 'number' ? numbers.format(value) : String(value)
    })
  }
}

/**
 * Core's wording (issue sentences, field names, send and poll failures) for `locale`, to pass
 * to `formatIssue`, `describeField` and `describeSendFailure`; English for an unknown locale.
 */
export function getCoreMessages(locale: Locale | (string & {}) = 'en'): CoreMessages {
  return cores[knownLocale(locale)]
}
