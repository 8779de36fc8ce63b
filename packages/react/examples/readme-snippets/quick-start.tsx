// A README snippet, compiled by `pnpm typecheck` as a user's strict project would: the lines
// above the marker declare what the snippet takes as given.
// ---- packages/react/README.md, verbatim (scripts/readme-snippets.test.ts checks it is) ----
import type { Interactive } from '@briq-interactive/core'
import { BriqProvider, InteractivePreview, useMessageStatus, useSendInteractive } from '@briq-interactive/react'
import '@briq-interactive/react/styles.css'

function Composer({ draft }: { draft: Interactive }) {
  const { send, isPending, error, data, maybeSent } = useSendInteractive()
  const status = useMessageStatus(data?.message_id)
  return (
    <>
      <InteractivePreview value={draft} theme="system" locale="sw" onReply={(reply) => console.log(reply)} />
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus; a click while pending joins that send */}
      <button type="button" aria-disabled={isPending} onClick={() => send({ to: '255712345678', interactive: draft })}>
        Send
      </button>
      {error && <p role="alert">{error.message}{maybeSent ? ' — it may have been sent; check its status first.' : ''}</p>}
      {status.status && <p>Status: {status.status}</p>}
    </>
  )
}

export const App = () => (
  <BriqProvider endpoint="/api/briq">
    <Composer
      draft={{
        type: 'button',
        body: { text: 'Karibu! Did this resolve your issue?' },
        action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] },
      }}
    />
  </BriqProvider>
)
