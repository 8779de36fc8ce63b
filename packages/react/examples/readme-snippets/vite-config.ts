// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
import { defineConfig } from 'vite'

// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
// vite.config.ts
export default defineConfig({ build: { cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5', 'ios17.5'] } })
