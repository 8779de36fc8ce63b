import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

afterEach(cleanup)

// Chromium's own implicit submission: Enter in a one-line field of the builder inside an
// admin's <form> must not submit it; the composer's send step (a form of the kit's inside the
// builder) still sends on Enter.
describe('the composer inside a host’s <form> (Chromium)', () => {
  it('Enter in a builder field submits nothing; Enter in the inline recipient sends', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    render(
      <form
        aria-label="Ticket"
        onSubmit={(event) => {
          event.preventDefault()
          hostSubmit()
        }}
      >
        <InteractiveComposer client={client} defaultValue={FEEDBACK_INTERACTIVE} sendMode="inline" />
        <button type="submit">Save ticket</button>
      </form>,
    )
    const title = page.getByRole('textbox', { name: 'Button 1 title' })
    await userEvent.type(title, '!{Enter}')
    await userEvent.type(page.getByRole('textbox', { name: 'Footer text' }), '{Enter}')
    expect(hostSubmit).not.toHaveBeenCalled()
    await expect.element(title).toHaveValue('Yes!')
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await recipient.fill(FIXTURE_PHONES.open)
    await userEvent.type(recipient, '{Enter}')
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
  })
})
