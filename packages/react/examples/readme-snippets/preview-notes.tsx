// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
declare const draft: unknown
declare function record(reply: unknown): void

// ---- packages/react/src/preview/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import { InteractivePreview } from '@briq-interactive/react'
import '@briq-interactive/react/styles.css'

<InteractivePreview value={draft} theme="dark" palette="classic" locale="sw" compact
  time="2026-11-24T09:41:00" businessName="Mama Neema" showIssues onReply={(reply) => record(reply)} />
