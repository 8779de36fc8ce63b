import { issueField } from '../contract/to-briq-errors.ts'
import { isRecord } from '../is-record.ts'
import type { BriqErrorDetail } from './briq-error.ts'
import { readIssue } from './read-issue.ts'

/** The errors found in an error body, and the code to put on the `BriqError`. */
export interface ErrorBodyInfo {
  /** The first code Briq sent, when it sent one. */
  code: string | undefined
  /** Every error found (empty when the body has none of the known shapes). */
  errors: BriqErrorDetail[]
}

/**
 * Reads the three error shapes Briq's docs show (docs.briq.tz: the WhatsApp send references, the read
 * guides and the error-handling page): the envelope's
 * `errors: [{code, message, field}]`, `{detail: "…"}` or FastAPI's `{detail: [{loc, msg, type}]}`
 * on reads, and `{error: {code, message}}` from the generic error page. An envelope error of
 * the kit's proxy or mock keeps the issue it words (`BriqErrorDetail.issue`).
 */
export function readErrorBody(body: unknown, status: number): ErrorBodyInfo {
  if (!isRecord(body)) return { code: undefined, errors: [] }
  if (Array.isArray(body.errors)) {
    const errors = body.errors.filter(saysSomething).map(envelopeError)
    return { code: errors[0]?.code, errors }
  }
  if (typeof body.detail === 'string') {
    return { code: undefined, errors: [{ code: `HTTP_${status}`, message: body.detail }] }
  }
  if (Array.isArray(body.detail)) {
    const errors = body.detail.filter(isRecord).map(fastApiError)
    return { code: 'VALIDATION_ERROR', errors }
  }
  if (saysSomething(body.error)) {
    const error = envelopeError(body.error)
    return { code: error.code, errors: [error] }
  }
  return { code: undefined, errors: [] }
}

/**
 * Whether an error body held none of Briq's error details (no code, no error: an HTML page, text,
 * an empty body, JSON of another shape). Briq's API says why in its envelope, `{detail}` or
 * `{error}`, and the proxy answers in Briq's envelope, so such an answer came from a server
 * between the page and Briq. The client's message and core's failure reasons read this one rule.
 */
export const holdsNoBriqError = ({ code, errors }: { code: string | undefined; errors: readonly unknown[] }): boolean =>
  code === undefined && errors.length === 0

// An error naming no code, message or field (`errors: [{}]`) says nothing about what was refused:
// read as none, so a 2xx "failure" of nothing stays an answer that cannot be read.
const saysSomething = (item: unknown): item is Record<string, unknown> =>
  isRecord(item) &&
  ((typeof item.code === 'string' && item.code !== '') ||
    (typeof item.message === 'string' && item.message !== '') ||
    typeof item.field === 'string')

function envelopeError(item: Record<string, unknown>): BriqErrorDetail {
  const detail: BriqErrorDetail = {
    code: typeof item.code === 'string' && item.code !== '' ? item.code : 'ERROR',
    message: typeof item.message === 'string' ? item.message : '',
  }
  if (typeof item.field === 'string') detail.field = item.field
  // The kit's proxy and mock say which issue their sentence words, for a page to word it anew.
  const issue = readIssue(item.issue, detail.message, item.field)
  if (issue !== undefined) detail.issue = issue
  return detail
}

// FastAPI puts where the field came from first (`body`, `query`, `path`); the field starts after it.
const LOCATIONS = new Set(['body', 'query', 'path', 'header'])

function fastApiError(item: Record<string, unknown>): BriqErrorDetail {
  const detail: BriqErrorDetail = {
    code: typeof item.type === 'string' ? item.type : 'VALIDATION_ERROR',
    message: typeof item.msg === 'string' ? item.msg : '',
  }
  if (Array.isArray(item.loc)) {
    const loc = item.loc.filter((part) => typeof part === 'string' || typeof part === 'number')
    const path = LOCATIONS.has(String(loc[0])) ? loc.slice(1) : loc
    const field = issueField(path)
    if (field !== null) detail.field = field
  }
  return detail
}
