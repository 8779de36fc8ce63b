import type { CoreMessageOverrides } from './core-message-overrides.ts'

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
