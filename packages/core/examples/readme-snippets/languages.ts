// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
import type { BriqError } from '@briq-interactive/core'

declare const draft: unknown
declare function show(text: string): void
declare const error: BriqError

// ---- packages/core/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import { coreMessagesSw, describeField, describeSendFailure, describeSize, formatIssue, validateInteractive } from '@briq-interactive/core'

const result = validateInteractive(draft)
if (!result.ok) {
  for (const issue of result.issues) show(formatIssue(issue, coreMessagesSw))
  // "Jina la kitufe 2 lina herufi 23; WhatsApp inaruhusu hadi 20"
}
describeField(['action', 'sections', 0, 'rows', 2, 'id'], coreMessagesSw) // "Kitambulisho cha safu 3 ya sehemu 1"
describeSendFailure(error, coreMessagesSw) // "Jumbe nyingi mno kwa wakati mmoja. Jaribu tena baada ya sekunde 2."
describeSize(20 * 1024 * 1024, coreMessagesSw) // "MB 20" ("20 MB" in English; "256 KB" under 1 MB)
