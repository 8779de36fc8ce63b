import type { BriqClient } from '@briq-interactive/core'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { useState } from 'react'
import { validFixtures } from '../../preview/fixtures.ts'
import { InteractivePreview } from '../../preview/interactive-preview.tsx'
import { BriqProvider } from '../../provider/briq-provider.tsx'
import { SendInteractiveDialog } from '../../send-dialog/send-interactive-dialog.tsx'
import { type HostTheme, wrapperStyle } from './host-themes.ts'

/** Props of {@link ThemedAdmin}. */
export interface ThemedAdminProps {
  theme: HostTheme
  client: BriqClient
}

/**
 * A host's admin page as a host would write it: its tokens on its own wrapper, the preview, and a
 * send dialog portalled into a layer inside the wrapper (so the dialog inherits the tokens too).
 */
export function ThemedAdmin({ theme, client }: ThemedAdminProps) {
  const [layer, setLayer] = useState<HTMLDivElement | null>(null)
  return (
    <div className="host-admin" data-testid="host-admin" style={wrapperStyle(theme)}>
      <h2 style={{ margin: 0, font: '600 18px system-ui, sans-serif' }}>{theme.name}</h2>
      <InteractivePreview value={validFixtures.list} theme={theme.kitTheme} compact />
      <BriqProvider client={client} portalContainer={layer}>
        <SendInteractiveDialog
          interactive={validFixtures.list}
          theme={theme.kitTheme}
          defaultTo={FIXTURE_PHONES.open}
          pollIntervalMs={50}
          trigger={
            <button
              type="button"
              style={{
                padding: '8px 16px',
                border: `2px solid ${theme.page.color}`,
                borderRadius: 6,
                background: theme.page.background,
                color: theme.page.color,
                font: '600 14px system-ui, sans-serif',
              }}
            >
              Send to customer…
            </button>
          }
        />
      </BriqProvider>
      <div ref={setLayer} />
    </div>
  )
}
