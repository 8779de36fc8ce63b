import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

const interactive = {
  type: 'button',
  body: { text: 'Agizo lako liko tayari' },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
}

const recipient = () => page.getByRole('textbox', { name: "Customer's WhatsApp number" })

describe('the send dialog given two lines pasted into its number field (Chromium)', () => {
  it('names both numbers, as Chromium pastes the line break as a space, and sends nothing', async () => {
    // Two lines copied from a list, through the clipboard as an operator copies them.
    const list = document.createElement('textarea')
    list.setAttribute('aria-label', 'Customers')
    list.value = '0712 345 678\n0713 345 678'
    document.body.append(list)
    await userEvent.click(list)
    list.select()
    await userEvent.copy()
    list.remove()
    const { client, sends } = createMockClient()
    render(<SendInteractiveDialog client={client} interactive={interactive} defaultOpen pollIntervalMs={20} />)
    await userEvent.click(recipient())
    await userEvent.paste()
    await expect.element(recipient()).toHaveValue('0712 345 678 0713 345 678')
    await userEvent.click(page.getByRole('button', { name: 'Send', exact: true }))
    await expect.element(recipient()).toHaveAttribute('aria-invalid', 'true')
    await expect
      .element(recipient())
      .toHaveAccessibleDescription(/holds 2 numbers \(\+255712345678 and \+255713345678\); write one of them/)
    expect(sends).toEqual([])
  })
})
