import { bcp47Tag, resolveLocale } from './messages.ts'
import { perTag } from './per-tag.ts'

/** A clock: 12 hours with AM and PM (`h12`), or 24 hours (`h23`). */
export type HourCycle = 'h12' | 'h23'

/** How a language tag reads a time: its clock, and the locale that words it. */
export interface Clock {
  hourCycle: HourCycle
  /** The locale AM and PM are worded in: the tag in a language the kit speaks or the host words, else English. */
  locale: string
}

/**
 * The clock of a language tag, as a phone set to that language and region shows the time: the
 * tag's own `-u-hc-` choice (`sw-TZ-u-hc-h12`, `en-US-u-hc-h23`), else its region's custom, as
 * `Intl.DateTimeFormat` resolves it (CLDR: `en-US` 12 hours; `en-GB`, `en-KE`, `sw-TZ` 24). English
 * without a region is read as the kit reads it everywhere (dates day first, as East Africa writes
 * them: `en-GB`); no tag, or one `Intl` cannot read, is 24 hours. `lang` is the language the
 * words around the time are shown in (`shownLanguage`): when it is a host's own (`ar`), AM and
 * PM are worded in the tag too, else in English for a language the kit does not speak.
 */
export function clockOf(tag: string | undefined, lang?: string): Clock {
  if (typeof tag !== 'string') return H23
  const hostWords = lang !== undefined && lang !== resolveLocale(lang)
  return hostWords ? hostClockOf(tag) : kitClockOf(tag)
}

const kitClockOf = perTag((tag) => read(tag, false))
const hostClockOf = perTag((tag) => read(tag, true))

const H23: Clock = { hourCycle: 'h23', locale: 'en-GB' }

function read(tag: string, hostWords: boolean): Clock {
  try {
    let locale = new Intl.Locale(bcp47Tag(tag))
    if (locale.language === 'en' && locale.region === undefined) locale = new Intl.Locale(locale, { region: 'GB' })
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle
    return {
      hourCycle: cycle === 'h11' || cycle === 'h12' ? 'h12' : 'h23',
      locale: hostWords || resolveLocale(locale.language) === locale.language ? locale.toString() : 'en-GB',
    }
  } catch {
    return H23
  }
}
