// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
// ---- apps/embed-example/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import '@briq-interactive/react/styles.css'
import { InteractiveComposer } from '@briq-interactive/react'

<InteractiveComposer endpoint="/api/briq" persistKey="admin:whatsapp-composer" />
