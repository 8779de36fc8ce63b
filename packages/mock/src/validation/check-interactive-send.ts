import { type Issue, validateSendRequest } from '@briq-interactive/core'
import { ApiError, type ApiErrorItem } from '../http/api-error.ts'
import type { PlannedFailure } from '../store/records.ts'
import { fieldPath } from './field-path.ts'
import { metaFailure } from './meta-failure.ts'

/** The target and payload of an interactive send that Briq accepts. */
export interface CheckedInteractiveSend {
  /** Customer number, `+` stripped (absent with `conversation_id`). */
  to?: string
  /** `sender` as sent (G3). */
  sender?: string
  /** Deprecated `sender_id`. */
  sender_id?: string
  /** Existing thread. */
  conversation_id?: string
  /** The interactive object, forwarded unchanged. */
  interactive: Record<string, unknown>
  /** What WhatsApp will say about it later, or `null` when it is valid. */
  plannedFailure: PlannedFailure | null
}

const TARGET_KEYS = ['to', 'sender', 'sender_id', 'conversation_id'] as const

// Briq itself only checks the target, that `interactive` is an object and that it has a
// `type`; everything deeper is WhatsApp's business and fails after acceptance.
function isBriqLevel(issue: Issue): boolean {
  const [head, second] = issue.path
  if (head !== 'interactive') return true
  if (issue.path.length === 1) return true
  return second === 'type' && issue.path.length === 2 && (issue.code === 'required' || issue.code === 'invalid_type')
}

const toErrorItem = (issue: Issue, rename: Record<string, string>): ApiErrorItem => {
  const field = fieldPath(issue.path)
  return { code: 'VALIDATION_ERROR', message: issue.message, field: rename[field] ?? field }
}

/**
 * Checks an interactive send with core's `validateSendRequest`. Briq-level problems (target,
 * sender, missing `interactive` or its `type`) → 422 `VALIDATION_ERROR` with every field.
 * WhatsApp-level problems → accepted with a planned failure, or 422 too when `strict`.
 * `rename` maps fields back to the endpoint's names (G1: `to` → `recipient`).
 */
export function checkInteractiveSend(
  body: Record<string, unknown>,
  options: { strict: boolean; rename?: Record<string, string> },
): CheckedInteractiveSend {
  const rename = options.rename ?? {}
  const candidate: Record<string, unknown> = { interactive: body.interactive }
  // Briq documents these as nullable; null means "not given".
  for (const key of TARGET_KEYS) if (body[key] !== undefined && body[key] !== null) candidate[key] = body[key]
  const result = validateSendRequest(candidate)
  if (!result.ok) {
    const issues = result.issues.filter((issue) => !(issue.code === 'unknown_key' && issue.path.length === 1))
    const briq = issues.filter(isBriqLevel)
    if (briq.length > 0)
      throw new ApiError(
        422,
        briq.map((issue) => toErrorItem(issue, rename)),
      )
    if (options.strict && issues.length > 0)
      throw new ApiError(
        422,
        issues.map((issue) => toErrorItem(issue, rename)),
      )
  }
  const failureIssue = result.ok ? undefined : result.issues.find((issue) => !isBriqLevel(issue))
  const to = typeof candidate.to === 'string' ? candidate.to.replace(/^\+/, '') : undefined
  return {
    ...(to === undefined ? {} : { to }),
    ...(typeof candidate.sender === 'string' ? { sender: candidate.sender } : {}),
    ...(typeof candidate.sender_id === 'string' ? { sender_id: candidate.sender_id } : {}),
    ...(typeof candidate.conversation_id === 'string' ? { conversation_id: candidate.conversation_id } : {}),
    interactive: body.interactive as Record<string, unknown>,
    plannedFailure: failureIssue ? metaFailure(failureIssue) : null,
  }
}
