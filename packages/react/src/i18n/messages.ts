import {
  type CoreIssueMessages,
  type CoreMessageOverrides,
  type CoreMessages,
  coreIssueMessagesEn,
  coreIssueMessagesSw,
  coreMessagesEn,
  coreMessagesSw,
  withCoreMessages,
} from '@briq-interactive/core'
import {
  type BuilderKey,
  catalogue,
  type MessageKey,
  type Messages,
  type PreviewKey,
  type SendKey,
} from './messages/catalogue.ts'
import type { Message, PluralMessage, Wording } from './messages/message.ts'
import { perTag } from './per-tag.ts'

export {
  BUILDER_LABELS,
  type BuilderKey,
  type MessageKey,
  type Messages,
  PREVIEW_LABELS,
  type PreviewKey,
  SEND_LABELS,
  type SendKey,
} from './messages/catalogue.ts'
export type { Message, PluralMessage } from './messages/message.ts'

/** The locales every component accepts. */
export type Locale = 'en' | 'sw'

// Each locale's column in the catalogue's [English, Swahili] pairs.
const COLUMNS: Record<Locale, 0 | 1> = { en: 0, sw: 1 }
const cores: Record<Locale, CoreMessages> = { en: coreMessagesEn, sw: coreMessagesSw }
// The part a builder words (issues, fields, types, sizes): it never words a failed call.
const issueCores: Record<Locale, CoreIssueMessages> = { en: coreIssueMessagesEn, sw: coreIssueMessagesSw }

/** A lookup bound to one locale; `{name}` placeholders are filled from `values`. */
export interface Translate<K extends MessageKey = MessageKey> {
  (key: K, values?: Record<string, string | number>): string
  /**
   * The language `key` is worded in, for the `lang` of a sentence it words: a host's tag where
   * its `messages` give the key (`fr`, `tr-TR`), else the kit's (`en`, `sw`), so a key a partial
   * catalogue leaves out is marked as the English it falls back to.
   */
  readonly langOf: (key: K) => string
}

/** A sentence and the language it is worded in (`Translate.langOf`), for its `lang`. */
export interface Worded {
  readonly text: string
  readonly lang: string
  /**
   * Words of several languages (a host's French note with core's English reason, or its
   * sentences the host left in English): `text` as runs, each in its `lang`, `lang` the first's.
   */
  readonly parts?: readonly { readonly text: string; readonly lang: string }[] | undefined
}

/** `key` worded by `t`, with the language it is worded in. */
export const worded = <K extends MessageKey>(
  t: Translate<K>,
  key: K,
  values?: Record<string, string | number>,
): Worded => ({
  text: t(key, values),
  lang: t.langOf(key),
})

/** The preview's translate function: only the keys it shows. */
export type PreviewTranslate = Translate<PreviewKey>
/** The send dialog's translate function: only the keys it shows. */
export type SendTranslate = Translate<SendKey>
/** The builder's translate function: only the keys it shows. */
export type BuilderTranslate = Translate<BuilderKey>

/**
 * A host's language tag as BCP 47 writes it: without the spaces around it, and with hyphens where
 * `navigator.language`-style or POSIX tags have underscores (`sw_KE` → `sw-KE`).
 */
export const bcp47Tag = (tag: string): string => tag.trim().replaceAll('_', '-')

/**
 * The `lang` of a message's own words for a component's `messageLang` prop: its tag as BCP 47
 * writes it, or `''` (HTML's "unknown") when the host did not say, as the kit cannot know what
 * was typed.
 */
export const messageLangTag = (messageLang: string | undefined): string =>
  messageLang === undefined ? '' : bcp47Tag(messageLang)

/**
 * The kit's language for `locale`, read as BCP 47 reads it: by its language subtag, so a host's
 * own tag (`sw-TZ`, `sw_KE`, `en-GB`, as `navigator.language` or an i18n library gives it)
 * speaks that language, as does an ISO 639-2 or 639-3 code BCP 47 canonicalizes to it (`swa`,
 * `swh`, `eng`); anything else is English, never a blank or a `lang` that lies.
 */
export function resolveLocale(locale: unknown): Locale {
  return typeof locale === 'string' ? localeOf(locale) : 'en'
}

