import { createBriqClient, createDraft } from '@briq-interactive/core'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SendDialog } from '../send-dialog/send-dialog.ts'
import { Builder } from './builder.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

afterEach(() => vi.useRealTimers())

const body = () => screen.getByRole('textbox', { name: 'Body text' })

/** A parent that stores its own version of every draft: upper-cased, or a structural copy. */
function TransformingHost({ transform }: { transform: (draft: unknown) => unknown }) {
  const [draft, setDraft] = useState<unknown>(createDraft('button'))
  return <InteractiveBuilder value={draft} onValueChange={(next) => setDraft(transform(next))} />
}

describe('undo and redo', () => {
  it('undoes and redoes with the buttons; a button with nothing to do is aria-disabled and keeps focus', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const undo = screen.getByRole('button', { name: 'Undo' })
    const redo = screen.getByRole('button', { name: 'Redo' })
    expect(undo).toHaveAttribute('aria-disabled', 'true')
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    expect(undo).not.toHaveAttribute('aria-disabled')
    await user.click(undo)
    expect(screen.queryByRole('group', { name: 'Button 3' })).toBeNull()
    expect(undo).toHaveFocus()
    expect(undo).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByText('Undone: Button 3 added')).toBeInTheDocument()
    await user.click(redo)
    expect(screen.getByRole('group', { name: 'Button 3' })).toBeInTheDocument()
    expect(redo).toHaveAttribute('aria-disabled', 'true')
    // Clicking a disabled Undo does nothing.
    await user.click(redo)
    expect(screen.getByRole('group', { name: 'Button 3' })).toBeInTheDocument()
  })

  it("takes the browser's own undo and redo of a field of the draft (beforeinput) as its own", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={{ ...createDraft('button'), body: { text: 'Hello' } }} />)
    await user.type(body(), '!')
    const history = (inputType: string) => {
      const event = new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true })
      fireEvent(body(), event)
      return event.defaultPrevented
    }
    expect(history('historyUndo')).toBe(true)
    expect(body()).toHaveValue('Hello')
    expect(screen.getByRole('button', { name: 'Redo' })).not.toHaveAttribute('aria-disabled')
    expect(history('historyRedo')).toBe(true)
    expect(body()).toHaveValue('Hello!')
    // Other edits are the field's own.
    expect(history('insertText')).toBe(false)
  })

  it('says what each undo and redo took back or made again, in the language shown', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<InteractiveBuilder defaultValue={createDraft('list')} />)
    // The builder's own live region (the last status on the page), not the summary's count.
    const said = () => screen.getAllByRole('status').at(-1)?.textContent
    const undo = screen.getByRole('button', { name: 'Undo' })
    const redo = screen.getByRole('button', { name: 'Redo' })
    await user.click(screen.getByRole('button', { name: 'Add row' }))
    await user.click(within(screen.getByRole('group', { name: 'Row 2' })).getByRole('button', { name: 'Remove' }))
    await user.type(body(), '!')
    await user.click(undo)
    expect(said()).toBe('Undone: Body text changed')
    await user.click(undo)
    // Named with its section: the rows around it are numbered anew.
    expect(said()).toBe('Undone: Section 1 row 2 removed')
    await user.click(undo)
    expect(said()).toBe('Undone: Section 1 row 4 added')
    await user.click(redo)
    expect(said()).toBe('Redone: Section 1 row 4 added')
    rerender(<InteractiveBuilder defaultValue={createDraft('list')} locale="sw" />)
    await user.click(screen.getByRole('button', { name: 'Rudia' }))
    expect(said()).toBe('Imerudiwa: Umeondoa safu 2 ya sehemu 1')
  })

  it('says which fix-it, type change or move an undo took back', async () => {
    const user = userEvent.setup()
    const four = createDraft('button')
    const buttons = ['A', 'B', 'C', 'D'].map((title) => ({ type: 'reply', reply: { id: title, title } }))
    render(<InteractiveBuilder defaultValue={{ ...four, action: { buttons } }} />)
    const said = () => screen.getAllByRole('status').at(-1)?.textContent
    const undo = screen.getByRole('button', { name: 'Undo' })
    await user.click(within(screen.getByRole('group', { name: 'Button 2' })).getByRole('button', { name: 'Move up' }))
    await user.click(undo)
    expect(said()).toBe('Undone: Button 2 moved')
    await user.click(screen.getAllByRole('button', { name: /^Turn the 4 buttons into a list/ })[0] as HTMLElement)
    await user.click(undo)
    expect(said()).toBe('Undone: Turn the 4 buttons into a list')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'cta_url')
    await user.click(undo)
    // The type as core's sentences name it inside one ("in list messages"), not capitalised.
    expect(said()).toBe('Undone: Message type set to link button')
    await user.click(screen.getByRole('button', { name: 'Redo' }))
    expect(said()).toBe('Redone: Message type set to link button')
  })

  it('says in Swahili which type an undone step set, named inside the sentence with a small letter', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} locale="sw" />)
    const said = () => screen.getAllByRole('status').at(-1)?.textContent
    await user.selectOptions(screen.getByRole('combobox', { name: 'Aina ya ujumbe' }), 'cta_url')
    await user.click(screen.getByRole('button', { name: 'Tendua' }))
    // "Imekuwa Kitufe cha kiungo" capitalised a common noun mid-sentence; core says "ujumbe wa kitufe cha kiungo".
    expect(said()).toBe('Imetenduliwa: Aina ya ujumbe imekuwa kitufe cha kiungo')
  })

  it('keeps the capital of a type named after WhatsApp’s product, as the type picker writes it', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<InteractiveBuilder defaultValue={createDraft('button')} locale="sw" />)
    const said = () => screen.getAllByRole('status').at(-1)?.textContent
    await user.selectOptions(screen.getByRole('combobox', { name: 'Aina ya ujumbe' }), 'flow')
    expect(screen.getByRole('option', { name: 'Flow', selected: true })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Tendua' }))
    // "imekuwa flow" made WhatsApp's Flow a common noun, where core says "ujumbe wa WhatsApp Flow".
    expect(said()).toBe('Imetenduliwa: Aina ya ujumbe imekuwa Flow')
    rerender(<InteractiveBuilder defaultValue={createDraft('button')} locale="en" />)
    await user.click(screen.getByRole('button', { name: 'Redo' }))
    expect(said()).toBe('Redone: Message type set to Flow')
  })

  it('Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, from any control in the builder', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('button')} onValueChange={onValueChange} />)
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    expect(screen.getByRole('textbox', { name: 'Button 3 title' })).toHaveFocus()
    await user.keyboard('{Control>}z{/Control}')
    expect(screen.queryByRole('group', { name: 'Button 3' })).toBeNull()
    // The field typed in is gone: focus stays in the builder, on Undo.
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus()
    // onValueChange hears undo too.
    expect(onValueChange.mock.lastCall?.[0]).toMatchObject({ action: { buttons: [{}, {}] } })
    await user.keyboard('{Meta>}{Shift>}z{/Shift}{/Meta}')
    expect(screen.getByRole('group', { name: 'Button 3' })).toBeInTheDocument()
    await user.keyboard('{Meta>}z{/Meta}')
    expect(screen.queryByRole('group', { name: 'Button 3' })).toBeNull()
    await user.keyboard('{Control>}y{/Control}')
    expect(screen.getByRole('group', { name: 'Button 3' })).toBeInTheDocument()
  })

  // A host's layout of parts with the preview and the send step inside Builder.Root: the form's
  // Send and pickers are the send's, as in the composer, and a Ctrl+Z there leaves the message.
  it('leaves a form placed inside Builder.Root (SendDialog.Form) and Builder.Preview their own keys', async () => {
    const client = createBriqClient({ endpoint: 'http://localhost/api/briq', fetch: () => new Promise(() => {}) })
    render(
      <Builder.Root defaultValue={createDraft('button')} locale="sw">
        <Builder.History />
        <Builder.Action />
        <Builder.Preview />
        <SendDialog.Root interactive={createDraft('button')} client={client}>
          <SendDialog.Form aria-label="Send it">
            <SendDialog.Actions />
          </SendDialog.Form>
        </SendDialog.Root>
      </Builder.Root>,
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Ongeza kitufe' }))
    const form = screen.getByRole('form', { name: 'Send it' })
    const preview = screen.getByRole('region', { name: 'Onyesho la ujumbe wa WhatsApp' })
    for (const button of [...within(form).getAllByRole('button'), ...within(preview).getAllByRole('button')]) {
      expect(fireEvent.keyDown(button, { key: 'z', ctrlKey: true })).toBe(true)
    }
    expect(screen.getByRole('group', { name: 'Kitufe 3' })).toBeInTheDocument()
    expect(fireEvent.keyDown(screen.getByRole('button', { name: 'Tendua' }), { key: 'z', ctrlKey: true })).toBe(false)
    expect(screen.queryByRole('group', { name: 'Kitufe 3' })).toBeNull()
  })

  // A host's own <form> inside Builder.Root around the builder's parts (a ticket with its Save):
  // those are still the draft's controls, and Ctrl+Z in them is the builder's undo.
  it('still undoes from the builder’s parts inside a form of the host’s within Builder.Root', async () => {
    render(
      <Builder.Root defaultValue={createDraft('button')} locale="sw">
        <form aria-label="Tiketi">
          <Builder.History />
          <Builder.Action />
        </form>
      </Builder.Root>,
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Ongeza kitufe' }))
    expect(
      fireEvent.keyDown(screen.getByRole('textbox', { name: 'Jina la kitufe 3' }), { key: 'z', ctrlKey: true }),
    ).toBe(false)
    expect(screen.queryByRole('group', { name: 'Kitufe 3' })).toBeNull()
  })

  it('typing is one undo step per pause', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(1_000_000)
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const type = (text: string) => fireEvent.change(body(), { target: { value: text } })
    type('H')
    vi.setSystemTime(1_000_200)
    type('He')
    vi.setSystemTime(1_000_400)
    type('Hey')
    // A pause longer than a second starts a new step.
    vi.setSystemTime(1_003_000)
    type('Hey you')
    fireEvent.keyDown(body(), { key: 'z', ctrlKey: true })
    expect(body()).toHaveValue('Hey')
    fireEvent.keyDown(body(), { key: 'z', ctrlKey: true })
    expect(body()).toHaveValue('Would you like to confirm your order?')
    fireEvent.keyDown(body(), { key: 'z', shiftKey: true, ctrlKey: true })
    expect(body()).toHaveValue('Hey')
  })

  it('a letter typed and taken back within the pause is no step: the next Undo takes back the step before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(1_000_000)
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const footer = screen.getByRole('textbox', { name: 'Footer text' })
    const undo = screen.getByRole('button', { name: 'Undo' })
    fireEvent.change(footer, { target: { value: 'Duka' } })
    vi.setSystemTime(1_005_000)
    const text = (body() as HTMLTextAreaElement).value
    fireEvent.change(body(), { target: { value: `${text}!` } })
    vi.setSystemTime(1_005_200)
    fireEvent.change(body(), { target: { value: text } })
    await userEvent.setup().click(undo)
    // One press: the footer typed before, not a step that changed nothing.
    expect(footer).toHaveValue('')
    expect(screen.getAllByRole('status').at(-1)?.textContent).toBe('Undone: Footer text changed')
    expect(undo).toHaveAttribute('aria-disabled', 'true')
  })

  it('a row title typed away and back after a type switch is no step either (its id follows it)', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(1_000_000)
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    fireEvent.change(screen.getByRole('combobox', { name: 'Message type' }), { target: { value: 'list' } })
    const title = screen.getByRole('textbox', { name: 'Row 3 title' })
    const id = screen.getByRole('textbox', { name: 'Row 3 ID' })
    vi.setSystemTime(1_003_000)
    fireEvent.change(id, { target: { value: '' } })
    const before = (title as HTMLInputElement).value
    vi.setSystemTime(1_006_000)
    for (const typed of ['L', 'La', 'Later']) fireEvent.change(title, { target: { value: typed } })
    expect(id).toHaveValue('later')
    vi.setSystemTime(1_009_000)
    fireEvent.change(title, { target: { value: 'Later, in the evening' } })
    vi.setSystemTime(1_009_200)
    fireEvent.change(title, { target: { value: 'Later' } })
    // One press takes back the typing before, not a step that changed nothing.
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true })
    expect(title).toHaveValue(before)
  })

  it('typing is one undo step per pause when a controlled parent transforms or copies each draft', () => {
    const upperBody = (draft: unknown) => {
      const copy = structuredClone(draft) as { body: { text: string } }
      copy.body.text = copy.body.text.toUpperCase()
      return copy
    }
    for (const [transform, typed, shown] of [
      // The parent answers an undo too: the starter text comes back upper-cased.
      [upperBody, ['h', 'he', 'hey', 'HEY you'], ['HEY', 'HEY YOU', 'WOULD YOU LIKE TO CONFIRM YOUR ORDER?']],
      [structuredClone, ['h', 'he', 'hey', 'hey you'], ['hey', 'hey you', 'Would you like to confirm your order?']],
    ] as const) {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(1_000_000)
      const { unmount } = render(<TransformingHost transform={transform} />)
      const type = (text: string) => fireEvent.change(body(), { target: { value: text } })
      type(typed[0])
      vi.setSystemTime(1_000_200)
      type(typed[1])
      vi.setSystemTime(1_000_400)
      type(typed[2])
      expect(body()).toHaveValue(shown[0])
      // A pause longer than a second starts a new step.
      vi.setSystemTime(1_003_000)
      type(typed[3])
      expect(body()).toHaveValue(shown[1])
      fireEvent.keyDown(body(), { key: 'z', ctrlKey: true })
      expect(body()).toHaveValue(shown[0])
      fireEvent.keyDown(body(), { key: 'z', ctrlKey: true })
      expect(body()).toHaveValue(shown[2])
      // Two steps in all: nothing is left to undo.
      expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'true')
      fireEvent.keyDown(body(), { key: 'z', shiftKey: true, ctrlKey: true })
      expect(body()).toHaveValue(shown[0])
      fireEvent.keyDown(body(), { key: 'z', shiftKey: true, ctrlKey: true })
      expect(body()).toHaveValue(shown[1])
      unmount()
      vi.useRealTimers()
    }
  })

  it('a paste into a field of the form is a step of its own, as the browser’s own undo of a field has it', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('flow')} />)
    // Within the pause: typed, pasted, typed on. Undo takes away what came after the paste, then
    // the paste alone, never the typing before it with it.
    for (const name of ['Body text', 'Flow button text', 'Screen data (JSON)']) {
      const field = screen.getByRole('textbox', { name })
      await user.clear(field)
      await user.type(field, '{{a')
      await user.paste('"b"')
      await user.type(field, '}')
      await user.keyboard('{Control>}z{/Control}')
      expect(field).toHaveValue('{a"b"')
      await user.keyboard('{Control>}z{/Control}')
      expect(field).toHaveValue('{a')
      await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
      expect(field).toHaveValue('{a"b"')
    }
  })

  it('a change in another field is a step of its own, even within the pause', async () => {
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    fireEvent.change(body(), { target: { value: 'One' } })
    fireEvent.change(screen.getByRole('textbox', { name: 'Footer text' }), { target: { value: 'Two' } })
    fireEvent.keyDown(body(), { key: 'z', ctrlKey: true })
    expect(screen.getByRole('textbox', { name: 'Footer text' })).toHaveValue('')
    expect(body()).toHaveValue('One')
  })

  it('undoing a type change or a card kind change leaves focus on the control that made it', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('carousel')} />)
    // Quick replies come back on every card at once: no one card takes focus.
    const url = screen.getByRole('radio', { name: 'Media with a link button' })
    await user.click(url)
    await user.keyboard('{Control>}z{/Control}')
    expect(screen.getAllByRole('textbox', { name: 'Button 1 title' })).toHaveLength(2)
    expect(url).toHaveFocus()
    // The list's one section is new after the undo, but the type changed: the picker keeps focus.
    const type = screen.getByRole('combobox', { name: 'Message type' })
    await user.selectOptions(type, 'list')
    await user.selectOptions(type, 'button')
    await user.keyboard('{Control>}z{/Control}')
    expect(type).toHaveValue('list')
    expect(type).toHaveFocus()
  })

  it('redoing the Remove of the last button puts focus on the one before, as Remove did', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const remove = (n: number) =>
      within(screen.getByRole('group', { name: `Button ${n}` })).getByRole('button', { name: 'Remove' })
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    await user.click(remove(3))
    expect(remove(2)).toHaveFocus()
    await user.keyboard('{Control>}z{/Control}')
    expect(remove(3)).toHaveFocus()
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(screen.queryByRole('group', { name: 'Button 3' })).toBeNull()
    expect(remove(2)).toHaveFocus()
  })

  it("redoing the Remove of the second of two buttons focuses the first's title, not its dimmed Remove", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const remove = (n: number) =>
      within(screen.getByRole('group', { name: `Button ${n}` })).getByRole('button', { name: 'Remove' })
    await user.click(remove(2))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    remove(2).focus()
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(screen.queryByRole('group', { name: 'Button 2' })).toBeNull()
    expect(remove(1)).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByRole('textbox', { name: 'Button 1 title' })).toHaveFocus()
  })

  it("undoing the Add of a second button from the first's Remove moves focus off it as it dims", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={{ ...createDraft('button'), action: { buttons: [] } }} />)
    const remove = (n: number) =>
      within(screen.getByRole('group', { name: `Button ${n}` })).getByRole('button', { name: 'Remove' })
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    expect(remove(1)).not.toHaveAttribute('aria-disabled')
    remove(1).focus()
    await user.keyboard('{Control>}z{/Control}')
    expect(screen.queryByRole('group', { name: 'Button 2' })).toBeNull()
    expect(remove(1)).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByRole('textbox', { name: 'Button 1 title' })).toHaveFocus()
    // A Remove dimmed before the step keeps the focus put there (nothing was removed).
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    await user.click(remove(2))
    remove(1).focus()
    await user.type(screen.getByRole('textbox', { name: 'Body text' }), '!')
    remove(1).focus()
    await user.keyboard('{Control>}z{/Control}')
    expect(remove(1)).toHaveFocus()
  })

  // A host's layout without Builder.History, its root given the host's own id (one of several
  // campaign editors on the page): Ctrl+Z that takes away the field being typed in leaves focus
  // on that builder, not on the page.
  it('keeps focus in a builder without Undo buttons whose root has the host’s id', async () => {
    const user = userEvent.setup()
    render(
      <Builder.Root defaultValue={createDraft('button')} id="campaign-7-editor">
        <Builder.Action />
      </Builder.Root>,
    )
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    expect(screen.getByRole('textbox', { name: 'Button 3 title' })).toHaveFocus()
    await user.keyboard('{Control>}z{/Control}')
    expect(screen.queryByRole('group', { name: 'Button 3' })).toBeNull()
    expect(document.getElementById('campaign-7-editor')).toHaveFocus()
  })

  // Campaign drafts listed with a builder each, and the host's own search field and shortcuts.
  it('takes its keys only inside itself, prevented for a host shortcut above it to skip', async () => {
    // Undo steps follow the clock (a pause of a second starts one): held still, so a loaded
    // machine's slow keystrokes cannot split the clearing and typing into two.
    vi.useFakeTimers({ toFake: ['Date'] })
    const user = userEvent.setup()
    const seen: string[] = []
    const hostShortcut = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.key === 'z') seen.push(event.defaultPrevented ? 'prevented' : 'host')
    }
    document.addEventListener('keydown', hostShortcut)
    try {
      render(
        <>
          <input aria-label="Search campaigns" />
          <InteractiveBuilder defaultValue={createDraft('button')} />
          <InteractiveBuilder defaultValue={createDraft('button')} />
        </>,
      )
      const [first, second] = screen.getAllByRole('textbox', { name: 'Body text' })
      if (!first || !second) throw new Error('two builders expected')
      await user.clear(first)
      await user.type(first, 'First')
      await user.clear(second)
      await user.type(second, 'Second')
      await user.click(screen.getByRole('textbox', { name: 'Search campaigns' }))
      await user.keyboard('{Control>}z{/Control}')
      expect([first, second].map((field) => (field as HTMLTextAreaElement).value)).toEqual(['First', 'Second'])
      await user.click(second)
      await user.keyboard('{Control>}z{/Control}')
      expect(first).toHaveValue('First')
      expect(second).toHaveValue('Would you like to confirm your order?')
      expect(second).toHaveFocus()
      expect(seen).toEqual(['host', 'prevented'])
    } finally {
      document.removeEventListener('keydown', hostShortcut)
    }
  })
})
