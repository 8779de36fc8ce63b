import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { type ReactNode, useContext, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { SendDialog } from './send-dialog.ts'
import { SendDialogContext } from './send-dialog-context.ts'
import { createMockClient } from './testing/mock-client.ts'

// A host whose own state changes (a counter of its own) around a send form it passes as children.
function Host({ client, children }: { client: ReturnType<typeof createMockClient>['client']; children: ReactNode }) {
  const [clicks, setClicks] = useState(0)
  return (
    <>
      <button type="button" onClick={() => setClicks(clicks + 1)}>
        Host clicks {clicks}
      </button>
      <SendDialog.Root interactive={FEEDBACK_INTERACTIVE} client={client}>
        {children}
      </SendDialog.Root>
    </>
  )
}

// A part as every part reads the root's state; counts its renders.
const reads = { count: 0 }
function Reader() {
  useContext(SendDialogContext)
  reads.count++
  return null
}

describe('SendDialog.Root render cost', () => {
  it("a host's render that changes none of its props renders none of its parts again", async () => {
    const user = userEvent.setup()
    const { client } = createMockClient()
    render(
      <Host client={client}>
        <SendDialog.Form>
          <SendDialog.Recipient />
          <SendDialog.Issues />
          <SendDialog.Status />
          <SendDialog.Actions />
          <Reader />
        </SendDialog.Form>
      </Host>,
    )
    reads.count = 0
    await user.click(screen.getByRole('button', { name: 'Host clicks 0' }))
    expect(screen.getByRole('button', { name: 'Host clicks 1' })).toBeInTheDocument()
    expect(reads.count).toBe(0)
    // A change of the root's own state (the recipient typed) still reaches them.
    await user.type(screen.getByRole('textbox', { name: "Customer's WhatsApp number" }), '0')
    expect(reads.count).toBeGreaterThan(0)
  })
})
