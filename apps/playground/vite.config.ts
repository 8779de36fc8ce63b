import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { defineConfig } from 'vite'

// msw's plugin serves mockServiceWorker.js from the installed msw in dev and emits it into the
// build, so the worker script always matches the msw version the page runs (no copy to keep in
// step). 'worker-only': the app starts the worker itself (src/start-mock.ts), not via virtual:msw.
export default defineConfig({
  plugins: [react(), msw({ mode: 'worker-only' })],
  server: { port: 5173 },
  preview: { port: 4173 },
})