// Read once per tag: every part of every component resolves its locale as it renders.
const localeOf = perTag((locale): Locale => {
  const tag = bcp47Tag(locale)
  const language = tag.toLowerCase().split('-')[0] ?? ''
  if (Object.hasOwn(COLUMNS, language)) return language as Locale
  // A three-letter code from a host's language list: Intl maps CLDR's aliases ("swh" → "sw").
  try {
    const canonical = new Intl.Locale(tag).language
    return Object.hasOwn(COLUMNS, canonical) ? (canonical as Locale) : 'en'
  } catch {
    return 'en'
  }
})

/**
 * The language a host's own words for `locale` are in, as a BCP 47 tag for `Intl` and `lang`:
 * the kit's language for a tag it speaks (`sw-TZ` → `sw`, `en-US` → `en`), else the tag itself
 * (`fr-CD`, `ar`), so a host's French or Arabic catalogue is counted and numbered by French or
 * Arabic rules; English for what `Intl` cannot read.
 */
export function hostLanguage(locale: unknown): string {
  const known = resolveLocale(locale)
  return typeof locale !== 'string' || locale === known ? known : hostLanguageOf(locale)
}

// Read on every mount: made once per tag.
const hostLanguageOf = perTag((locale) => {
  const known = resolveLocale(locale)
  try {
    const tag = new Intl.Locale(bcp47Tag(locale))
    return tag.language === known ? known : tag.toString()
  } catch {
    return known
  }
})

const NOT_LABELS = /^(?:starter\.|names\.inSentence$)/

/**
 * The language a component's words are shown in, for its `lang`: the kit's (`en`, `sw`), or,
 * for a locale the kit does not bundle, the host's own (`fr`, `ar`) once the host gives
 * `messages` in it for some of the component's `labels` (the words it does not give stay
 * English, each marked so where it is shown: `ownLang`; give every key, typed as `Messages`, so
 * none does). A component none of whose words the host gives (a provider's `messages` for the
 * builder only) stays English, and says so.
 */
export function shownLanguage(locale: unknown, messages: Partial<Messages> | undefined, labels?: object): string {
  // A key given as undefined (a host's lookup that found nothing) words nothing: it is English.
  // Nor is the component's language that of a new draft's words (content, not labels) or of how
  // names are written in sentences.
  const own =
    messages !== undefined &&
    Object.entries(messages).some(
      ([key, words]) =>
        words !== undefined && !NOT_LABELS.test(key) && (labels === undefined || Object.hasOwn(labels, key)),
    )
  return own ? hostLanguage(locale) : resolveLocale(locale)
}

/**
 * Returns the translate function for `locale`; an unknown locale falls back to English so a
 * typo never blanks the UI. A message with plural forms picks one by `values.count` (the
 * language's plural rules), so "1 more row" and "3 more rows" both read right; the count is
 * written the language's way ("9,970"). `overrides` rewords any keys (a host's own terms, or a
 * whole catalogue in a language the kit does not bundle): each key given is worded by the rules
 * of `locale` itself (`fr`: 0 takes `one`, "9 970"; `ar`: all six plural forms), and each key
 * not given falls back, on its own, to the kit's wording (English for such a locale).
 */
export function getTranslator(locale: Locale | (string & {}) = 'en', overrides?: Partial<Messages>): Translate {
  return translatorFor(catalogue, locale, overrides)
}

/**
 * {@link getTranslator} over one part of the catalogue: each component translates from the
 * labels it shows, so a page bundles only its components' labels. `overrides` still rewords any
 * key the part shows.
 */
export function translatorFor<K extends MessageKey>(
  labels: { readonly [key in K]: Wording },
  locale: Locale | (string & {}) = 'en',
  overrides?: Partial<Messages>,
): Translate<K> {
  const known = resolveLocale(locale)
  const column = COLUMNS[known]
  const format = createMessageFormatter(known)
  const own = overrides === undefined ? format : createMessageFormatter(locale)
  const host = overrides === undefined ? known : hostLanguage(locale)
  const translate = (key: K, values?: Record<string, string | number>) => {
    const given = overrides?.[key]
    return given === undefined ? format(labels[key][column], values) : own(given, values)
  }
  return Object.assign(translate, { langOf: (key: K) => (overrides?.[key] === undefined ? known : host) })
}

