import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { fireEvent, render, screen } from '@testing-library/react'
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

  it('keeps an id typed in the JSON tab over a generated one it repeats, and after a title changes in the form', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder />)
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    const json = textbox('Interactive object (JSON)')
    fireEvent.change(json, {
      target: { value: (json as HTMLTextAreaElement).value.replace('"no-change-it"', '"yes-confirm"') },
    })
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    const ids = () => [textbox('Button 1 ID'), textbox('Button 2 ID')].map((field) => (field as HTMLInputElement).value)
    expect(ids()).toEqual(['yes-confirm', 'yes-confirm'])
    // The repair moves the builder's id, never the one typed.
    expect(screen.queryByRole('button', { name: /^Make it unique/ })).toBeNull()
    await user.click(
      screen.getByRole('button', { name: 'Keep this ID; the one made from a title becomes yes-confirm-2' }),
    )
    expect(ids()).toEqual(['yes-confirm-2', 'yes-confirm'])
    expect(textbox('Button 1 ID')).toHaveFocus()
    await user.clear(textbox('Button 2 title'))
    await user.type(textbox('Button 2 title'), 'Later')
    await user.clear(textbox('Button 1 title'))
    await user.type(textbox('Button 1 title'), 'Sure')
    expect(ids()).toEqual(['sure', 'yes-confirm'])
  })

  it('words the repair that keeps a typed id in Swahili', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder locale="sw" defaultTab="json" />)
    const json = screen.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' }) as HTMLTextAreaElement
    const [first, second] = [...json.value.matchAll(/"id": "([^"]+)"/g)].map((match) => match[1])
    fireEvent.change(json, { target: { value: json.value.replace(`"${second}"`, `"${first}"`) } })
    await user.click(screen.getByRole('tab', { name: 'Fomu' }))
    expect(
      screen.getByRole('button', {
        name: `Acha kitambulisho hiki kama kilivyo; kile kilichotengenezwa kutoka kwa jina kiwe ${first}-2`,
      }),
    ).toBeInTheDocument()
  })
})
