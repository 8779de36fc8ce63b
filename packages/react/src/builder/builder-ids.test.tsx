import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

const textbox = (name: string) => screen.getByRole('textbox', { name })

/** A controlled host that keeps its own copy of every draft. */
function CopyingHost() {
  const [value, setValue] = useState<unknown>(FEEDBACK_INTERACTIVE)
  return <InteractiveBuilder value={value} onValueChange={(draft) => setValue(structuredClone(draft))} />
}

describe('ids and their titles', () => {
  it("keeps the ids of a message from outside (Briq's example), and follows the title of a button added", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={FEEDBACK_INTERACTIVE} />)
    await user.type(textbox('Button 1 title'), ' please')
    expect(textbox('Button 1 title')).toHaveValue('Yes please')
    expect(textbox('Button 1 ID')).toHaveValue('yes')
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    await user.type(textbox('Button 3 title'), 'Maybe later')
    expect(textbox('Button 3 ID')).toHaveValue('maybe-later')
    // An id cleared by hand is the builder's to make again.
    await user.clear(textbox('Button 2 ID'))
    await user.type(textbox('Button 2 title'), ' thanks')
    expect(textbox('Button 2 ID')).toHaveValue('no-thanks')
  })

  it('says which ids are kept and which are made from the title, in English and Swahili', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<InteractiveBuilder defaultValue={FEEDBACK_INTERACTIVE} />)
    expect(textbox('Button 1 ID')).toHaveAccessibleDescription(/Kept when the title changes; empty it to make one/)
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    expect(textbox('Button 3 ID')).toHaveAccessibleDescription(/Made from the title unless you type your own/)
    await user.clear(textbox('Button 1 ID'))
    expect(textbox('Button 1 ID')).toHaveAccessibleDescription(/Made from the title unless you type your own/)
    await user.type(textbox('Button 1 ID'), 'ndiyo')
    expect(textbox('Button 1 ID')).toHaveAccessibleDescription(/Kept when the title changes/)
    unmount()
    render(<InteractiveBuilder defaultValue={FEEDBACK_INTERACTIVE} locale="sw" />)
    expect(textbox('Kitambulisho cha kitufe 1')).toHaveAccessibleDescription(/Hakibadiliki jina likibadilika/)
  })

  it("follows the titles of the builder's own new draft", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder />)
    await user.clear(textbox('Button 1 title'))
    await user.type(textbox('Button 1 title'), 'Ndiyo')
    expect(textbox('Button 1 ID')).toHaveValue('ndiyo')
  })

  it('keeps a controlled value’s ids, and follows a button added while the parent copies every draft', async () => {
    const user = userEvent.setup()
    render(<CopyingHost />)
    await user.type(textbox('Button 1 title'), ' please')
    expect(textbox('Button 1 ID')).toHaveValue('yes')
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    await user.type(textbox('Button 3 title'), 'Maybe later')
    expect(textbox('Button 3 ID')).toHaveValue('maybe-later')
  })

  it('moves a generated id out of the way of the same id typed by hand, with no error to fix', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder />)
    expect(textbox('Button 1 ID')).toHaveValue('yes-confirm')
    await user.clear(textbox('Button 2 ID'))
    await user.type(textbox('Button 2 ID'), 'yes-confirm')
    await user.tab()
    expect(textbox('Button 2 ID')).toHaveValue('yes-confirm')
    expect(textbox('Button 1 ID')).toHaveValue('yes-confirm-2')
    for (const name of ['Button 1 ID', 'Button 2 ID']) expect(textbox(name)).not.toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByText(/is the same as/)).toBeNull()
    expect(screen.queryByRole('button', { name: /Make it unique/ })).toBeNull()
    // Still the builder's: a new title renews it; the typed one stays.
    await user.clear(textbox('Button 1 title'))
    await user.type(textbox('Button 1 title'), 'Sure')
    const ids = () => [textbox('Button 1 ID'), textbox('Button 2 ID')].map((field) => (field as HTMLInputElement).value)
    expect(ids()).toEqual(['sure', 'yes-confirm'])
    // Undo takes both ids back to where they started; Redo brings both back.
    const press = async (name: string) => {
      const control = screen.getByRole('button', { name })
      while (control.getAttribute('aria-disabled') !== 'true') await user.click(control)
    }
    await press('Undo')
    expect(ids()).toEqual(['yes-confirm', 'no-change-it'])
    await press('Redo')
    expect(ids()).toEqual(['sure', 'yes-confirm'])
  })
})