/** A language's plural rules, its count format, and its digits for the other whole numbers. */
interface NumberWords {
  plurals: Intl.PluralRules
  numbers: Intl.NumberFormat
  digits: Intl.NumberFormat
  /** `digits` writes Latin digits (`en`, `sw`, `fr`…): ungrouped, a whole number reads as `String` writes it. */
  latin: boolean
}

/**
 * An `Intl` object is costly to make and to use the first time, and every builder and preview
 * mount words with a new formatter: they share one set per language (a page has a handful).
 */
const numberWordsOf = perTag((language): NumberWords => {
  const digits = new Intl.NumberFormat(language, { useGrouping: false })
  return {
    plurals: new Intl.PluralRules(language),
    numbers: new Intl.NumberFormat(language),
    digits,
    latin: digits.resolvedOptions().numberingSystem === 'latn',
  }
})

// A count given as text so that it is not grouped (a counter's "1024 / 1024").
const WHOLE_NUMBER = /^(?:0|[1-9]\d{0,14})$/

/** Words one catalogue message with its values; see {@link createMessageFormatter}. */
export type FormatMessage = (
  message: Message | PluralMessage,
  values?: Record<string, string | number> | undefined,
) => string

/**
 * Words messages the way the kit's translator does, for a host that adds its own keys beside
 * the kit's catalogue: a message with plural forms picks one by `values.count` (the language's
 * plural rules: `one`/`other`, and `zero`, `two`, `few`, `many` where the language has them,
 * else `other`), `{name}` placeholders are filled from `values`, and the count is written the
 * language's way ("9,970"; `fr` "9 970"); every other whole number (a limit, a position) and a
 * count given as text (a counter's "812") in the language's digits, ungrouped, so `ar-EG` writes
 * "٨١٢ / ١٠٢٤" as its counts, not "812 / ١٠٢٤". Any tag `Intl` reads words by its own language's
 * rules; one it cannot read words as English.
 *
 * @example
 * const format = createMessageFormatter('sw')
 * format({ one: 'Rasimu {count}', other: 'Rasimu {count}' }, { count: 2 }) // 'Rasimu 2'
 */
export function createMessageFormatter(locale: Locale | (string & {}) = 'en'): FormatMessage {
  const { plurals, numbers, digits, latin } = numberWordsOf(hostLanguage(locale))
  // `+ 0` reads -0 as 0, as `String` does (Intl writes "-0"). A counter words its numbers on
  // every keystroke, and `Intl` is slow to call: Latin digits need no call.
  const whole = (value: number) =>
    Number.isSafeInteger(value) && value >= 0 && !latin ? digits.format(value + 0) : String(value)
  return (message, values) => {
    // A count given as text (a counter's, kept ungrouped) is counted all the same.
    const given = values?.count
    const count = typeof given === 'string' && WHOLE_NUMBER.test(given) ? Number(given) : given
    const text =
      typeof message === 'string'
        ? message
        : typeof count === 'number'
          ? (message[plurals.select(count)] ?? message.other)
          : message.other
    if (!values) return text
    return text.replace(/\{(\w+)\}/g, (match, name: string) => {
      if (!Object.hasOwn(values, name)) return match
      const value = values[name]
      if (typeof value === 'number') return name === 'count' ? numbers.format(value) : whole(value)
      return name === 'count' && typeof value === 'string' && WHOLE_NUMBER.test(value)
        ? whole(Number(value))
        : String(value)
    })
  }
}

/**
 * Core's wording (issue sentences, field names, send and poll failures) for `locale`, to pass
 * to `formatIssue`, `describeField` and `describeSendFailure`; English for an unknown locale.
 * `overrides` rewords some of core's sentences (core's `withCoreMessages`), as the components'
 * `coreMessages` prop does.
 */
export function getCoreMessages(
  locale: Locale | (string & {}) = 'en',
  overrides?: CoreMessageOverrides | undefined,
): CoreMessages {
  const base = cores[resolveLocale(locale)]
  return overrides === undefined ? base : withCoreMessages(base, overrides)
}

/**
 * Core's wording of issues, fields, types and sizes for `locale` (core's `coreIssueMessagesEn`,
 * `coreIssueMessagesSw`): {@link getCoreMessages} without what a failed call means, for the builder,
 * which words no send, so a page with the builder alone bundles no failure sentence.
 */
export function getCoreIssueMessages(locale: Locale | (string & {}) = 'en'): CoreIssueMessages {
  return issueCores[resolveLocale(locale)]
}
