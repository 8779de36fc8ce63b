import type { CoreMessageOverrides } from './core-message-overrides.ts'
import type { CoreMessages } from './core-messages.ts'

// A misspelt key fails to compile, at every level; a right one takes the catalogue's signature.
export const good: CoreMessageOverrides = {
  issues: { too_long: (issue) => `${issue.limit}`, phone_empty: () => 'Type a number', not_json: () => '' },
  sendFailure: { window_closed: (failure) => failure.reason },
  requestFailure: { network: () => '' },
  sendHold: ({ seconds }) => `${seconds}`,
}
// @ts-expect-error: no issue has the code or reason "too_longg"
export const misspeltIssue: CoreMessageOverrides = { issues: { too_longg: () => '' } }
// @ts-expect-error: no group "issue"
export const misspeltGroup: CoreMessageOverrides = { issue: { too_long: () => '' } }
// @ts-expect-error: no send failure "window_close"
export const misspeltFailure: CoreMessageOverrides = { sendFailure: { window_close: () => '' } }
// @ts-expect-error: a sentence is a function of the issue, not a string
export const notAFunction: CoreMessageOverrides = { issues: { too_long: 'Too long' } }

// A whole catalogue of a host's language is a CoreMessages: one that misses a key fails to
// compile (naming it), and a complete one is taken as overrides as it is.
export declare const french: CoreMessages
export const whole: CoreMessageOverrides = french
// @ts-expect-error: "type" and "size" are missing
export const missing: CoreMessages = {
  locale: 'fr',
  field: () => '',
  issues: french.issues,
  sendFailure: french.sendFailure,
  sendHold: french.sendHold,
  requestFailure: french.requestFailure,
}
