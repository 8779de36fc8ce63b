import type { DraftLabelKey, FixIt, Issue } from '@briq-interactive/core'
import type { Locale, Translate } from '../i18n/messages.ts'

/** A label of core's draft model, numbered for its item ("Row {n} title" → "Row 2 title"). */
export const labelOf = (t: Translate, key: DraftLabelKey, n: number | undefined): string =>
  n === undefined ? t(key) : t(key, { n })

const HEADER_KINDS = new Set(['text', 'image', 'video', 'document'])

/** A fix-it's button label, its params worded (a header kind in the UI's language). */
export function fixLabel(fix: FixIt, t: Translate, locale: Locale): string {
  const params: Record<string, string | number> = { ...fix.params }
  const kind = params.kind
  if (typeof kind === 'string' && HEADER_KINDS.has(kind)) {
    params.kind = t(`option.header.${kind as 'text'}`).toLocaleLowerCase(locale)
  }
  return t(fix.labelKey, params)
}

/** An issue's sentence in the builder's language. */
export function issueText(issue: Issue, _locale: Locale): string {
  return issue.message
}
