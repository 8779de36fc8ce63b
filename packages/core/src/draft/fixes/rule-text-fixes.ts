import type { IssueReason } from '../../i18n/issue-reason.ts'
import { LIMITS } from '../../limits.ts'
import { isFlaggedControl, withoutControlCharacters } from '../../schemas/text.ts'
import { keepLineBreaks, withoutBrokenCharacters, withoutEmoji, withoutTextStyleEmoji } from '../../text-length.ts'
import type { DraftLabelKey } from '../draft-label-keys.ts'
import { getAt, isRecord, removeAt, setAt } from '../draft-path.ts'
import { type FixContext, type FixIt, issuesAt, pathId, resolvedIn } from './fix-it.ts'

// One fix-it per text field with an issue of `reason`: `repair` gives the new text and the
// label's params, or undefined where no repair keeps what the person wrote.
function textFixes(
  context: FixContext,
  reason: IssueReason,
  kind: { id: string; labelKey: DraftLabelKey },
  repair: (value: string) => { text: string; params: FixIt['params'] } | undefined,
): FixIt[] {
  // Most drafts have no issue of this kind: then no field needs looking at (each keystroke
  // asks for every draft's fix-its).
  if (!context.issues.some((issue) => issue.reason === reason)) return []
  const fixes: FixIt[] = []
  for (const { path, value } of context.fields) {
    if (typeof value !== 'string') continue
    const issues = issuesAt(context.issues, path).filter((issue) => issue.reason === reason)
    const repaired = issues.length === 0 ? undefined : repair(value)
    if (repaired === undefined) continue
    fixes.push({
      id: `${kind.id}:${pathId(path)}`,
      labelKey: kind.labelKey,
      params: repaired.params,
      paths: [path],
      issues,
      apply: (draft) => setAt(draft, path, repaired.text),
    })
  }
  return fixes
}

/**
 * A country code typed in lower case ("in"): WhatsApp takes ISO 3166 alpha-2 codes in capitals
 * (Meta's Address messages guide: "IN"), so offer the same letters in capitals. Capitals with
 * spaces at the ends (" IN") have the trim fix-it: "in capitals" would name a change not made.
 */
export function countryCaseFixes(context: FixContext): FixIt[] {
  return textFixes(context, 'country_code', { id: 'country-case', labelKey: 'fix.countryCapitals' }, (value) => {
    const code = value.trim().toUpperCase()
    return /^[A-Z]{2}$/.test(code) && code !== value.trim() ? { text: code, params: { code } } : undefined
  })
}

/**
 * Emoji where WhatsApp rejects them (a flow's CTA: `LIMITS.flow.cta`, Meta's Sending a Flow
 * guide): offer the text without them, shown in the label as it will read (a keycap keeps its
 * digit, so naming "1️⃣" as removed would not be true). Not offered when nothing would be left.
 */
export function removeEmojiFixes(context: FixContext): FixIt[] {
  const kind = { id: 'remove-emoji', labelKey: 'fix.removeEmoji' } as const
  const fix = (remove: (value: string) => string) => (value: string) => {
    const without = remove(value)
    return without === '' ? undefined : { text: without, params: { text: without } }
  }
  // A field has one of the two: the warning only where no emoji is refused.
  return [
    ...textFixes(context, 'no_emoji', kind, fix(withoutEmoji)),
    // A symbol many apps draw as an emoji ("❤" without U+FE0F): warned of, the same repair.
    ...textFixes(context, 'maybe_emoji', kind, fix(withoutTextStyleEmoji)),
  ]
}

/**
 * Half of an emoji (a lone surrogate) in any text: offer the text without it (whole emoji stay),
 * the label counting what goes. Not offered when nothing would be left.
 */
export function removeBrokenCharacterFixes(context: FixContext): FixIt[] {
  const kind = { id: 'remove-broken', labelKey: 'fix.removeBrokenCharacters' } as const
  return textFixes(context, 'broken_character', kind, (value) => {
    const text = withoutBrokenCharacters(value)
    // Each half is one UTF-16 unit.
    const count = value.length - text.length
    return text === '' || count === 0 ? undefined : { text, params: { count } }
  })
}

// The scopes a control character is read in, from the fewest removed: a field's own is the first
// whose repair leaves no control_character warning (a line break stays in a body).
const CONTROL_SCOPES = ['text', 'line', 'id'] as const

/**
 * A control character where it is warned of (`control_character`: NUL, an escape, a C1 control;
 * a line break or tab in a title or an id; a direction control in an id): offer the text without
 * them (a line break between words becomes a space), the label counting what goes: they draw
 * nothing, so the text left would read as the text before, and a body's 1024 characters would
 * make the label. Only what the field's warning counts goes: a body keeps its line breaks. Not
 * offered when nothing would be left.
 */
export function removeControlCharacterFixes(context: FixContext): FixIt[] {
  if (!context.issues.some((issue) => issue.reason === 'control_character')) return []
  const fixes: FixIt[] = []
  for (const { path, value } of context.fields) {
    if (typeof value !== 'string') continue
    const issues = issuesAt(context.issues, path).filter((issue) => issue.reason === 'control_character')
    if (issues.length === 0) continue
    for (const scope of CONTROL_SCOPES) {
      const text = withoutControlCharacters(value, scope)
      if (text === value) continue
      if (text === '') break
      const apply = (draft: unknown) => setAt(draft, path, text)
      if (resolvedIn(issues, apply(context.draft), context.options).length < issues.length) continue
      let count = 0
      for (let i = 0; i < value.length; i++) if (isFlaggedControl(value.charCodeAt(i), scope)) count++
      fixes.push({
        id: `remove-control:${pathId(path)}`,
        labelKey: 'fix.removeControlCharacters',
        params: { count },
        paths: [path],
        issues,
        apply,
      })
      break
    }
  }
  return fixes
}

/**
 * A carousel card body with more line breaks than WhatsApp allows in a card
 * (`LIMITS.carousel.cardBodyLineBreaks`, Meta's media carousel guide): join the lines past the
 * last allowed break to it with spaces, so no word is lost.
 */
export function joinCardLineFixes(context: FixContext): FixIt[] {
  const limit = LIMITS.carousel.cardBodyLineBreaks.max
  return textFixes(context, 'card_line_breaks', { id: 'join-lines', labelKey: 'fix.joinLines' }, (value) => ({
    text: keepLineBreaks(value, limit),
    params: { limit },
  }))
}

/**
 * An address message's `validation_errors` key that names no address field (Meta's Address
 * messages guide maps each key to a field): offer to remove that key, named in the label.
 */
export function removeAddressErrorKeys(context: FixContext): FixIt[] {
  return context.issues
    .filter((issue) => issue.reason === 'address_error_key')
    .flatMap((issue) => {
      const key = issue.params?.key
      const errors = getAt(context.draft, issue.path)
      // The sentence cuts a long key short; only a key the object holds as named is removed.
      if (typeof key !== 'string' || !isRecord(errors) || !Object.hasOwn(errors, key)) return []
      const path = [...issue.path, key]
      return [
        {
          id: `remove-error-key:${pathId(path)}`,
          labelKey: 'fix.removeUnknownField' as const,
          params: { key },
          paths: [issue.path],
          issues: [issue],
          apply: (draft: unknown) => removeAt(draft, path),
        },
      ]
    })
}
