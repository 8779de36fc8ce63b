import type { Unworded } from '../i18n/worded.ts'
import type { Issue, IssueCode, IssuePath } from '../issue.ts'
import { shortKey } from '../quoted.ts'
import { field, type IssueDetail } from '../schemas/issue-detail.ts'
import { HEADER_KINDS } from '../schemas/message-parts.ts'
import { CappedIssues } from './capped-issues.ts'

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

// `gif` is in Meta's old reference but no guide uses it (so it is refused): worded like a kind the type does not allow.
const KNOWN_HEADER_KINDS = new Set<unknown>([...HEADER_KINDS, 'gif'])

// The value at `path` under `root`, or undefined where a step is missing.
const valueAt = (root: unknown, path: IssuePath): unknown => path.reduce(field, root)

/** Turns one zod issue (other than unknown keys) into our issue, without its sentence. */
function convert(issue: ZodIssueLike, root: unknown, prefix: number): Unworded {
  // zod names object keys and list indexes only: our schemas have no symbol keys.
  const path = issue.path as IssuePath
  const request = prefix > 0 && path.length === 0
  const make = (code: IssueCode, extra: Omit<Partial<Issue>, 'path' | 'code' | 'message'> = {}): Unworded => {
    const made: Unworded = { path, code, ...extra }
    if (request) made.params = { ...made.params, request: true }
    return made
  }
  const value = valueAt(root, path)
  const messageType = valueAt(root, prefix > 0 ? ['interactive', 'type'] : ['type'])
  const type = typeof messageType === 'string' ? messageType : ''
  switch (issue.code) {
    case 'custom': {
      const detail = issue.params?.briq
      if (!detail) return make('invalid_value')
      // Every detail is built in this package, without undefined fields, in Issue's key order.
      const { code, warning: _warning, ...extra } = detail
      return make(code, extra)
    }
    case 'invalid_type':
      if (issue.expected === 'never') return make('not_allowed', { reason: 'not_in_type', params: { type } })
      if (value === undefined) return make('required')
      return make('invalid_type', { params: { expected: issue.expected ?? '' } })
    case 'invalid_union':
    case 'invalid_value': {
      const allowed = (issue.values ?? issue.options ?? []).map(String)
      if (value === undefined) return make('required')
      const isHeaderType = path.length >= 2 && path[path.length - 1] === 'type' && path[path.length - 2] === 'header'
      if (isHeaderType && typeof value === 'string' && KNOWN_HEADER_KINDS.has(value) && allowed.length > 0) {
        return make('not_allowed', { reason: 'header_kind', params: { kind: value, type, allowed } })
      }
      return make('invalid_value', { reason: 'one_of', params: { allowed } })
    }
    default:
      return make('invalid_value')
  }
}

// Briq checks its request's own fields, that `interactive` is an object and that it has a
// `type`; the object goes to WhatsApp unchanged (docs.briq.tz, Karibu-WhatsApp/messages/send-interactive).
function checkedByBriq(item: Unworded): boolean {
  const [head, second] = item.path
  if (head !== 'interactive' || item.path.length === 1) return true
  return second === 'type' && item.path.length === 2 && (item.code === 'required' || item.code === 'invalid_type')
}

/** What the validators return before `ok` is decided, before the issues are worded. */
export interface SortedIssues {
  issues: Unworded[]
  warnings: Unworded[]
}

function unknownKey(issue: ZodIssueLike, key: string, prefix: number): Unworded {
  const path = [...(issue.path as IssuePath), key]
  const reason = prefix > 0 && path.length === 1 ? 'unknown_request_field' : 'unknown_field'
  return { path, code: 'unknown_key', reason, params: { key: shortKey(key) } }
}

/**
 * Converts zod issues into coded issues with exact paths, not yet worded, and separates warnings.
 * `prefix` is 1 when the interactive object sits under `interactive` in a send request. At most
 * `MAX_ISSUES` of each are described; the rest are only counted, so the time spent here follows
 * the size of the answer, not of the junk.
 */
export function toIssues(zodIssues: readonly unknown[], root: unknown, prefix = 0): SortedIssues {
  const issues = new CappedIssues()
  const warnings = new CappedIssues()
  const seen = new Set<string>()
  const add = (list: CappedIssues, item: Unworded) => {
    // The rule is part of it: a junk list breaks the kit's bound and WhatsApp's count at one path.
    // So are the reason and what is counted: 11 sections of 2 rows pass both the section count
    // and the row total at `action.sections` (the preview marks rows past 10 from the second),
    // and an id can hold half an emoji and spaces at its ends, two warnings. So is the key an
    // issue names at its object: two address validation_errors keys naming no field, two warnings.
    const noun = item.params?.noun ?? ''
    const named = item.params?.key ?? ''
    const key = [item.code, item.rule ?? '', item.reason ?? '', noun, named, ...item.path].join('\u0000')
    if (seen.has(key)) return
    seen.add(key)
    list.add(item)
  }
  // Every error says whose rule it breaks, unless the check named another owner (Briq's limits,
  // the kit's): in a send request, what Briq checks itself is Briq's, anything deeper in the
  // interactive object WhatsApp's. The mock answers Briq's with a 422 and WhatsApp's later.
  const owned = (item: Unworded): Unworded => {
    if (item.rule !== undefined) return item
    return { ...item, rule: prefix > 0 && checkedByBriq(item) ? 'briq' : 'whatsapp' }
  }
  for (const raw of zodIssues) {
    const issue = raw as ZodIssueLike
    // As zod's `safeParse` does: an issue at the value itself has no path of its own.
    issue.path ??= []
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys ?? []
      // Briq documents no rule against a request field it does not know and drops it, so that is
      // a warning; WhatsApp refuses an unknown field of the interactive object (error 100).
      const ignored = prefix > 0 && issue.path.length === 0
      const list = ignored ? warnings : issues
      let listed = 0
      for (; listed < keys.length && !list.full; listed++) {
        const item = unknownKey(issue, keys[listed]!, prefix)
        add(list, ignored ? item : owned(item))
      }
      list.skip(keys.length - listed)
      continue
    }
    const list = issue.params?.briq?.warning ? warnings : issues
    if (list.full) list.skip(1)
    else add(list, list === issues ? owned(convert(issue, root, prefix)) : convert(issue, root, prefix))
  }
  return { issues: issues.finish(dropHeaderNoise), warnings: warnings.finish() }
}

// A header of a kind the type does not allow (an image on a list) also fails the text
// header's shape; the one "not allowed" issue says it all.
function dropHeaderNoise(issues: Unworded[]): Unworded[] {
  const wrongKind = issues.filter((i) => i.code === 'not_allowed' && i.path[i.path.length - 1] === 'type')
  if (wrongKind.length === 0) return issues
  const headers = wrongKind.map((i) => i.path.slice(0, -1).join('\u0000'))
  return issues.filter((issue) => {
    if (wrongKind.includes(issue)) return true
    const joined = issue.path.join('\u0000')
    return !headers.some((h) => joined.startsWith(`${h}\u0000`))
  })
}
