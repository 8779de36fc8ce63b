import { type DraftLabelKey, describeField, type FixIt, HEADER_KINDS } from '@briq-interactive/core'
import { type BuilderKey, type BuilderTranslate, getCoreMessages, type Locale } from '../i18n/messages.ts'

/** A label of core's draft model, numbered for its item ("Row {n} title" → "Row 2 title"). */
export const labelOf = (t: BuilderTranslate, key: DraftLabelKey, n: number | undefined): string =>
  n === undefined ? t(key) : t(key, { n })

const headerKinds: readonly string[] = HEADER_KINDS

/** A fix-it's button label, its params worded (a header kind in the UI's language). */
export function fixLabel(fix: FixIt, t: BuilderTranslate, locale: Locale): string {
  const params: Record<string, string | number> = { ...fix.params }
  const kind = params.kind
  if (typeof kind === 'string' && headerKinds.includes(kind)) {
    params.kind = t(`option.header.${kind as 'text'}`).toLocaleLowerCase(locale)
  }
  return t(fix.labelKey, params)
}

// A capitalised first word ("Maandishi"), not a name with capitals inside (WhatsApp) or an acronym (URL).
const CAPITALISED = /^\p{Lu}\p{Ll}*(?!\p{L})/u

/**
 * `key` worded with a field's `label` as its `{field}`. Where the wording puts the label
 * mid-sentence (sw "Mtindo wa {field}"), its capitalised first word takes a small letter
 * ("Mtindo wa maandishi ya ujumbe"), as core's Swahili sentences word a field inside a sentence;
 * where it starts the wording (en "{field} formatting") it stays as it is.
 */
export function withFieldLabel(t: BuilderTranslate, key: BuilderKey, label: string, locale: Locale): string {
  const worded = t(key, { field: label })
  if (worded.startsWith(label) || !CAPITALISED.test(label)) return worded
  return t(key, { field: label.charAt(0).toLocaleLowerCase(locale) + label.slice(1) })
}

/** A field's or item's name as core's issues name it ("Section 2 row 1 title"), in the builder's language. */
export function fieldName(path: readonly (string | number)[], locale: Locale): string {
  return describeField([...path], getCoreMessages(locale))
}

/** What replaced the JSON tab's text the form could not use, said the same on the form and the JSON tab. */
export const jsonReplacedText = (t: BuilderTranslate, by: 'form' | 'draft'): string =>
  t(by === 'form' ? 'builder.json.replacedByForm' : 'builder.json.replacedByDraft')
