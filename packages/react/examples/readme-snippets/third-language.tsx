// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
import type { CoreMessages } from '@briq-interactive/core'
import { BriqProvider, InteractiveComposer, type Messages } from '@briq-interactive/react'

declare const messagesFr: Messages
declare const coreMessagesFr: CoreMessages

// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
<BriqProvider endpoint="/api/briq" locale="fr-CD" messages={messagesFr} coreMessages={coreMessagesFr}>
  <InteractiveComposer persistKey="crm:composer" />
</BriqProvider>
