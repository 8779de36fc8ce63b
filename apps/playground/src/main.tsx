import '@briq-interactive/react/styles.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.tsx'
import { connectionFromEnv } from './connection.ts'
import { startMock } from './start-mock.ts'

// Named one by one so Vite replaces each at build time (only VITE_* variables reach the page).
const connection = connectionFromEnv({
  VITE_BRIQ_ENDPOINT: import.meta.env.VITE_BRIQ_ENDPOINT,
  VITE_BRIQ_PROXY_TOKEN: import.meta.env.VITE_BRIQ_PROXY_TOKEN,
})
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element to render the playground into')

// The worker must be active before the first request, or the first send would reach the dev server.
let mockError: string | undefined
if (connection.mode === 'mock') {
  try {
    await startMock()
  } catch (error) {
    mockError = error instanceof Error ? error.message : String(error)
    console.warn('briq playground: the mock service worker did not start', error)
  }
}

createRoot(root).render(
  <StrictMode>
    <App connection={connection} mockError={mockError} />
  </StrictMode>,
)
