import { getAt, isRecord, setAt } from '../draft-path.ts'
import type { FixContext, FixIt } from './fix-it.ts'
import { hasIssueOf, issuesAt, pathId } from './fix-it.ts'

const WHOLE = /^\s*-?\d+\s*$/

/**
 * A number written as text where WhatsApp takes a whole number (`ttl_minutes: "100"`, a
 * `card_index: "0"`), or a whole number where it takes text (a reply `id: 1`, an address
 * `in_pin_code: 400063`): write the same value as the type WhatsApp takes (Graph API: "Param …
 * must be a string"). The form shows both alike ("100"), so the error alone reads as nonsense.
 * Only where nothing changes but the type: a number past JavaScript's safe integers has already
 * lost digits in parsing, so it gets no fix-it; neither do fractions or other text.
 */
export function typeFixes(context: FixContext): FixIt[] {
  if (!hasIssueOf(context.issues, ['invalid_type'])) return []
  const out: FixIt[] = []
  for (const issue of context.issues) {
    if (issue.code !== 'invalid_type') continue
    const expected = issue.params?.expected
    const current = getAt(context.draft, issue.path)
    let value: string | number | undefined
    if (expected === 'string' && typeof current === 'number' && Number.isSafeInteger(current)) value = String(current)
    else if (expected === 'int' && typeof current === 'string' && WHOLE.test(current)) {
      const number = Number(current)
      if (Number.isSafeInteger(number)) value = number
    }
    if (value === undefined) continue
    const fixed = value
    out.push({
      id: `${typeof fixed === 'string' ? 'as-text' : 'as-number'}:${pathId(issue.path)}`,
      labelKey: typeof fixed === 'string' ? 'fix.writeAsText' : 'fix.writeAsNumber',
      params: { value: String(fixed) },
      paths: [issue.path],
      issues: [issue],
      apply: (draft) => setAt(draft, issue.path, fixed),
    })
  }
  return out
}

/**
 * A JSON field (a flow's screen data, an address's validation errors) holding its object as
 * JSON text: Meta's older Flow messages page typed `flow_action_payload.data` as "String" while
 * saying it "must be a non-empty object", and code that serialises it first sends
 * `"{\"name\":\"John\"}"`. Use the object the text spells; only when it is a JSON object.
 */
export function jsonTextFixes(context: FixContext): FixIt[] {
  if (!hasIssueOf(context.issues, ['invalid_type'])) return []
  const out: FixIt[] = []
  for (const { node, path, value } of context.fields) {
    if (node.kind !== 'json' || typeof value !== 'string') continue
    const issues = issuesAt(context.issues, path, ['invalid_type'])
    if (issues.length === 0) continue
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch {
      continue
    }
    if (!isRecord(parsed)) continue
    const object = parsed
    out.push({
      id: `json-text:${pathId(path)}`,
      labelKey: 'fix.parseJsonText',
      params: {},
      paths: [path],
      issues,
      apply: (draft) => setAt(draft, path, object),
    })
  }
  return out
}

/**
 * A choice written in another case or with hyphens (`"IMAGE"` as Meta's template components
 * spell header formats, `"NAVIGATE"`, `"data-exchange"`, a message `type` of `"BUTTON"`): write
 * it as the one value WhatsApp takes that it matches, when exactly one matches. A field with a single allowed value is the
 * fixed-value fix-it's.
 */
export function choiceCaseFixes(context: Pick<FixContext, 'draft' | 'issues'>): FixIt[] {
  const out: FixIt[] = []
  for (const issue of context.issues) {
    const allowed = issue.params?.allowed
    if (issue.reason !== 'one_of' || !Array.isArray(allowed) || allowed.length < 2) continue
    const current = getAt(context.draft, issue.path)
    if (typeof current !== 'string') continue
    const spelt = current.trim().toLowerCase().replaceAll('-', '_')
    const matches = allowed.filter((value) => value === spelt)
    const [value] = matches
    if (value === undefined || matches.length !== 1) continue
    out.push({
      id: `choice-case:${pathId(issue.path)}`,
      labelKey: 'fix.writeAllowedValue',
      params: { value },
      paths: [issue.path],
      issues: [issue],
      apply: (draft) => setAt(draft, issue.path, value),
    })
  }
  return out
}
