import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The page is built into dist/, which server.ts serves beside the proxy.
export default defineConfig({ plugins: [react()] })
