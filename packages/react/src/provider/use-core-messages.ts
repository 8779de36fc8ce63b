import {
  type CoreIssueMessages,
  type CoreMessageOverrides,
  type CoreMessages,
  formatIssue,
  type Issue,
  withCoreMessages,
} from '@briq-interactive/core'
import { useContext, useMemo, useRef } from 'react'
import { hostLanguage, type Locale } from '../i18n/messages.ts'
import { isRecord } from '../state/is-record.ts'
import { LanguageContext } from './language-context.ts'

type Sentence = (argument: never) => string

/**
 * `overrides` with the same keys, whose functions call the latest render's: a host writing
 * `coreMessages={{ issues: { too_long: (issue) => … } }}` inline makes new functions on every
 * render, and the sentences (and every part that reads them) are rebuilt only when a key is
 * added or removed. Anything that is no function is kept as given, for `withCoreMessages` to refuse.
 */
export function useStableCoreOverrides(overrides: CoreMessageOverrides | undefined): CoreMessageOverrides | undefined {
  const latest = useRef(overrides)
  // Written during render, so the sentences of this very render are the ones shown.
  latest.current = overrides
  const shape = JSON.stringify(overrides ?? null, (_key, value) => (typeof value === 'function' ? 'fn' : value))
  // biome-ignore lint/correctness/useExhaustiveDependencies: the overrides' shape is the dependency; their functions are read through `latest`.
  return useMemo(() => (overrides == null ? undefined : callThrough(overrides, latest)), [shape])
}

function callThrough(overrides: CoreMessageOverrides, latest: { current: CoreMessageOverrides | undefined }) {
  if (typeof overrides !== 'object') return overrides
  const read = (group: string) => (latest.current as Record<string, unknown> | undefined)?.[group]
  const wrapped: Record<string, unknown> = {}
  for (const [group, value] of Object.entries(overrides)) {
    if (typeof value === 'function') {
      wrapped[group] = (argument: never) => (read(group) as Sentence)(argument)
    } else if (isRecord(value)) {
      const table: Record<string, unknown> = {}
      for (const [key, sentence] of Object.entries(value)) {
        table[key] =
          typeof sentence === 'function'
            ? (argument: never) => ((read(group) as Record<string, Sentence>)[key] as Sentence)(argument)
            : sentence
      }
      wrapped[group] = table
    } else {
      wrapped[group] = value
    }
  }
  return wrapped as CoreMessageOverrides
}

/**
 * Core's tables of sentences by key (the issues', a send's failures, another call's failures),
 * its names of fields and its note on a held send.
 */
export type CoreSentenceGroup = 'issues' | 'sendFailure' | 'requestFailure' | 'field' | 'sendHold'

/**
 * The language one of `core`'s sentences is in, for the `lang` around it: the host's (its
 * `coreMessages.locale`, else the tag given) where its `coreMessages` word that key, else the
 * kit's (`en`, `sw`). Decided per sentence: a host that words only some of them has the others
 * in English, and marked so.
 */
export type CoreLangOf = (group: CoreSentenceGroup, key: string | undefined) => string

// The key `issue`'s sentence is looked up by in `core`: its `reason` where `core` words it, else its `code`.
const issueKeyIn = (issue: Issue, core: CoreIssueMessages): string =>
  issue.reason !== undefined && Object.hasOwn(core.issues, issue.reason) ? issue.reason : issue.code

/**
 * `issue` in `core`'s sentence, with the language that sentence is in (`langOf`), for its `lang`.
 * An issue `core` has no sentence for is its own `message`, which core's validators write in English.
 */
export const issueWords = (
  issue: Issue,
  core: CoreIssueMessages,
  langOf: CoreLangOf,
): { text: string; lang: string } => {
  const key = issueKeyIn(issue, core)
  return { text: formatIssue(issue, core), lang: Object.hasOwn(core.issues, key) ? langOf('issues', key) : 'en' }
}

/**
 * The kit's own catalogue for a locale: the whole of core's (`getCoreMessages`), or the part a
 * component words (`getCoreIssueMessages`: the builder words no failed call).
 */
export type KitCoreMessages<M extends CoreIssueMessages> = (locale: Locale) => M

/** {@link CoreLangOf} for `core` laid over `kit`'s catalogue for `locale`, a host's sentences being in `host`. */
export function coreLangOf<M extends CoreIssueMessages>(
  core: M,
  kit: KitCoreMessages<M>,
  locale: Locale,
  host: string,
): CoreLangOf {
  const own = kit(locale)
  return (group, key) => {
    // Fields are named, and a held send noted, by one function each: the host's, or the kit's.
    if (group === 'field') return core.field === own.field ? locale : host
    if (group === 'sendHold') {
      const held = (sentences: CoreIssueMessages) => (sentences as Partial<CoreMessages>).sendHold
      return held(core) === held(own) ? locale : host
    }
    const table = (sentences: CoreIssueMessages): Record<string, unknown> | undefined =>
      (sentences as Partial<CoreMessages>)[group]
    const sentences = table(core)
    if (key === undefined || sentences === undefined || !Object.hasOwn(sentences, key)) return locale
    return sentences[key] === table(own)?.[key] ? locale : host
  }
}

/**
 * Core's sentences in `locale` (`kit`'s), the nearest `BriqProvider`'s `coreMessages` laid over
 * them and then the component's own (`owner` names it in the error for a key core has no sentence
 * for); with the component's own overrides, kept stable, for a part that passes them on, and the
 * language each sentence is in (`langOf`: the host's sentences in the nearest `coreMessages.locale`,
 * else in `localeTag`, the tag as given).
 */
export function useCoreMessagesFor<M extends CoreIssueMessages>(
  owner: string,
  kit: KitCoreMessages<M>,
  locale: Locale,
  overrides: CoreMessageOverrides | undefined,
  localeTag?: string,
): { core: M; overrides: CoreMessageOverrides | undefined; langOf: CoreLangOf } {
  const inherited = useContext(LanguageContext).coreMessages
  const own = useStableCoreOverrides(overrides)
  const core = useMemo(() => {
    const base = withCoreMessages(kit(locale), inherited)
    try {
      return withCoreMessages(base, own)
    } catch (error) {
      throw error instanceof TypeError ? new TypeError(`${owner}: ${error.message}`) : error
    }
  }, [owner, kit, locale, inherited, own])
  const langOf = useMemo(() => {
    const tag = [inherited, own].map((given) => given?.locale).findLast((given) => typeof given === 'string')
    return coreLangOf(core, kit, locale, tag ?? hostLanguage(localeTag ?? locale))
  }, [core, kit, locale, localeTag, inherited, own])
  return { core, overrides: own, langOf }
}
