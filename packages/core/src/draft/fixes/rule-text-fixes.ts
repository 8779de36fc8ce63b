import { LIMITS } from '../../limits.ts'
import { keepLineBreaks, pictographsIn, withoutPictographs } from '../../text-length.ts'
import { getAt, isRecord, removeAt, setAt } from '../draft-path.ts'
import { type FixContext, type FixIt, issuesAt, pathId } from './fix-it.ts'

/**
 * A country code typed in lower case ("in"): WhatsApp takes ISO 3166 alpha-2 codes in capitals
 * (Meta's Address messages guide: "IN"), so offer the same letters in capitals.
 */
export function countryCaseFixes(context: FixContext): FixIt[] {
  const fixes: FixIt[] = []
  for (const { path, value } of context.fields) {
    if (typeof value !== 'string') continue
    const issues = issuesAt(context.issues, path).filter((issue) => issue.reason === 'country_code')
    const code = value.trim().toUpperCase()
    if (issues.length === 0 || !/^[A-Z]{2}$/.test(code)) continue
    fixes.push({
      id: `country-case:${pathId(path)}`,
      labelKey: 'fix.countryCapitals',
      params: { code },
      paths: [path],
      issues,
      apply: (draft) => setAt(draft, path, code),
    })
  }
  return fixes
}

/**
 * Emoji where WhatsApp rejects them (a flow's CTA: `LIMITS.flow.cta`, Meta's Sending a Flow
 * guide): offer the text without them, the emoji named in the label. Not offered when nothing
 * would be left.
 */
export function removeEmojiFixes(context: FixContext): FixIt[] {
  const fixes: FixIt[] = []
  for (const { path, value } of context.fields) {
    if (typeof value !== 'string') continue
    const issues = issuesAt(context.issues, path).filter((issue) => issue.reason === 'no_emoji')
    const without = withoutPictographs(value)
    if (issues.length === 0 || without === '') continue
    fixes.push({
      id: `remove-emoji:${pathId(path)}`,
      labelKey: 'fix.removeEmoji',
      params: { emoji: pictographsIn(value) },
      paths: [path],
      issues,
      apply: (draft) => setAt(draft, path, without),
    })
  }
  return fixes
}

/**
 * A carousel card body with more line breaks than WhatsApp allows in a card
 * (`LIMITS.carousel.cardBodyLineBreaks`, Meta's media carousel guide): join the lines past the
 * last allowed break to it with spaces, so no word is lost.
 */
export function joinCardLineFixes(context: FixContext): FixIt[] {
  const fixes: FixIt[] = []
  const limit = LIMITS.carousel.cardBodyLineBreaks.max
  for (const { path, value } of context.fields) {
    if (typeof value !== 'string') continue
    const issues = issuesAt(context.issues, path).filter((issue) => issue.reason === 'card_line_breaks')
    if (issues.length === 0) continue
    fixes.push({
      id: `join-lines:${pathId(path)}`,
      labelKey: 'fix.joinLines',
      params: { limit },
      paths: [path],
      issues,
      apply: (draft) => setAt(draft, path, keepLineBreaks(value, limit)),
    })
  }
  return fixes
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
