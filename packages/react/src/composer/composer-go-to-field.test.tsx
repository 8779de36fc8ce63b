import { LIMITS } from '@briq-interactive/core'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { InteractiveComposer } from './interactive-composer.tsx'
import { renderComposerOverMock as renderComposer } from './testing/render-composer-over-mock.tsx'

// Strict: Briq's documented contract, a 422 naming the field for a message that breaks a rule.
const mock = createBriqMock({ seed: 'react-composer-go-to-field', clock: 'manual', strict: true })
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => mock.reset())
afterAll(() => server.close())

const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })
// An empty body and a 30-character Button 2 title: "2 errors to fix before sending".
const twoErrors = {
  type: 'button',
  body: { text: '' },
  action: { buttons: [reply('yes', 'Yes'), reply('later', 'Remind me on some other day ok')] },
}

const dialog = () => screen.getByRole('dialog', { name: 'Send message' })
const openSend = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('button', { name: 'Send' }))
  return dialog()
}

describe("InteractiveComposer: from the send dialog's problems to the builder's fields", () => {
  it('offers "Go to …" per problem; a press closes the dialog and focuses that field', async () => {
    renderComposer({ defaultValue: twoErrors })
    const user = userEvent.setup()
    const errors = within(await openSend(user)).getByRole('region', { name: '2 errors to fix before sending' })
    const goTo = within(errors)
      .getAllByRole('button')
      .map((button) => button.textContent)
    expect(goTo).toEqual(['Go to Body text', 'Go to Button 2 title'])
    await user.click(within(errors).getByRole('button', { name: 'Go to Button 2 title' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const title = screen.getByRole('textbox', { name: 'Button 2 title' })
    await waitFor(() => expect(title).toHaveFocus())
    expect(title).toHaveAttribute('aria-invalid', 'true')
  })

  it('from the JSON tab, shows the form again to focus the field', async () => {
    renderComposer({ defaultValue: twoErrors })
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    await user.click(within(await openSend(user)).getByRole('button', { name: 'Go to Body text' }))
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveFocus())
    expect(screen.getByRole('tab', { name: 'Form' })).toHaveAttribute('aria-selected', 'true')
  })

  it('is worded in Swahili, naming the field as core names it there', async () => {
    renderComposer({ defaultValue: twoErrors, locale: 'sw' })
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Tuma' }))
    const shown = screen.getByRole('dialog', { name: 'Tuma ujumbe' })
    await user.click(within(shown).getByRole('button', { name: 'Nenda kwenye Maandishi ya ujumbe' }))
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' })).toHaveFocus())
  })

  it("a send the server refused, naming a field, offers to go to it (a proxy stricter than the page's rules)", async () => {
    // The page allows a list body of 4096 (the list guide); the server Meta's 1024.
    const rule = { extendedListBody: true }
    const list = {
      type: 'list',
      body: { text: 'a'.repeat(LIMITS.body.text.max + 10) },
      action: { button: 'Choose', sections: [{ title: 'Times', rows: [{ id: 'one', title: 'One' }] }] },
    }
    render(
      <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }} validation={rule}>
        <InteractiveComposer defaultValue={list} validation={rule} defaultTo={FIXTURE_PHONES.open} />
      </BriqProvider>,
    )
    const user = userEvent.setup()
    const shown = await openSend(user)
    expect(within(shown).queryByRole('button', { name: /^Go to/ })).toBeNull()
    const before = mock.state().messages.length
    await user.click(within(shown).getByRole('button', { name: 'Send' }))
    const failure = await within(shown).findByRole('region', { name: 'Not sent' })
    expect(mock.state().messages).toHaveLength(before)
    await user.click(within(failure).getByRole('button', { name: 'Go to Body text' }))
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveFocus())
  })
})
