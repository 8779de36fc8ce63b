// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
declare const draft: unknown
declare const customer: { phone: string }
declare function saveTicket(event: unknown): void

// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import { SendDialog } from '@briq-interactive/react'

<form onSubmit={saveTicket}>
  <SendDialog.Root interactive={draft} defaultTo={customer.phone}>
    <SendDialog.Form asChild>
      <section aria-label="Send on WhatsApp">
        <SendDialog.Recipient />
        <SendDialog.Issues />
        <SendDialog.Status />
        <SendDialog.Actions />
      </section>
    </SendDialog.Form>
  </SendDialog.Root>
  <button type="submit">Save ticket</button>
</form>
