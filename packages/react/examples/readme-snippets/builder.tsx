// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
declare const initialDraft: unknown

// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import { InteractiveBuilder, InteractivePreview } from '@briq-interactive/react'
import { useState } from 'react'

function Composer() {
  const [draft, setDraft] = useState<unknown>(initialDraft)
  return (
    <>
      <InteractiveBuilder
        defaultValue={initialDraft}
        onValueChange={(draft, result) => setDraft(draft)} // result: core's validateInteractive + unparsed JSON text
        persistKey="crm:ticket-42:draft"
        locale="sw"
      />
      <InteractivePreview value={draft} locale="sw" />
    </>
  )
}
