import type { CoreMessageOverrides } from '@briq-interactive/core'
import { createContext, useContext, useEffect, useId, useMemo } from 'react'
import { type Locale, type Messages, resolveLocale, shownLanguage } from '../i18n/messages.ts'
import { reportUnknownMessageKeys } from '../i18n/unknown-message-keys.ts'
import { useStableMessages } from '../i18n/use-stable-messages.ts'

/** The language `BriqProvider` gives every kit component below it; each field may be left out. */
export interface KitLanguage {
  /** The components' language, unless a component is given its own `locale`. */
  readonly locale?: Locale | (string & {}) | undefined
  /** Wording over the catalogue's; a component's own `messages` win key by key. */
  readonly messages?: Partial<Messages> | undefined
  /** Core's sentences reworded (`withCoreMessages`); a component's own `coreMessages` win key by key. */
  readonly coreMessages?: CoreMessageOverrides | undefined
}

const NO_LANGUAGE: KitLanguage = {}

/** Set by `BriqProvider`; nothing outside one (every component then speaks English). */
export const LanguageContext = createContext<KitLanguage>(NO_LANGUAGE)
if (process.env.NODE_ENV !== 'production') LanguageContext.displayName = 'BriqLanguageContext'

/** The nearest `BriqProvider`'s language settings, or none. */
export function useInheritedLanguage(): KitLanguage {
  return useContext(LanguageContext)
}

// In development, the wording each kit component gives the parts it shows (its preview, its send
// dialog) as theirs, and which component it is: it is checked in that component's name only.
const handedDown = new WeakMap<object, string>()

/**
 * A component's language: its own `locale`, else the provider's, else English (a regional tag
 * such as `sw-TZ` speaks its language, see `resolveLocale`), and that tag as given (`localeTag`:
 * its region and `-u-hc-` extension set the preview's clock, see `clockOf`); the provider's
 * `messages` with the component's own over them, key by key; and the language its words are
 * shown in (`lang`: the host's own, `fr`, `ar`, for a catalogue in a language the kit does not
 * bundle that words some of the component's `labels`, see `shownLanguage`). The overrides keep
 * their identity while their content does not change (an inline `messages={{ … }}` rebuilds
 * nothing).
 */
export function useKitLanguage(
  owner: string,
  locale: Locale | (string & {}) | undefined,
  messages: Partial<Messages> | undefined,
  labels?: object,
): { locale: Locale; messages: Partial<Messages> | undefined; localeTag: string | undefined; lang: string } {
  const inherited = useContext(LanguageContext)
  const own = useStableMessages(messages)
  const self = useId()
  useEffect(() => {
    if (own !== undefined && (handedDown.get(own) ?? self) === self) reportUnknownMessageKeys(owner, own)
  }, [owner, own, self])
  const merged = useMemo(
    () =>
      own === undefined
        ? inherited.messages
        : inherited.messages === undefined
          ? own
          : { ...inherited.messages, ...own },
    [inherited.messages, own],
  )
  // Parents render before their parts: the wording is theirs before a part checks it.
  if (process.env.NODE_ENV !== 'production' && merged !== undefined && !handedDown.has(merged)) {
    handedDown.set(merged, self)
  }
  const localeTag = locale ?? inherited.locale
  const lang = useMemo(() => shownLanguage(localeTag, merged, labels), [localeTag, merged, labels])
  return { locale: resolveLocale(localeTag), messages: merged, localeTag, lang }
}
