// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
import { InteractiveComposer } from '@briq-interactive/react'

// ---- apps/embed-example/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
<InteractiveComposer endpoint="/api/briq" />
