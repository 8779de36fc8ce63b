import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The page is built into dist/, which server.ts serves beside the proxy. It is one page holding
// React, react-dom and the composer (about 665 kB minified, 210 kB gzip) in one chunk: nothing to
// split, so Vite's 500 kB advice is no warning here. Where the composer is one route of a larger
// admin, load it with React's lazy() on that route instead.
export default defineConfig({ plugins: [react()], build: { chunkSizeWarningLimit: 1000 } })
