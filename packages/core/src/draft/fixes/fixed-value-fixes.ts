import type { Issue } from '../../issue.ts'
import { type FixedValue, fixedValueAt } from '../../schemas/fixed-value.ts'
import { setAt } from '../draft-path.ts'
import type { FixContext, FixIt } from './fix-it.ts'

const CODES = ['required', 'invalid_value', 'invalid_type']

/**
 * Fields WhatsApp takes one value in, missing or holding another: set that value. The form has
 * no control for these (an action's `name`, a reply button's `type`, `flow_message_version`),
 * so a message pasted or opened without them (client libraries add them for their users; Meta's
 * older Sending a Flow guide did not mark `flow_message_version` required, and some libraries
 * send it as the number 3) could otherwise only be repaired by hand in the JSON. One fix-it
 * per field name and value (every reply button missing its `type` at once); the label shows
 * the value set.
 */
export function fixedValueFixes(context: FixContext): FixIt[] {
  const groups = new Map<string, { key: string; value: FixedValue; issues: Issue[] }>()
  for (const issue of context.issues) {
    if (!CODES.includes(issue.code) || issue.path.length === 0) continue
    const value = fixedValueAt(context.draft, issue.path, context.options)
    if (value === undefined) continue
    const key = String(issue.path.at(-1))
    const id = `fixed-value:${key}=${JSON.stringify(value)}`
    const group = groups.get(id) ?? { key, value, issues: [] }
    group.issues.push(issue)
    groups.set(id, group)
  }
  return [...groups].map(([id, { key, value, issues }]) => ({
    id,
    labelKey: 'fix.setFixedValue' as const,
    params: { key, value: JSON.stringify(value) },
    paths: issues.map((issue) => issue.path),
    issues,
    apply: (draft: unknown) => issues.reduce((next, issue) => setAt(next, issue.path, value), draft),
  }))
}
