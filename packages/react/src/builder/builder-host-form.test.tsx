import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

// An admin's own <form> around the builder (a ticket being edited): Enter in a one-line field
// of the builder must not submit it (HTML's implicit submission) in the middle of composing.
describe('the builder inside a host’s <form> (jsdom)', () => {
  it('Enter in a one-line field neither submits the host’s form nor loses the typing', async () => {
    const hostSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault())
    render(
      <form aria-label="Ticket" onSubmit={hostSubmit}>
        <InteractiveBuilder defaultValue={FEEDBACK_INTERACTIVE} />
        <button type="submit">Save ticket</button>
      </form>,
    )
    const user = userEvent.setup()
    const title = screen.getByRole('textbox', { name: 'Button 1 title' })
    await user.clear(title)
    await user.type(title, 'Ndiyo{Enter}')
    await user.type(screen.getByRole('textbox', { name: 'Footer text' }), '{Enter}')
    expect(hostSubmit).not.toHaveBeenCalled()
    expect(title).toHaveValue('Ndiyo')
    // The host's own controls still submit it.
    await user.click(screen.getByRole('button', { name: 'Save ticket' }))
    expect(hostSubmit).toHaveBeenCalledOnce()
  })
})
