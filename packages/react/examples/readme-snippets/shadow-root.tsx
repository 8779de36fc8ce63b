// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
/// <reference types="vite/client" />
import { BriqProvider, SendInteractiveDialog } from '@briq-interactive/react'
import { createRoot } from 'react-dom/client'

declare const host: HTMLElement
declare const draft: unknown

// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import kitStyles from '@briq-interactive/react/styles.css?inline'

const shadow = host.attachShadow({ mode: 'open' })
const sheet = new CSSStyleSheet()
sheet.replaceSync(kitStyles)
shadow.adoptedStyleSheets = [sheet]
createRoot(shadow.appendChild(document.createElement('div'))).render(
  <BriqProvider endpoint="/api/briq">
    <SendInteractiveDialog interactive={draft} trigger={<button type="button">Send…</button>} />
  </BriqProvider>,
)
