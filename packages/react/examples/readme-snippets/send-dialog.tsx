// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
import { BriqProvider, SendInteractiveDialog } from '@briq-interactive/react'

declare const draft: unknown

// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
<BriqProvider endpoint="/api/briq">
  <SendInteractiveDialog
    interactive={draft}
    defaultTo="0712 345 678"
    locale="sw"
    onSent={(result) => console.log(result.message_id)}
    trigger={<button type="button">Send…</button>}
  />
</BriqProvider>
