import { coreMessagesSw, formatIssue, validateInteractive, withCoreMessages } from '@briq-interactive/core'

// Your words for some sentences; every other one stays Swahili. A misspelt key fails to compile.
export const ours = withCoreMessages(coreMessagesSw, {
  issues: { too_long: (issue) => `Fupisha hadi herufi ${issue.limit} (sasa ${issue.actual})` },
  sendFailure: { window_closed: () => 'Mteja hajaandika ndani ya saa 24: tuma kiolezo.' },
})

export function sentences(draft: unknown): string[] {
  const result = validateInteractive(draft)
  return result.ok ? [] : result.issues.map((issue) => formatIssue(issue, ours))
}
