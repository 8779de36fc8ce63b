import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { render } from '@testing-library/react'
import type { CSSProperties } from 'react'
import { SendInteractiveDialog, type SendInteractiveDialogProps } from '../send-interactive-dialog.tsx'
import { HostModal } from './host-modal.tsx'
import { createMockClient } from './mock-client.ts'

/**
 * Renders the kit's send dialog, with its "Send on WhatsApp…" trigger, inside the host's modal
 * `<dialog>` ("Ticket 42", styled `style`), over a mock client. Returns the requests it sends.
 */
export function renderInHostModal({
  interactive = FEEDBACK_INTERACTIVE,
  style,
}: {
  interactive?: SendInteractiveDialogProps['interactive']
  style?: CSSProperties
} = {}): ReturnType<typeof createMockClient>['sends'] {
  const { client, sends } = createMockClient()
  render(
    <HostModal {...(style === undefined ? {} : { style })}>
      <SendInteractiveDialog
        client={client}
        interactive={interactive}
        trigger={<button type="button">Send on WhatsApp…</button>}
      />
    </HostModal>,
  )
  return sends
}
