import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { defineConfig } from 'vite'

// msw's plugin serves mockServiceWorker.js from the installed msw in dev and emits it into the
// build, so the worker script always matches the msw version the page runs (no copy to keep in
// step). 'worker-only': the app starts the worker itself (src/start-mock.ts), not via virtual:msw.
export default defineConfig({
  plugins: [react(), msw({ mode: 'worker-only' })],
  // One page holding the whole kit, the in-page mock and msw (about 720 kB minified, 230 kB
  // gzip): a local tool, not a site to split into chunks, so Vite's 500 kB advice is no warning
  // to print to whoever builds it.
  // Rolldown's report of slow plugins (`bundlerTimings`) is about this machine's load, not the
  // build: on two busy cores it turns up now and then, and a build must print nothing.
  build: { chunkSizeWarningLimit: 1000, rolldownOptions: { checks: { bundlerTimings: false } } },
  server: { port: 5173 },
  preview: { port: 4173 },
})
