import type { Issue, IssueCode, IssuePath } from '../issue.ts'
import type { IssueDetail } from '../schemas/issue-detail.ts'
import { ruleOwner } from '../schemas/limit-check.ts'
import { describePath, describeType } from './describe-path.ts'

/** The parts of a zod issue we read (zod/mini's `$ZodIssue`, loosely). */
interface ZodIssueLike {
  code: string
  path: PropertyKey[]
  expected?: string
  keys?: string[]
  values?: unknown[]
  options?: unknown[]
  discriminator?: string
  params?: { briq?: IssueDetail }
}

// `gif` is in Meta's old reference but no guide uses it (§8: reject): worded like a kind the type does not allow.
const HEADER_KINDS = new Set(['text', 'image', 'video', 'document', 'gif'])

const either = (values: readonly unknown[]): string =>
  values.length < 2 ? values.map(String).join('') : `${values.slice(0, -1).join(', ')} or ${String(values.at(-1))}`

function valueAt(root: unknown, path: IssuePath): unknown {
  let current = root
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list (array)',
  record: 'an object',
}

const list = (values: readonly unknown[]): string => values.map((v) => `"${String(v)}"`).join(', ')

function worded(detail: IssueDetail, label: string): string {
  if (detail.message !== undefined && /^[A-Z]/.test(detail.message)) return detail.message
  if (detail.message !== undefined) return `${label} ${detail.message}`
  const { limit, actual } = detail
  const who = ruleOwner(detail.rule)
  switch (detail.code) {
    case 'too_long':
      return `${label} is ${actual} characters; ${who} allows ${limit}`
    case 'too_short':
      return actual === 0
        ? `${label} is empty; ${who} needs at least ${limit} character${limit === 1 ? '' : 's'}`
        : `${label} is ${actual} characters; ${who} needs at least ${limit}`
    case 'unusually_long':
      return `${label} is unusually long: ${actual} characters; no documented limit`
    case 'too_long_utf16':
      return `${label} fits ${limit} characters but is ${actual} UTF-16 units long (emoji count twice in some clients); ${who} may reject it`
    case 'required':
      return `${label} is required`
    case 'invalid_url':
      return `${label} must be an absolute http(s) URL, like https://example.com/page`
    default:
      return `${label} is not valid`
  }
}

/** Turns one zod issue (other than unknown keys) into our issue. */
function convert(issue: ZodIssueLike, root: unknown, prefix: number): Issue {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol')
  const label = prefix > 0 && path.length === 0 ? 'The request' : describePath(path)
  const make = (code: IssueCode, message: string, extra: Partial<Issue> = {}): Issue => ({
    path,
    code,
    message,
    ...extra,
  })
  const value = valueAt(root, path)
  const messageType = valueAt(root, prefix > 0 ? ['interactive', 'type'] : ['type'])
  switch (issue.code) {
    case 'custom': {
      const detail = issue.params?.briq
      if (!detail) return make('invalid_value', `${label} is not valid`)
      const extra: Partial<Issue> = {}
      if (detail.limit !== undefined) extra.limit = detail.limit
      if (detail.actual !== undefined) extra.actual = detail.actual
      if (detail.rule !== undefined) extra.rule = detail.rule
      return make(detail.code, worded(detail, label), extra)
    }
    case 'invalid_type':
      if (issue.expected === 'never') {
        return make('not_allowed', `${label} is not allowed in ${describeType(messageType)} messages`)
      }
      if (value === undefined) return make('required', `${label} is required`)
      return make('invalid_type', `${label} must be ${EXPECTED[issue.expected ?? ''] ?? issue.expected}`)
    case 'invalid_union':
    case 'invalid_value': {
      const allowed = issue.values ?? issue.options ?? []
      if (value === undefined) return make('required', `${label} is required`)
      const isHeaderType = path.length >= 2 && path[path.length - 1] === 'type' && path[path.length - 2] === 'header'
      if (isHeaderType && typeof value === 'string' && HEADER_KINDS.has(value) && allowed.length > 0) {
        return make(
          'not_allowed',
          `${label.replace(/ type$/, '')} cannot be ${value === 'image' ? 'an' : 'a'} ${value}: ${describeType(messageType)} messages allow ${either(allowed)} headers only`,
        )
      }
      return make(
        'invalid_value',
        allowed.length === 1 ? `${label} must be ${list(allowed)}` : `${label} must be one of ${list(allowed)}`,
      )
    }
    default:
      return make('invalid_value', `${label} is not valid`)
  }
}

/** What the validators return before `ok` is decided. */
export interface SortedIssues {
  issues: Issue[]
  warnings: Issue[]
}

// A caller pasting junk should get a readable list, not a million entries.
const MAX_ISSUES = 200

/**
 * Converts zod issues into worded, coded issues with exact paths, and separates warnings.
 * `prefix` is 1 when the interactive object sits under `interactive` in a send request.
 */
export function toIssues(zodIssues: readonly unknown[], root: unknown, prefix = 0): SortedIssues {
  const issues: Issue[] = []
  const warnings: Issue[] = []
  const seen = new Set<string>()
  for (const raw of zodIssues) {
    if (issues.length + warnings.length >= MAX_ISSUES) break
    const issue = raw as ZodIssueLike
    const converted: Issue[] =
      issue.code === 'unrecognized_keys'
        ? (issue.keys ?? []).map((key) => {
            const path = [...issue.path.filter((k): k is string | number => typeof k !== 'symbol'), key]
            const owner = prefix > 0 && path.length === 1 ? 'The request' : describePath(path.slice(0, -1))
            return {
              path,
              code: 'unknown_key' as const,
              message:
                owner === 'The request'
                  ? `The request has an unknown field "${key}"; Briq's send takes to, sender, conversation_id and interactive`
                  : `${owner} has an unknown field "${key}"; WhatsApp rejects unknown fields (error 100)`,
            }
          })
        : [convert(issue, root, prefix)]
    for (const item of converted) {
      const key = `${item.code}\u0000${item.path.join('\u0000')}`
      if (seen.has(key)) continue
      seen.add(key)
      if (issue.params?.briq?.warning) warnings.push(item)
      else issues.push(item)
    }
  }
  return { issues: dropHeaderNoise(issues), warnings }
}

// A header of a kind the type does not allow (an image on a list) also fails the text
// header's shape; the one "not allowed" issue says it all.
function dropHeaderNoise(issues: Issue[]): Issue[] {
  const wrongKind = issues.filter((i) => i.code === 'not_allowed' && i.path[i.path.length - 1] === 'type')
  if (wrongKind.length === 0) return issues
  const headers = wrongKind.map((i) => i.path.slice(0, -1).join('\u0000'))
  return issues.filter((issue) => {
    if (wrongKind.includes(issue)) return true
    const joined = issue.path.join('\u0000')
    return !headers.some((h) => joined.startsWith(`${h}\u0000`))
  })
}
