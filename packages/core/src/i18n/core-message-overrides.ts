import { nearestName } from '../nearest-name.ts'
import { quoted } from '../quoted.ts'
import { REQUEST_FAILURE_REASONS, SEND_FAILURE_REASONS } from '../sending/failure-reasons.ts'
import type { CoreIssueMessages, CoreMessages } from './core-messages.ts'

/**
 * A host's own wording for some of core's sentences, laid over a catalogue with
 * {@link withCoreMessages}: the same keys and the same functions as `CoreMessages`, each one
 * optional, so a misspelt key fails to compile (and, from plain JavaScript, throws). What it
 * leaves out stays the catalogue's, key by key (English under a locale core does not bundle). A
 * whole catalogue in a language core does not bundle (French, Arabic) is a `CoreMessages`
 * object: typed so, the compiler names each key it misses, and it is taken here as it is.
 *
 * An issue's sentence is looked up as core's catalogues look it up: by the issue's `reason`,
 * else by its `code` (`IssueMessageKey`). Each function gets what the catalogue's own gets (the
 * structured issue, the send failure), so it can state the issue's `limit` and `actual`.
 *
 * @example
 * const ours: CoreMessageOverrides = {
 *   issues: { too_long: (issue) => `Keep it under ${issue.limit} characters (now ${issue.actual}).` },
 *   sendFailure: { window_closed: () => 'The customer has not written in 24 hours: send a template.' },
 * }
 */
export interface CoreMessageOverrides {
  /** BCP 47 tag of the overrides' language (`"fr"`), when they are a language of their own. */
  readonly locale?: string | undefined
  /**
   * Names a field (`describeField`: the builder's summary, its undo steps, Briq's refusals).
   * Core's own sentences name fields in their own words: a host rewording them words its fields too.
   */
  readonly field?: CoreMessages['field'] | undefined
  /** Names an interactive message type ("liste", "boutons de réponse"). */
  readonly type?: CoreMessages['type'] | undefined
  /** A size in bytes ("256 Ko"), for every sentence of core's that states one and the builder's hints. */
  readonly size?: CoreMessages['size'] | undefined
  /** Sentences by issue `reason` or `code`: the validators', `normalizePhone`'s and the JSON text's. */
  readonly issues?: Partial<CoreMessages['issues']> | undefined
  /** What a failed send means, by `sendFailureReason`'s reason. */
  readonly sendFailure?: Partial<CoreMessages['sendFailure']> | undefined
  /** Why another call failed (a status poll, a list), by `requestFailureReason`'s reason. */
  readonly requestFailure?: Partial<CoreMessages['requestFailure']> | undefined
  /** The note that sends are held after a `Retry-After` (Briq's, or a gateway's 429): how long more, and who asked. */
  readonly sendHold?: CoreMessages['sendHold'] | undefined
}

const TABLES = ['issues', 'sendFailure', 'requestFailure'] as const
const FUNCTIONS = ['field', 'type', 'size', 'sendHold'] as const
const GROUPS = ['locale', ...TABLES, ...FUNCTIONS] as const

/**
 * `base` with `overrides`' sentences in place of its own; every other sentence stays `base`'s
 * (its language). Pass the result to `formatIssue`, `describeSendFailure`, … as any catalogue.
 * Throws a `TypeError` for a key `base` has no sentence for (a typo such as `too_longg`, naming
 * the key meant when one is close) or a sentence that is not a function: a wording that never
 * shows would go unnoticed. A base of issues only (`coreIssueMessagesEn`) checks the failure
 * sentences given against every reason, and leaves them out of what it returns.
 *
 * @example
 * formatIssue(issue, withCoreMessages(coreMessagesSw, { issues: { too_long: (i) => `Fupisha hadi ${i.limit}` } }))
 */
export function withCoreMessages<M extends CoreIssueMessages>(
  base: M,
  overrides: CoreMessageOverrides | null | undefined,
): M
export function withCoreMessages(
  base: CoreIssueMessages | CoreMessages,
  overrides: CoreMessageOverrides | null | undefined,
): CoreIssueMessages | CoreMessages {
  if (overrides == null) return base
  const problem = coreMessageOverridesProblem(overrides, base)
  if (problem) throw new TypeError(problem)
  const { issues, sendFailure, requestFailure } = overrides
  const issued: CoreIssueMessages = {
    locale: overrides.locale ?? base.locale,
    field: overrides.field ?? base.field,
    type: overrides.type ?? base.type,
    size: overrides.size ?? base.size,
    issues: issues ? { ...base.issues, ...defined(issues) } : base.issues,
  }
  if (!hasFailures(base)) return issued
  return {
    ...issued,
    sendFailure: sendFailure ? { ...base.sendFailure, ...defined(sendFailure) } : base.sendFailure,
    requestFailure: requestFailure ? { ...base.requestFailure, ...defined(requestFailure) } : base.requestFailure,
    sendHold: overrides.sendHold ?? base.sendHold,
  }
}

const hasFailures = (base: CoreIssueMessages | CoreMessages): base is CoreMessages => 'sendFailure' in base

// An `undefined` entry (a spread of optional wordings) keeps the catalogue's sentence.
function defined<T extends object>(table: T): Partial<T> {
  return Object.fromEntries(Object.entries(table).filter(([, sentence]) => sentence !== undefined)) as Partial<T>
}

const EXAMPLE = '{ issues: { too_long: (issue) => `…` } }'

/** What is wrong with `overrides` for `base`, as a sentence; `null` when every key is one of `base`'s. */
function coreMessageOverridesProblem(overrides: unknown, base: CoreIssueMessages | CoreMessages): string | null {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    return `coreMessages must be an object like ${EXAMPLE}`
  }
  for (const [group, value] of Object.entries(overrides)) {
    if (value === undefined) continue
    if (!(GROUPS as readonly string[]).includes(group)) {
      return `Unknown group ${quoted(group)} in coreMessages${meaning(group, GROUPS)}; use ${GROUPS.join(', ')}`
    }
    if (group === 'locale') {
      if (typeof value !== 'string') return 'coreMessages.locale must be a BCP 47 tag such as "fr"'
      continue
    }
    if ((FUNCTIONS as readonly string[]).includes(group)) {
      if (typeof value !== 'function') return `coreMessages.${group} must be a function, as CoreMessages['${group}'] is`
      continue
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return `coreMessages.${group} must be an object like ${EXAMPLE}`
    }
    const keys = tableKeys(base, group as (typeof TABLES)[number])
    for (const [key, sentence] of Object.entries(value)) {
      // A hundred keys: name the one meant; the type lists them all.
      if (!keys.includes(key)) {
        return `Unknown key ${quoted(key)} in coreMessages.${group}${meaning(key, keys)}; its keys are those of CoreMessages['${group}']`
      }
      if (sentence !== undefined && typeof sentence !== 'function') {
        return `coreMessages.${group}.${key} must be a function that returns the sentence`
      }
    }
  }
  return null
}

// A table's keys: the base's own, else (a base of issues only) every reason core words.
function tableKeys(base: CoreIssueMessages | CoreMessages, group: (typeof TABLES)[number]): readonly string[] {
  if (group === 'issues') return Object.keys(base.issues)
  if (hasFailures(base)) return Object.keys(base[group])
  return group === 'sendFailure' ? SEND_FAILURE_REASONS : REQUEST_FAILURE_REASONS
}

function meaning(name: string, names: readonly string[]): string {
  const meant = nearestName(name, names)
  return meant === undefined ? '' : ` (did you mean ${meant}?)`
}
