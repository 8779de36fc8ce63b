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
// admin's <form> must not submit it; the composer's send step (no form of its own: HTML cannot
// nest one in the host's) still sends on Enter.
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

  it('a click on Send in the inline step sends once, submits nothing, and no form is nested', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    const error = vi.spyOn(console, 'error')
    render(
      <form
        aria-label="Ticket"
        onSubmit={(event) => {
          event.preventDefault()
          hostSubmit()
        }}
      >
        <InteractiveComposer
          client={client}
          defaultValue={FEEDBACK_INTERACTIVE}
          sendMode="inline"
          defaultTo={FIXTURE_PHONES.open}
        />
      </form>,
    )
    expect(document.querySelectorAll('form form')).toHaveLength(0)
    await expect.element(page.getByRole('form', { name: 'Send message' })).toBeVisible()
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
  })
})
