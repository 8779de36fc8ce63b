import { draftValueAt, type Issue, issueField } from '@briq-interactive/core'
import type { PlannedFailure } from '../store/records.ts'

// Meta answers 100 when the payload does not parse (unknown key, wrong type, missing param)
// and 131009 for values that parse but break a limit (Meta Cloud API, error codes reference).
const PARSE_CODES = new Set(['unknown_key', 'invalid_type', 'required'])

/** Whether `issue` says the header text of the send request `body` is missing or null. */
const isHeaderTextMissing = (issue: Issue, body: unknown): boolean =>
  issueField(issue.path) === 'interactive.header.text' &&
  (issue.code === 'required' || (issue.code === 'invalid_type' && draftValueAt(body, issue.path) === null))

/**
 * The failure WhatsApp would report for the first issue of an interactive object in the send
 * request `body`:
 * 131051 for an unknown `interactive.type`, 100 for a parse-level problem, 131009 otherwise.
 * The message names the field, e.g. `(#131009) Parameter value is not valid:
 * interactive.action.buttons.1.reply.title — Button 2 title is 23 characters; WhatsApp allows 20`.
 */
export function metaFailure(issue: Issue, body: unknown): PlannedFailure {
  const field = issueField(issue.path) ?? 'interactive'
  if (field === 'interactive.type' && issue.code === 'invalid_value') {
    return { code: 131051, message: `(#131051) Unsupported message type: ${field} — ${issue.message}` }
  }
  // A text header without its text (missing or null) parses, and is refused as a value: Graph API
  // answers 131009 "Text cannot be null for header type text" (seen in public client code,
  // github.com/Secreto31126/whatsapp-api-js/issues/54), as it does for empty text. Text that is
  // not a string (a number) does not parse: 100, below.
  if (isHeaderTextMissing(issue, body)) {
    return { code: 131009, message: `(#131009) Parameter value is not valid: ${field} — ${issue.message}` }
  }
  if (PARSE_CODES.has(issue.code)) {
    return { code: 100, message: `(#100) Invalid parameter: ${field} — ${issue.message}` }
  }
  return { code: 131009, message: `(#131009) Parameter value is not valid: ${field} — ${issue.message}` }
}

/**
 * The failure WhatsApp reports for a free-form message sent outside the 24-hour customer service
 * window, which only a send that skipped Briq's own check (`check_window: false`) can reach:
 * 131047, "Re-engagement message" (Meta Cloud API, error codes reference).
 */
export function windowClosedFailure(): PlannedFailure {
  return {
    code: 131047,
    message:
      '(#131047) Re-engagement message: more than 24 hours have passed since the customer last replied to this number',
  }
}
