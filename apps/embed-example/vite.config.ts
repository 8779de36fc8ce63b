import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The page is built into dist/, which server.ts serves beside the proxy. It is one page holding
// React, react-dom and the composer (about 665 kB minified, 210 kB gzip) in one chunk: nothing to
// split, so Vite's 500 kB advice is no warning here. Where the composer is one route of a larger
// admin, load it with React's lazy() on that route instead.
// Rolldown's report of slow plugins (`bundlerTimings`) is about the machine's load, not the page:
// on two busy cores it turns up now and then, and the README's build must print nothing.
// `base: './'`: the page asks for its scripts and its proxy beside itself, so one build serves at
// the site's root and under any path prefix a reverse proxy gives it (https://…/whatsapp/).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { chunkSizeWarningLimit: 1000, rolldownOptions: { checks: { bundlerTimings: false } } },
})
