// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
declare const draft: unknown
declare function save(draft: unknown): void

// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import { Builder } from '@briq-interactive/react'

<Builder.Root defaultValue={draft} onValueChange={save} persistKey="shop:draft">
  <Builder.DraftConflict />
  <Builder.DraftStorageNotice />
  <div className="my-two-columns">
    <div>
      <Builder.TypePicker />
      <Builder.Header />
      <Builder.Body />
      <Builder.Footer />
      <Builder.Action />
      <Builder.NewMessage />
      <Builder.History />
      <Builder.IssueSummary />
    </div>
    <Builder.Preview compact />
  </div>
</Builder.Root>
