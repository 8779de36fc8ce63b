// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
declare function log(value: unknown): void

// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import { InteractiveComposer } from '@briq-interactive/react'
import '@briq-interactive/react/styles.css'

<InteractiveComposer endpoint="/api/briq" persistKey="crm:composer" locale="sw" onSent={(result) => log(result)} />
