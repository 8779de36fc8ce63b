import {
  type CoreIssueMessages,
  type DraftLabelKey,
  describeField,
  type FixIt,
  HEADER_KINDS,
} from '@briq-interactive/core'
import { intlLocaleOf } from '../i18n/intl-locale.ts'
import type { BuilderKey, BuilderTranslate, Worded } from '../i18n/messages.ts'
import { endedWords } from '../i18n/punctuation.ts'
import { wordedAroundRuns } from '../i18n/worded-around.tsx'

/** A label of core's draft model, numbered for its item ("Row {n} title" → "Row 2 title"). */
export const labelOf = (t: BuilderTranslate, key: DraftLabelKey, n: number | undefined): string =>
  n === undefined ? t(key) : t(key, { n })

const headerKinds: readonly string[] = HEADER_KINDS

/** A fix-it's button label, its params worded (a header kind in the UI's language, as a name inside it). */
export function fixLabel(fix: FixIt, t: BuilderTranslate): string {
  const params: Record<string, string | number> = { ...fix.params }
  const kind = params.kind
  if (typeof kind === 'string' && headerKinds.includes(kind)) {
    params.kind = inSentence(t, fix.labelKey, t(`option.header.${kind as 'text'}`))
  }
  return t(fix.labelKey, params)
}

// A capitalised first word ("Maandishi"), not a name with capitals inside (WhatsApp) or an acronym (URL).
const CAPITALISED = /^\p{Lu}\p{Ll}*(?!\p{L})/u
// Languages that write every noun with a capital (German, Luxembourgish): a name keeps its own.
const NOUNS_CAPITALISED = /^(?:de|lb)(?:-|$)/i
const RULE = 'names.inSentence'

/**
 * `name` as it stands inside the wording of `key`: its capitalised first word with a small letter,
 * by the case rules of the language `key` is worded in (`t.langOf`: a host's Turkish writes "Işık"
 * as "ışık" and "İleti" as "ileti"), unless that language's catalogue says `'names.inSentence':
 * 'as written'` (or, saying nothing, capitalises its nouns: German, Luxembourgish).
 */
function inSentence(t: BuilderTranslate, key: BuilderKey, name: string): string {
  const lang = t.langOf(key)
  // Only the sentence's own catalogue says how it writes a name: a host's, or the kit's own.
  const rule = t.langOf(RULE) === lang ? t(RULE) : undefined
  const keep = rule === 'as written' || (rule !== 'lowercase' && NOUNS_CAPITALISED.test(lang))
  return keep || !CAPITALISED.test(name) ? name : name.charAt(0).toLocaleLowerCase(lang) + name.slice(1)
}

/**
 * `key` worded with the labels in `names` (a field's, an item's, a group's or a type's:
 * `{field}`, `{item}`, `{group}`, `{type}`) and any other `values`. Where the wording puts a
 * label inside a sentence (a host's sw "Mtindo wa {field}", "Umeongeza {item}"; en "Moved to {group}"),
 * its capitalised first word takes a small letter ("Mtindo wa maandishi ya ujumbe", "Umeongeza
 * kitufe 2"), as core's sentences name a field, an item or a type inside a sentence ("ni sawa na
 * cha kitufe 1", "ujumbe wa orodha"), by the rules of the language the wording is in (see
 * `inSentence`); where it starts the wording (en "{item} added") or follows a colon, as a
 * heading's words do ("Tayari katika nafasi ya kwanza: Kitufe 1"), it stays as it is.
 */
export function withNames(
  t: BuilderTranslate,
  key: BuilderKey,
  names: Readonly<Record<string, string>>,
  values: Readonly<Record<string, string | number>> = {},
): string {
  // The wording with its placeholders (a plural one in its `other` form: they stand alike in both).
  const wording = t(key)
  const worded: Record<string, string | number> = { ...values }
  for (const [name, label] of Object.entries(names)) {
    const at = wording.indexOf(`{${name}}`)
    const starts = at <= 0 || /[:：]\s*$/u.test(wording.slice(0, at))
    worded[name] = starts ? label : inSentence(t, key, label)
  }
  return t(key, worded)
}

/**
 * A field's or item's name as core's issues name it ("Section 2 row 1 title"), in the builder's
 * language: `core` is the builder's core wording, so a host's own `field` names it.
 */
export function fieldName(path: readonly (string | number)[], core: CoreIssueMessages): string {
  return describeField([...path], core)
}

/** What replaced the JSON tab's text the form could not use, said the same on the form and the JSON tab. */
export const jsonReplacedText = (t: BuilderTranslate, by: 'form' | 'draft'): string => t(jsonReplacedKey(by))

/** The key that words {@link jsonReplacedText}. */
export const jsonReplacedKey = (by: 'form' | 'draft') =>
  by === 'form' ? ('builder.json.replacedByForm' as const) : ('builder.json.replacedByDraft' as const)

// One list format per language, made when a note first names what was left out; English as
// core's sentences list ("a, b or c"), with no comma before the last.
const fieldLists = new Map<string, Intl.ListFormat>()

/** Quoted API names as the language lists them: `"to" and "sender"`, `"to" na "sender"`, `"to" et "sender"`. */
function listedFields(keys: readonly string[], lang: string): string {
  let list = fieldLists.get(lang)
  if (list === undefined) {
    list = new Intl.ListFormat(intlLocaleOf(lang), { type: 'conjunction' })
    fieldLists.set(lang, list)
  }
  return list.format(keys.map((key) => `"${key}"`))
}

/** {@link withNames}, with the language `key` is worded in, for its `lang`. */
export const wordedWithNames = (
  t: BuilderTranslate,
  key: BuilderKey,
  names: Readonly<Record<string, string>>,
  values?: Readonly<Record<string, string | number>>,
): Worded => ({ text: withNames(t, key, names, values), lang: t.langOf(key) })

/**
 * `said` (what was opened, pasted or fixed) and then, as a second sentence, the members of a whole
 * message the draft left out (`handOnMessage`), quoted as the API names them and listed as the
 * language of that wording lists: one wording for the JSON tab's note and the fix-it's
 * announcement, in the language of the key that words the whole.
 */
export function withLeftOut(t: BuilderTranslate, said: Worded, leftOut: readonly string[] | undefined): Worded {
  if (leftOut === undefined || leftOut.length === 0) return said
  const fields = listedFields(leftOut, t.langOf('builder.json.openedLeftOut'))
  // What was said keeps its language and ends with its stop inside the wording around it.
  return wordedAroundRuns(t, 'builder.json.openedLeftOut', { fields }, 'opened', endedWords(t, said))
}
