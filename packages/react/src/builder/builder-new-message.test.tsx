import { createDraft } from '@briq-interactive/core'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { STARTER_WORDS } from '../i18n/starter-words.ts'
import { Builder } from './builder.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { withFreshStorage } from './testing/fresh-storage.ts'

const newMessage = () => screen.getByRole('button', { name: 'New message' })
const body = () => screen.getByRole('textbox', { name: 'Body text' })
const said = () => screen.getAllByRole('status').at(-1)?.textContent
const json = () => screen.getByRole('textbox', { name: 'Interactive object (JSON)' }) as HTMLTextAreaElement

/** A host holding the draft itself, noting each draft it is given back. */
function Host({ initial, seen }: { initial: unknown; seen: unknown[] }) {
  const [draft, setDraft] = useState<unknown>(initial)
  seen.push(draft)
  return <InteractiveBuilder value={draft} onValueChange={setDraft} />
}

describe('New message', () => {
  it('is aria-disabled on a new builder and once the draft is a new one again', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder />)
    expect(newMessage()).toHaveAttribute('aria-disabled', 'true')
    await user.click(newMessage())
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'true')
    await user.type(body(), '!')
    expect(newMessage()).not.toHaveAttribute('aria-disabled')
    await user.click(newMessage())
    expect(newMessage()).toHaveAttribute('aria-disabled', 'true')
  })

  it('stays aria-disabled after types were only looked through: what they kept was only starter words', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder onValueChange={onValueChange} />)
    const picker = screen.getByRole('combobox', { name: 'Message type' })
    await user.selectOptions(picker, 'list')
    await user.selectOptions(picker, 'cta_url')
    await user.selectOptions(picker, 'button')
    expect(onValueChange.mock.lastCall?.[0]).toEqual(createDraft('button'))
    expect(newMessage()).toHaveAttribute('aria-disabled', 'true')
  })

  it('with a new message shown, lets go what was written under another type, and says so', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder />)
    const picker = screen.getByRole('combobox', { name: 'Message type' })
    await user.selectOptions(picker, 'list')
    await user.clear(screen.getByRole('textbox', { name: 'Row 1 description' }))
    await user.type(screen.getByRole('textbox', { name: 'Row 1 description' }), 'Today')
    await user.selectOptions(picker, 'button')
    // Nothing in sight is other than a new message's, but the row's description waits to come back.
    expect(newMessage()).not.toHaveAttribute('aria-disabled')
    await user.click(newMessage())
    expect(said()).toBe(
      'New message started, and what you typed before changing a type or kind is gone too. Undo brings it back.',
    )
    expect(newMessage()).toHaveAttribute('aria-disabled', 'true')
    // The new list's own starter words, not the description typed before.
    await user.selectOptions(picker, 'list')
    expect(screen.getByRole('textbox', { name: 'Row 1 description' })).toHaveValue('See where your parcel is')
    await user.selectOptions(picker, 'button')
    for (let step = 0; step < 3; step++) await user.click(screen.getByRole('button', { name: 'Undo' }))
    await user.selectOptions(picker, 'list')
    expect(screen.getByRole('textbox', { name: 'Row 1 description' })).toHaveValue('Today')
  })

  it('with a new message shown, lets go a header text kept while the header was of another kind (en, sw)', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<InteractiveBuilder />)
    const header = screen.getByRole('combobox', { name: 'Header type' })
    await user.selectOptions(header, 'text')
    await user.type(screen.getByRole('textbox', { name: 'Header text' }), 'Sale')
    await user.selectOptions(header, 'none')
    expect(newMessage()).not.toHaveAttribute('aria-disabled')
    await user.click(newMessage())
    expect(said()).toBe(
      'New message started, and what you typed before changing a type or kind is gone too. Undo brings it back.',
    )
    unmount()
    render(<InteractiveBuilder locale="sw" />)
    const kichwa = screen.getByRole('combobox', { name: 'Aina ya kichwa' })
    await user.selectOptions(kichwa, 'text')
    await user.type(screen.getByRole('textbox', { name: 'Maandishi ya kichwa' }), 'Punguzo')
    await user.selectOptions(kichwa, 'none')
    await user.click(screen.getByRole('button', { name: 'Ujumbe mpya' }))
    expect(said()).toBe(
      'Ujumbe mpya umeanzishwa, na ulichoandika kabla ya kubadilisha aina kimeondolewa pia. Tendua hukirudisha.',
    )
  })

  it('is aria-disabled while a controlled host has no draft yet (value={null}), and starts none', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder value={null} onValueChange={onValueChange} />)
    expect(newMessage()).toHaveAttribute('aria-disabled', 'true')
    await user.click(newMessage())
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('starts a new message of the present type in one undo step, says so and focuses "Message type"', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const old = { ...createDraft('button'), body: { text: 'Order 42 is ready' }, footer: { text: 'Shop' } }
    const expected = createDraft('list')
    render(<InteractiveBuilder defaultValue={old} onValueChange={onValueChange} />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'list')
    // Changing type keeps the body and footer; a new message does not.
    expect(body()).toHaveValue('Order 42 is ready')
    const list = onValueChange.mock.lastCall?.[0]
    await user.click(newMessage())
    const fresh = onValueChange.mock.lastCall?.[0]
    // Core's new draft of that type, starter words and all, with nothing of the old one.
    expect(fresh).toEqual(expected)
    expect(body()).not.toHaveValue('Order 42 is ready')
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveFocus()
    expect(said()).toBe('New message started. Undo brings the previous one back.')
    expect(newMessage()).toHaveAttribute('aria-disabled', 'true')
    // One Undo brings the old message back whole.
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(onValueChange.mock.lastCall?.[0]).toEqual(list)
    expect(body()).toHaveValue('Order 42 is ready')
    expect(said()).toBe('Undone: New message started')
    await user.click(screen.getByRole('button', { name: 'Redo' }))
    expect(onValueChange.mock.lastCall?.[0]).toEqual(fresh)
    expect(said()).toBe('Redone: New message started')
  })

  it('starts reply buttons, as a new builder does, where no type the kit knows is shown', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(
      <InteractiveBuilder
        defaultValue={{ type: 'poll', body: { text: 'Which day?' } }}
        onValueChange={onValueChange}
      />,
    )
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('')
    await user.click(newMessage())
    expect(onValueChange.mock.lastCall?.[0]).toEqual(createDraft('button'))
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('button')
  })

  it('works controlled: the host gets the new draft, and Undo gives it its own back', async () => {
    const user = userEvent.setup()
    const old = { ...createDraft('cta_url'), body: { text: 'See the menu' } }
    const seen: unknown[] = []
    render(<Host initial={old} seen={seen} />)
    await user.click(newMessage())
    expect(seen.at(-1)).toEqual(createDraft('cta_url'))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(seen.at(-1)).toEqual(old)
    expect(body()).toHaveValue('See the menu')
  })

  it('speaks Swahili, with the Swahili starter words', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    // Core's new draft in the builder's language, as a new builder in Swahili starts.
    const expected = createDraft('button', { text: STARTER_WORDS.sw })
    render(<InteractiveBuilder locale="sw" defaultValue={createDraft('button')} onValueChange={onValueChange} />)
    await user.click(screen.getByRole('button', { name: 'Ujumbe mpya' }))
    expect(onValueChange.mock.lastCall?.[0]).toEqual(expected)
    expect(screen.getByRole('button', { name: 'Ujumbe mpya' })).toHaveAttribute('aria-disabled', 'true')
    expect(said()).toBe('Ujumbe mpya umeanzishwa. Tendua huurudisha ujumbe wa awali.')
    await user.click(screen.getByRole('button', { name: 'Tendua' }))
    expect(said()).toBe('Imetenduliwa: Ujumbe mpya umeanzishwa')
  })

  it('a new draft started in English, the builder now in Swahili, picked another type is its Swahili new draft', async () => {
    const user = userEvent.setup()
    const seen: unknown[] = []
    const { rerender } = render(<InteractiveBuilder locale="en" onValueChange={(draft) => seen.push(draft)} />)
    rerender(<InteractiveBuilder locale="sw" onValueChange={(draft) => seen.push(draft)} />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Aina ya ujumbe' }), 'list')
    // Was the English body and the buttons' English rows under a Swahili "Tazama machaguo".
    expect(seen.at(-1)).toEqual(createDraft('list', { text: STARTER_WORDS.sw }))
    await user.click(screen.getByRole('button', { name: 'Tendua' }))
    expect(seen.at(-1)).toEqual(createDraft('button'))
  })

  it("gives a new draft started in another language way to the new draft in the builder's own, as a type pick does", async () => {
    const user = userEvent.setup()
    const seen: unknown[] = []
    const onValueChange = (draft: unknown) => seen.push(draft)
    const { rerender } = render(<InteractiveBuilder locale="sw" onValueChange={onValueChange} />)
    expect(screen.getByRole('button', { name: 'Ujumbe mpya' })).toHaveAttribute('aria-disabled', 'true')
    rerender(<InteractiveBuilder locale="en" onValueChange={onValueChange} />)
    // Nobody wrote the Swahili starter words; an English new message is what "New message" offers.
    expect(newMessage()).not.toHaveAttribute('aria-disabled')
    await user.click(newMessage())
    expect(seen.at(-1)).toEqual(createDraft('button'))
    expect(newMessage()).toHaveAttribute('aria-disabled', 'true')
    // Nothing a type switch kept went: the plain sentence, not the one about text kept aside.
    expect(said()).toBe('New message started. Undo brings the previous one back.')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(seen.at(-1)).toEqual(createDraft('button', { text: STARTER_WORDS.sw }))
    // A Swahili new draft a host hands an English builder gives way the same.
    rerender(
      <InteractiveBuilder key="host" locale="en" defaultValue={createDraft('list', { text: STARTER_WORDS.sw })} />,
    )
    expect(newMessage()).not.toHaveAttribute('aria-disabled')
    await user.click(newMessage())
    expect(newMessage()).toHaveAttribute('aria-disabled', 'true')
  })

  it("clears the JSON tab's unparsed text and the last file's note, as opening a file does; Undo brings the text back", async () => {
    const user = userEvent.setup()
    const { container } = render(<InteractiveBuilder defaultTab="json" />)
    // A send request with a sender: no send step takes it, so it is named as left out.
    const request = { sender: 'shop', interactive: createDraft('list') }
    const file = new File([JSON.stringify(request)], 'ferry.json', { type: 'application/json' })
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, file)
    const opened = /^Opened ferry\.json\. Left out/
    expect(await screen.findByText(opened, { selector: 'p' })).toBeInTheDocument()
    fireEvent.change(json(), { target: { value: '{"type": "list",' } })
    await user.click(newMessage())
    expect(screen.queryByText(opened, { selector: 'p' })).toBeNull()
    expect(JSON.parse(json().value)).toEqual(createDraft('list'))
    expect(json()).not.toHaveAttribute('aria-invalid', 'true')
    // On the JSON tab "Message type" is not shown: focus goes to the JSON text.
    expect(json()).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(json()).toHaveValue('{"type": "list",')
  })

  it('is a part of its own, placed where the host likes', async () => {
    const user = userEvent.setup()
    render(
      <Builder.Root defaultValue={{ ...createDraft('button'), body: { text: 'Old' } }}>
        <Builder.NewMessage className="mine" />
        <Builder.Body />
      </Builder.Root>,
    )
    expect(newMessage()).toHaveClass('bi-builder-button', 'mine')
    await user.click(newMessage())
    // No "Message type" here: focus goes to the first control shown.
    expect(body()).toHaveFocus()
    expect(body()).not.toHaveValue('Old')
  })
})

describe('New message with persistKey', () => {
  withFreshStorage()

  it('is saved like any change', () => {
    render(
      <InteractiveBuilder persistKey="crm:new" defaultValue={{ ...createDraft('button'), body: { text: 'Old' } }} />,
    )
    fireEvent.click(newMessage())
    act(() => vi.advanceTimersByTime(1000))
    const stored = JSON.parse(localStorage.getItem('crm:new') ?? 'null') as { value: unknown }
    expect(stored.value).toEqual(createDraft('button'))
  })
})
