import '@briq-interactive/react/styles.css'
import { InteractiveComposer } from '@briq-interactive/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { briqEndpoint } from './endpoint.ts'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The whole integration: the composer talks to api/briq beside this page (/api/briq at the
// site's root), on this server, which adds the key.
createRoot(root).render(
  <StrictMode>
    <main style={{ maxWidth: 1200, margin: '0 auto', padding: 16, fontFamily: 'system-ui, sans-serif' }}>
      <h1>Send a WhatsApp message</h1>
      <InteractiveComposer endpoint={briqEndpoint(import.meta.env.BASE_URL)} persistKey="admin:whatsapp-composer" />
    </main>
  </StrictMode>,
)
