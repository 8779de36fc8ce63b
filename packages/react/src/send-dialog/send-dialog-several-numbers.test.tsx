import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendDialog } from './send-dialog.ts'
import type { SendDialogRootProps } from './send-dialog-root.tsx'
import { startMockServer } from './testing/mock-server.ts'

const { mock, server } = startMockServer('react-send-dialog-several-numbers')

const interactive = {
  type: 'button',
  body: { text: 'Agizo lako liko tayari' },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
}

function Inline(props: Partial<SendDialogRootProps>) {
  return (
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      <SendDialog.Root interactive={interactive} pollIntervalMs={20} {...props}>
        <SendDialog.Form aria-label="Send inline">
          <SendDialog.Recipient />
          <SendDialog.Actions />
        </SendDialog.Form>
      </SendDialog.Root>
    </BriqProvider>
  )
}

/** The `to` of each send that reached the mock. */
function recordSends(): string[] {
  const sent: string[] = []
  server.use(
    http.post('*/v1/whatsapp/messages/interactive', async ({ request }) => {
      const body = (await request.clone().json()) as { to?: string }
      sent.push(body.to ?? '')
      return (await mock.handle(request)) ?? HttpResponse.error()
    }),
  )
  return sent
}

describe('SendDialog: several numbers pasted into the number field (jsdom, over the mock)', () => {
  it('names both numbers of a paste, tied to the field, in English and Swahili, sending nothing', async () => {
    const sent = recordSends()
    const { unmount } = render(<Inline />)
    const user = userEvent.setup()
    const field = screen.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await user.click(field)
    await user.paste('0712 345 678 / 0713 345 678')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(
      'This number cannot be used: phone number holds 2 numbers (+255712345678 and +255713345678); write one of them',
    )
    // The paste stays for the operator to keep one of them.
    expect(field).toHaveValue('0712 345 678 / 0713 345 678')
    unmount()
    render(<Inline locale="sw" defaultTo="0712 345 678, 0713 345 678" />)
    await user.click(screen.getByRole('button', { name: 'Tuma' }))
    const sw = screen.getByRole('textbox', { name: 'Namba ya WhatsApp ya mteja' })
    expect(sw).toHaveAttribute('aria-invalid', 'true')
    expect(sw).toHaveAccessibleDescription(
      /namba ya simu ina namba 2 \(\+255712345678 na \+255713345678\); andika mojawapo tu$/,
    )
    expect(sent).toEqual([])
  })

  it('sends the one number kept of the two', async () => {
    const sent = recordSends()
    render(<Inline defaultTo="0712 345 678 0713 345 678" />)
    const user = userEvent.setup()
    const field = screen.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(field).toHaveAccessibleDescription(/holds 2 numbers/)
    await user.clear(field)
    await user.type(field, '0713 345 678')
    expect(field).not.toHaveAttribute('aria-invalid', 'true')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await expect.poll(() => sent).toEqual(['255713345678'])
  })
})
