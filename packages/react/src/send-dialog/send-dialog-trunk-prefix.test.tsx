import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendDialog } from './send-dialog.ts'
import type { SendDialogRootProps } from './send-dialog-root.tsx'
import { startMockServer } from './testing/mock-server.ts'

const { mock, server } = startMockServer('react-send-dialog-trunk-prefix')

const interactive = {
  type: 'button',
  body: { text: 'Piga +234 0803 123 4567 au 0722 123 456' },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
}

function Inline(props: Partial<SendDialogRootProps>) {
  return (
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      <SendDialog.Root interactive={interactive} pollIntervalMs={20} {...props}>
        <SendDialog.Form aria-label="Send inline">
          <SendDialog.Recipient />
          <SendDialog.Preview />
          <SendDialog.Actions />
        </SendDialog.Form>
      </SendDialog.Root>
    </BriqProvider>
  )
}

const recipient = () => screen.getByRole('textbox', { name: "Customer's WhatsApp number" })
const preview = () => screen.getByRole('region', { name: 'WhatsApp message preview' })

/** The `to` of each send that reached the mock, as Briq would get it. */
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

describe('SendDialog: a trunk prefix typed after the country code (jsdom, over the mock)', () => {
  it.each([
    ['+234 0803 123 4567', '+2348031234567'],
    ['+254 0722 123 456', '+254722123456'],
    ['+36 06 30 123 4567', '+36301234567'],
    ['+7 8 912 345 67 89', '+79123456789'],
    ['+225 07 08 12 34 56', '+2250708123456'],
  ])('shows %s as the number it will be sent to, %s, and sends that one', async (typed, shown) => {
    const sent = recordSends()
    render(<Inline />)
    const user = userEvent.setup()
    await user.type(recipient(), typed)
    expect(recipient()).toHaveAccessibleDescription(new RegExp(`^Will be sent to \\${shown}(?: |$)`))
    expect(recipient()).not.toHaveAttribute('aria-invalid', 'true')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(sent).toEqual([shown.slice(1)]))
  })

  it.each([
    ['8 029 123 45 67', '375', '+375291234567'],
    ['8 612 34567', '370', '+37061234567'],
    ['1 415 555 0100', '1', '+14155550100'],
    ['393 123 4567', '39', '+393931234567'],
    ['(55) 98765-4321', '55', '+5555987654321'],
    ['(+255) 712 345 678', '255', '+255712345678'],
    ['000 255 712 345 678', '254', '+255712345678'],
    ['009 44 20 7946 0958', '234', '+442079460958'],
    ['007 712 345 678', '256', '+255712345678'],
    ['005 712 345 678', '255', '+254712345678'],
    ['(0xx11) 98765-4321', '55', '+5511987654321'],
    ['030/1234567', '49', '+49301234567'],
    ['（０３）１２３４－５６７８', '81', '+81312345678'],
  ])('reads %s with default country %s as %s, and sends that one', async (typed, defaultCountryCode, shown) => {
    const sent = recordSends()
    render(<Inline defaultCountryCode={defaultCountryCode} />)
    const user = userEvent.setup()
    await user.type(recipient(), typed)
    expect(recipient()).toHaveAccessibleDescription(new RegExp(`^Will be sent to \\${shown}(?: |$)`))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(sent).toEqual([shown.slice(1)]))
  })

  it('reads a number pasted from WhatsApp with its direction marks', async () => {
    const sent = recordSends()
    render(<Inline />)
    const user = userEvent.setup()
    await user.click(recipient())
    await user.paste('\u202a+255 712 345 678\u202c')
    expect(recipient()).toHaveAccessibleDescription(/^Will be sent to \+255712345678(?: |$)/)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(sent).toEqual(['255712345678']))
  })

  it('names the lengths of a Brazilian number, in English and Swahili, sending nothing', async () => {
    const sent = recordSends()
    const { unmount } = render(<Inline defaultCountryCode="55" defaultTo="98765-4321" />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(recipient()).toHaveAttribute('aria-invalid', 'true')
    expect(recipient()).toHaveAccessibleDescription(
      'This number cannot be used: phone number has 9 digits; a +55 number has 10–11 (11–12 with the leading 0)',
    )
    unmount()
    render(<Inline locale="sw" defaultCountryCode="55" defaultTo="98765-4321" />)
    await user.click(screen.getByRole('button', { name: 'Tuma' }))
    const field = screen.getByRole('textbox', { name: 'Namba ya WhatsApp ya mteja' })
    expect(field).toHaveAccessibleDescription(
      /namba ya simu ina tarakimu 9; namba ya \+55 ina 10–11 \(11–12 ukiweka 0 mwanzoni\)$/,
    )
    expect(sent).toEqual([])
  })

  it('refuses a 0 where the country has none, tied to the field, in English and Swahili, sending nothing', async () => {
    const sent = recordSends()
    const { unmount } = render(<Inline />)
    const user = userEvent.setup()
    await user.type(recipient(), '+34 0612 345 678')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(recipient()).toHaveAttribute('aria-invalid', 'true')
    expect(recipient()).toHaveAccessibleDescription(
      'This number cannot be used: a +34 number takes no leading 0; leave the 0 out',
    )
    unmount()
    render(<Inline locale="sw" defaultTo="+34 0612 345 678" />)
    await user.click(screen.getByRole('button', { name: 'Tuma' }))
    const field = screen.getByRole('textbox', { name: 'Namba ya WhatsApp ya mteja' })
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(/namba ya \+34 haitumii 0 ya mwanzo; ondoa 0 hiyo$/)
    expect(sent).toEqual([])
  })

  it('refuses an Italian number without the 0 it keeps, in English and Swahili, sending nothing', async () => {
    const sent = recordSends()
    const { unmount } = render(<Inline defaultTo="+39 6 1234 5678" />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(recipient()).toHaveAttribute('aria-invalid', 'true')
    expect(recipient()).toHaveAccessibleDescription(
      'This number cannot be used: a +39 number keeps its leading 0 after the country code; put the 0 back',
    )
    unmount()
    render(<Inline locale="sw" defaultTo="+39 6 1234 5678" />)
    await user.click(screen.getByRole('button', { name: 'Tuma' }))
    const field = screen.getByRole('textbox', { name: 'Namba ya WhatsApp ya mteja' })
    expect(field).toHaveAccessibleDescription(
      /namba ya \+39 huweka 0 yake ya mwanzo baada ya msimbo wa nchi; rudisha 0 hiyo$/,
    )
    expect(sent).toEqual([])
  })

  it('refuses a prefix that reads as two numbers, naming both, in English and Swahili, sending nothing', async () => {
    const sent = recordSends()
    const { unmount } = render(<Inline defaultCountryCode="234" defaultTo="009 45 20 12 34 56" />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(recipient()).toHaveAttribute('aria-invalid', 'true')
    expect(recipient()).toHaveAccessibleDescription(
      'This number cannot be used: phone number starting 009 can be more than one number (+94520123456 or +4520123456); write it with + and its country code',
    )
    unmount()
    render(<Inline locale="sw" defaultCountryCode="234" defaultTo="009 45 20 12 34 56" />)
    await user.click(screen.getByRole('button', { name: 'Tuma' }))
    const field = screen.getByRole('textbox', { name: 'Namba ya WhatsApp ya mteja' })
    expect(field).toHaveAccessibleDescription(
      /namba ya simu inayoanza na 009 inaweza kuwa zaidi ya namba moja \(\+94520123456 au \+4520123456\); iandike na \+ na msimbo wa nchi yake$/,
    )
    expect(sent).toEqual([])
  })

  it('leaves the preview’s number with a trunk 0 after its code unlinked, and links one without', () => {
    render(<Inline defaultCountryCode="254" />)
    expect(within(preview()).queryByRole('link', { name: '+234 0803 123 4567' })).toBeNull()
    expect(within(preview()).getByRole('link', { name: '0722 123 456' })).toHaveAttribute('href', 'tel:+254722123456')
  })

  it('reads the preview’s numbers with the trunk prefix of the customer’s country', () => {
    const russian = {
      type: 'button',
      body: { text: 'Звоните 8 (812) 123-45-67' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Да' } }] },
    }
    render(<Inline interactive={russian} defaultTo="+7 912 345 67 89" />)
    expect(within(preview()).getByRole('link', { name: '8 (812) 123-45-67' })).toHaveAttribute(
      'href',
      'tel:+78121234567',
    )
  })
})
