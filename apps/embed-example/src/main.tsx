import '@briq-interactive/react/styles.css'
import { InteractiveComposer } from '@briq-interactive/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The whole integration: the composer talks to /api/briq on this server, which adds the key.
createRoot(root).render(
  <StrictMode>
    <main style={{ maxWidth: 1200, margin: '0 auto', padding: 16, fontFamily: 'system-ui, sans-serif' }}>
      <h1>Send a WhatsApp message</h1>
      <InteractiveComposer endpoint="/api/briq" persistKey="admin:whatsapp-composer" />
    </main>
  </StrictMode>,
)
