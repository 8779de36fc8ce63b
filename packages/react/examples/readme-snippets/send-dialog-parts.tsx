// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
declare const draft: unknown
declare const customer: { phone: string }
declare function save(result: unknown): void

// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import { SendDialog } from '@briq-interactive/react'

<SendDialog.Root interactive={draft} defaultTo={customer.phone} onSent={save}>
  <SendDialog.Form aria-label="Send">
    <SendDialog.Recipient />
    <SendDialog.Window />
    <SendDialog.Issues />
    <SendDialog.Status />
    <SendDialog.Actions />
  </SendDialog.Form>
</SendDialog.Root>
