// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
declare function getSession(request: Request): Promise<object | null>

// ---- packages/proxy/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import { createBriqProxy } from '@briq-interactive/proxy'

const proxy = createBriqProxy({
  apiKey: process.env.BRIQ_API_KEY ?? '',
  basePath: '/api/briq',
  authorize: async (request) => (await getSession(request)) !== null,
})
// proxy: (request: Request) => Promise<Response>
