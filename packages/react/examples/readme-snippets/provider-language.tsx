// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
import { BriqProvider, InteractiveComposer } from '@briq-interactive/react'

// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
<BriqProvider
  endpoint="/api/briq"
  locale="sw"
  messages={{ 'builder.tab.json': 'Msimbo' }}
  coreMessages={{ issues: { too_long: (issue) => `Fupisha hadi herufi ${issue.limit}` } }}
>
  <InteractiveComposer persistKey="crm:composer" />
</BriqProvider>
