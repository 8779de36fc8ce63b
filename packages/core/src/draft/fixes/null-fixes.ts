import { isOptionalField } from '../../schemas/fixed-value.ts'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { type DraftPath, getAt, isRecord, removeAt } from '../draft-path.ts'
import type { FixContext, FixIt } from './fix-it.ts'
import { hasIssueOf, issuesAt, pathId } from './fix-it.ts'

// Whether `value` says nothing but its kind: every key but `type` is null.
const onlyNulls = (value: unknown) =>
  isRecord(value) && Object.entries(value).every(([key, item]) => key === 'type' || item === null)

function requiredOnceRemoved(context: FixContext, path: DraftPath): boolean {
  const result = validateInteractive(removeAt(context.draft, path), context.options)
  return !result.ok && issuesAt(result.issues, path, ['required']).length > 0
}

/**
 * An optional field sent as `null` (code that writes an unset field as null: a footer
 * `{ text: null }`, a row's `description: null`): leave it out. WhatsApp takes text or nothing
 * there (Graph API error 131009 "Text cannot be null for header type text",
 * Secreto31126/whatsapp-api-js#54); null holds nothing, so leaving it out loses nothing. A
 * required field that is null takes its optional container with it when that holds nothing else
 * (the footer of `{ text: null }`, a text header with a null text).
 */
export function nullFixes(context: FixContext): FixIt[] {
  if (!hasIssueOf(context.issues, ['invalid_type'])) return []
  const fixes = new Map<string, FixIt>()
  for (const issue of context.issues) {
    if (issue.code !== 'invalid_type' || getAt(context.draft, issue.path) !== null) continue
    let path: DraftPath | undefined
    if (isOptionalField(context.draft, issue.path, context.options)) path = issue.path
    else {
      const parent = issue.path.slice(0, -1)
      if (isOptionalField(context.draft, parent, context.options) && onlyNulls(getAt(context.draft, parent)))
        path = parent
    }
    if (path === undefined) continue
    const removed = path
    // Optional by its schema, required by a rule across fields: a second section's title (Messages
    // API reference, section object), a URL card's parameters (a quick-reply card has none).
    // Leaving it out there only trades "null" for "required".
    if (requiredOnceRemoved(context, removed)) continue
    const id = `remove-null:${pathId(removed)}`
    const known = fixes.get(id)
    fixes.set(id, {
      id,
      labelKey: 'fix.removeEmpty',
      params: {},
      paths: [...(known?.paths ?? []), issue.path],
      issues: [...(known?.issues ?? []), issue],
      apply: (draft) => removeAt(draft, removed),
    })
  }
  return [...fixes.values()]
}
