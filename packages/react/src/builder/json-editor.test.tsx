import { createDraft, formatDraftJson, LIMITS } from '@briq-interactive/core'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Builder } from './builder.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { captureDownloads } from './testing/capture-downloads.ts'

afterEach(() => vi.restoreAllMocks())

const json = () => screen.getByRole('textbox', { name: 'Interactive object (JSON)' })

// A controlled host that keeps its own copy of each draft the builder reports.
function CopyingHost() {
  const [value, setValue] = useState<unknown>(createDraft('button'))
  return (
    <InteractiveBuilder value={value} onValueChange={(draft) => setValue(structuredClone(draft))} defaultTab="json" />
  )
}

describe('the JSON tab', () => {
  it('shows the same draft as the form, pretty-printed, and edits it', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const draft = createDraft('button')
    render(<InteractiveBuilder defaultValue={draft} onValueChange={onValueChange} />)
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(screen.getByRole('tab', { name: 'JSON' })).toHaveAttribute('aria-selected', 'true')
    expect(json()).toHaveValue(formatDraftJson(draft))
    const edited = { ...draft, footer: { text: 'Asante' } }
    fireEvent.change(json(), { target: { value: JSON.stringify(edited) } })
    expect(onValueChange).toHaveBeenLastCalledWith(edited, expect.objectContaining({ ok: true }))
    // The text typed stays as typed (not re-printed under the cursor).
    expect(json()).toHaveValue(JSON.stringify(edited))
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    expect(screen.getByRole('textbox', { name: 'Footer text' })).toHaveValue('Asante')
  })

  it('finds the text as typed, with its caret or selection, after a look at the form', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const compact = JSON.stringify({ ...createDraft('button'), footer: { text: 'Asante' } })
    fireEvent.change(json(), { target: { value: compact } })
    const at = compact.indexOf('Asante')
    ;(json() as HTMLTextAreaElement).setSelectionRange(at, at + 6)
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    const back = json() as HTMLTextAreaElement
    expect(back).toHaveValue(compact)
    expect([back.selectionStart, back.selectionEnd]).toEqual([at, at + 6])
    // A change in the form moves on: the draft printed again, the caret where the browser puts it.
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    await user.type(screen.getByRole('textbox', { name: 'Footer text' }), '!')
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(json()).toHaveValue(formatDraftJson({ ...createDraft('button'), footer: { text: 'Asante!' } }))
  })

  it('puts the caret where Ctrl+Z changed the text, not at its end', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const before = (json() as HTMLTextAreaElement).value
    const at = before.indexOf('Would you like')
    await user.click(json())
    fireEvent.change(json(), { target: { value: `${before.slice(0, at)}Karibu! ${before.slice(at)}` } })
    await user.keyboard('{Control>}z{/Control}')
    const undone = json() as HTMLTextAreaElement
    expect(undone).toHaveValue(before)
    expect(undone).toHaveFocus()
    expect([undone.selectionStart, undone.selectionEnd]).toEqual([at, at])
  })

  it('puts the caret where Redo changed the text again, though it is the text last typed', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const before = (json() as HTMLTextAreaElement).value
    const at = before.indexOf('Would you like')
    const typed = `${before.slice(0, at)}Karibu! ${before.slice(at)}`
    await user.click(json())
    fireEvent.change(json(), { target: { value: typed } })
    await user.keyboard('{Control>}z{/Control}')
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    const redone = json() as HTMLTextAreaElement
    expect(redone).toHaveValue(typed)
    expect([redone.selectionStart, redone.selectionEnd]).toEqual([at, at])
  })

  it('says where broken JSON breaks (line and column) and keeps the last valid draft in the form', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('button')} onValueChange={onValueChange} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: '{\n  "type": "button",\n  "body": { "text": "x" ,, }\n}' } })
    expect(json()).toHaveAttribute('aria-invalid', 'true')
    expect(json()).toHaveAccessibleDescription(
      /^Error: The message is not valid JSON at line 3, column 26: expected a property name in double quotes, found ","/,
    )
    expect(screen.getByText('The form keeps the last valid message until the JSON is fixed.')).toBeInTheDocument()
    // Reported as an error of the draft (the last valid one), never as a complete message.
    expect(onValueChange).toHaveBeenLastCalledWith(
      createDraft('button'),
      expect.objectContaining({ ok: false, issues: [expect.objectContaining({ reason: 'not_json', path: [] })] }),
    )
    // The broken text survives a look at the form, which still shows the last valid draft.
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveValue('Would you like to confirm your order?')
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(json()).toHaveAttribute('aria-invalid', 'true')
    fireEvent.change(json(), { target: { value: '[1, 2]' } })
    expect(json()).toHaveAccessibleDescription(/must be a JSON object/)
  })

  it('does not read a paste too large to be a message (a log), even valid JSON: the form keeps the draft', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const huge = JSON.stringify({
      ...createDraft('button'),
      footer: { text: 'x'.repeat(LIMITS.structure.draftFile.max) },
    })
    fireEvent.change(json(), { target: { value: huge } })
    expect(json()).toHaveAttribute('aria-invalid', 'true')
    expect(json()).toHaveAccessibleDescription(
      /^Error: The message is too large to read here: 257 KB, and at most 256 KB is read \(a message is far smaller\); nothing was changed/,
    )
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    expect((screen.getByRole('textbox', { name: 'Footer text' }) as HTMLInputElement).value).not.toContain('xxx')
  })

  it('does not read a paste nested thousands of levels deep, though it is small: the form keeps the draft', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const deep = `{"type":"button","body":{"text":"Deep"},"extra":${'['.repeat(5000)}${']'.repeat(5000)}}`
    fireEvent.change(json(), { target: { value: deep } })
    expect(json()).toHaveAttribute('aria-invalid', 'true')
    expect(json()).toHaveAccessibleDescription(/^Error: The message nests more than 48 levels deep/)
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    expect(screen.getByRole('textbox', { name: 'Body text' })).not.toHaveValue('Deep')
  })

  it('keeps a number too large to read (1e400) as typed, never shown again as null', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const typed = `{"type":"voice_call","body":{"text":"Piga"},"action":{"name":"voice_call","parameters":{"ttl_minutes":1e400}}}`
    fireEvent.change(json(), { target: { value: typed } })
    expect(json()).toHaveAttribute('aria-invalid', 'true')
    expect(json()).toHaveAccessibleDescription(
      /^Error: The message has a number too large to read at \u2068action\.parameters\.ttl_minutes\u2069 /,
    )
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(json()).toHaveValue(typed)
  })

  it('shows a number too large that came from a host’s value (Infinity) as too large, not as null', () => {
    const call = {
      type: 'voice_call',
      body: { text: 'Piga' },
      action: { name: 'voice_call', parameters: { ttl_minutes: Number.POSITIVE_INFINITY } },
    }
    render(<InteractiveBuilder defaultValue={call} defaultTab="json" />)
    const shown = (json() as HTMLTextAreaElement).value
    expect(shown).toContain('"ttl_minutes": 1e999')
    expect(shown).not.toContain('null')
  })

  it('names a WhatsApp message of another kind pasted here, as an opened file is named, and keeps the draft', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('button')} onValueChange={onValueChange} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: '{"type":"text","text":{"body":"hi"}}' } })
    expect(json()).toHaveAttribute('aria-invalid', 'true')
    expect(json()).toHaveAccessibleDescription(
      /^Error: This text holds a WhatsApp "text" message, not an interactive one/,
    )
    const [draft, result] = onValueChange.mock.lastCall ?? []
    expect(draft).toEqual(createDraft('button'))
    expect(result.issues).toEqual([expect.objectContaining({ reason: 'other_message', path: [] })])
    // Picked in the summary from the form, it leads back to the text, as broken JSON does; the
    // form says the text is kept, without calling it broken JSON.
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    const form = screen.getByRole('tabpanel', { name: 'Form' })
    expect(within(form).getByText(/^The JSON tab holds text the form cannot use\./)).toBeInTheDocument()
    const summary = screen.getByRole('region', { name: 'Problems' })
    await user.click(within(summary).getByRole('button', { name: /holds a WhatsApp "text" message/ }))
    expect(json()).toHaveFocus()
  })

  it('names it in Swahili', () => {
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" locale="sw" />)
    const area = screen.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' })
    fireEvent.change(area, { target: { value: '{"type":"text","text":{"body":"hi"}}' } })
    expect(area).toHaveAccessibleDescription(
      /Maandishi haya yana ujumbe wa WhatsApp wa aina "text", si ujumbe shirikishi/,
    )
  })

  it('warns on the form, while the JSON does not parse, that a change there replaces the text; undo brings it back', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const broken = '{"type": "button", "body": {"text": "Karibu"'
    fireEvent.change(json(), { target: { value: broken } })
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    const form = screen.getByRole('tabpanel', { name: 'Form' })
    const note =
      'The JSON tab holds text the form cannot use. The form shows the last valid message; a change here replaces that text (Undo brings it back).'
    expect(within(form).getByText(note)).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Footer text' }), 'A')
    expect(within(form).queryByText(note)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(json()).toHaveValue(broken)
  })

  it("offers to keep the interactive object of a whole message pasted from Meta's docs", async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('button')} onValueChange={onValueChange} defaultTab="json" />)
    const inner = createDraft('list')
    const pasted = { messaging_product: 'whatsapp', to: '255712345678', type: 'interactive', interactive: inner }
    fireEvent.change(json(), { target: { value: JSON.stringify(pasted, null, 2) } })
    const problems = screen.getByRole('region', { name: 'Problems' })
    await user.click(within(problems).getByRole('button', { name: 'Keep only the "interactive" object inside it' }))
    expect(onValueChange).toHaveBeenLastCalledWith(inner, expect.objectContaining({ ok: true }))
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(inner)
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
  })

  it('says what the fix-it left out of the whole message, as the note for the same message pasted does', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const pasted = {
      messaging_product: 'whatsapp',
      to: '255712345678',
      sender: '255700000002',
      interactive: createDraft('list'),
    }
    fireEvent.change(json(), { target: { value: JSON.stringify(pasted) } })
    const problems = screen.getByRole('region', { name: 'Problems' })
    await user.click(within(problems).getByRole('button', { name: 'Keep only the "interactive" object inside it' }))
    // No send step here: neither its recipient nor its sender is taken, and both are named.
    expect(document.querySelector('.bi-builder-live')).toHaveTextContent(
      'Done: Keep only the "interactive" object inside it. Left out, as the draft keeps only the interactive object: "to" and "sender".',
    )
  })

  // Paste `text` over the whole of the JSON tab's text, as Ctrl+A, Ctrl+V does.
  const pasteOver = async (user: ReturnType<typeof userEvent.setup>, text: string) => {
    const area = json() as HTMLTextAreaElement
    await user.click(area)
    area.setSelectionRange(0, area.value.length)
    await user.paste(text)
  }
  const wholeMessage = {
    messaging_product: 'whatsapp',
    to: '255712345678',
    type: 'interactive',
    interactive: createDraft('list'),
  }

  it("keeps only the interactive object of Meta's whole message pasted, as an opened file does; Undo brings it back", async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('button')} onValueChange={onValueChange} defaultTab="json" />)
    const pasted = JSON.stringify(wholeMessage, null, 2)
    await pasteOver(user, pasted)
    expect(onValueChange).toHaveBeenLastCalledWith(createDraft('list'), expect.objectContaining({ ok: true }))
    expect(json()).toHaveValue(formatDraftJson(createDraft('list')))
    // No send step takes its recipient: "to" is named among what was left out, and the way back.
    const note =
      'You pasted a whole message: only its interactive object is kept here. Left out, as the draft keeps only the interactive object: "to". Undo brings the whole message back.'
    expect(screen.getByText(note, { selector: 'p' })).toBeInTheDocument()
    expect(document.querySelector('.bi-builder-live')).toHaveTextContent(note)
    // Undo brings the whole message back as pasted, with the fix-it that does what the paste did.
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(json()).toHaveValue(pasted)
    expect(screen.queryByText(note, { selector: 'p' })).toBeNull()
    const problems = screen.getByRole('region', { name: 'Problems' })
    expect(within(problems).getByRole('button', { name: 'Keep only the "interactive" object inside it' })).toBeVisible()
    // Edited there, it stays whole; Undo again goes back to before the paste.
    await user.click(screen.getByRole('button', { name: 'Redo' }))
    expect(json()).toHaveValue(formatDraftJson(createDraft('list')))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(createDraft('button'))
  })

  it('puts the caret where Ctrl+Z changed the text back to the whole message pasted', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const pasted = JSON.stringify(wholeMessage, null, 2)
    await pasteOver(user, pasted)
    const kept = (json() as HTMLTextAreaElement).value
    let at = 0
    while (kept[at] === pasted[at]) at++
    await user.keyboard('{Control>}z{/Control}')
    const undone = json() as HTMLTextAreaElement
    expect(undone).toHaveValue(pasted)
    expect([undone.selectionStart, undone.selectionEnd]).toEqual([at, at])
  })

  it('shows what a paste kept to a host that keeps its own copy of each draft', async () => {
    const user = userEvent.setup()
    render(<CopyingHost />)
    await pasteOver(user, JSON.stringify(wholeMessage, null, 2))
    expect(json()).toHaveValue(formatDraftJson(createDraft('list')))
    expect(screen.getByText(/^You pasted a whole message/, { selector: 'p' })).toBeInTheDocument()
  })

  it('undoes text dragged within it in one step, as the browser moved it', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const area = json() as HTMLTextAreaElement
    const before = area.value
    await user.click(area)
    // A drag moves "Would you like" to the start of its line: the browser deletes it, then drops it.
    const moved = 'Would you like'
    const at = before.indexOf(moved)
    const removed = before.slice(0, at) + before.slice(at + moved.length)
    const line = before.lastIndexOf('\n', at) + 1
    fireEvent.input(area, { target: { value: removed }, inputType: 'deleteByDrag' })
    fireEvent.input(area, {
      target: { value: removed.slice(0, line) + moved + removed.slice(line) },
      inputType: 'insertFromDrop',
    })
    await user.keyboard('{Control>}z{/Control}')
    expect(area).toHaveValue(before)
  })

  it('hands a pasted send request’s recipient on and names its sender, in English and Swahili', async () => {
    const user = userEvent.setup()
    const onRecipientOpen = vi.fn()
    const { rerender } = render(
      <InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" onRecipientOpen={onRecipientOpen} />,
    )
    await pasteOver(
      user,
      JSON.stringify({ to: '255712345678', sender: '255700000002', interactive: createDraft('list') }),
    )
    expect(onRecipientOpen.mock.calls).toEqual([['255712345678']])
    expect(
      screen.getByText(
        'You pasted a whole message: only its interactive object is kept here. Left out, as the draft keeps only the interactive object: "sender". Undo brings the whole message back.',
        { selector: 'p' },
      ),
    ).toBeInTheDocument()
    rerender(
      <InteractiveBuilder
        defaultValue={createDraft('button')}
        defaultTab="json"
        onRecipientOpen={onRecipientOpen}
        locale="sw"
      />,
    )
    expect(
      screen.getByText(
        'Ulichobandika ni ujumbe mzima: kitu cha interactive kilichomo pekee ndicho kimebaki hapa. Vimeachwa, kwa kuwa rasimu huhifadhi kitu cha interactive pekee: "sender". Tendua huurudisha ujumbe mzima.',
        { selector: 'p' },
      ),
    ).toBeInTheDocument()
  })

  it('leaves a whole message typed or edited, not pasted, to its fix-it', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: JSON.stringify(wholeMessage) } })
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(wholeMessage)
    // A paste inside a whole message already there edits it.
    const area = json() as HTMLTextAreaElement
    await user.click(area)
    const at = area.value.indexOf('255712345678') + '25571234567'.length
    area.setSelectionRange(at, at + 1)
    await user.paste('9')
    expect(JSON.parse(area.value)).toEqual({ ...wholeMessage, to: '255712345679' })
  })

  // A host with its own send form (no composer) gets the recipient the builder leaves out.
  it('hands the recipient of a send request opened from a file to onRecipientOpen', async () => {
    const user = userEvent.setup()
    const onRecipientOpen = vi.fn()
    const { container } = render(
      <InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" onRecipientOpen={onRecipientOpen} />,
    )
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    const request = { to: '255712345678', interactive: createDraft('list') }
    await user.upload(input, new File([JSON.stringify(request)], 'order.json', { type: 'application/json' }))
    expect(await screen.findByText('Opened order.json', { selector: 'p' })).toBeInTheDocument()
    expect(onRecipientOpen.mock.calls).toEqual([['255712345678']])
    // A bare interactive object carries none.
    await user.upload(input, new File([JSON.stringify(createDraft('button'))], 'bare.json'))
    expect(await screen.findByText('Opened bare.json', { selector: 'p' })).toBeInTheDocument()
    expect(onRecipientOpen).toHaveBeenCalledTimes(1)
  })

  it("hands a pasted send request's recipient to Builder.Root's onRecipientOpen when its fix-it unwraps it", async () => {
    const user = userEvent.setup()
    const onRecipientOpen = vi.fn()
    render(
      <Builder.Root defaultValue={createDraft('button')} onRecipientOpen={onRecipientOpen}>
        <Builder.JsonEditor />
        <Builder.IssueSummary />
      </Builder.Root>,
    )
    fireEvent.change(json(), {
      target: { value: JSON.stringify({ to: '+255 712 345 678', interactive: createDraft('list') }) },
    })
    expect(onRecipientOpen).not.toHaveBeenCalled()
    const problems = screen.getByRole('region', { name: 'Problems' })
    await user.click(within(problems).getByRole('button', { name: 'Keep only the "interactive" object inside it' }))
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(createDraft('list'))
    expect(onRecipientOpen.mock.calls).toEqual([['+255 712 345 678']])
  })

  it("is replaced by the form's draft after an undo", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: '{"type": "list"' } })
    fireEvent.change(json(), { target: { value: '{"type": "list"}' } })
    expect(json()).not.toHaveAttribute('aria-invalid')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(createDraft('button'))
  })

  it('undo after breaking valid JSON shows the valid JSON again, not the broken text', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const valid = formatDraftJson(createDraft('button'))
    fireEvent.change(json(), { target: { value: `${valid}x` } })
    expect(json()).toHaveAttribute('aria-invalid', 'true')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(json()).toHaveValue(valid)
    expect(json()).not.toHaveAttribute('aria-invalid')
  })

  it('moves between the tabs with the arrow keys (one tab stop)', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const form = screen.getByRole('tab', { name: 'Form' })
    expect(form).toHaveAttribute('tabindex', '0')
    expect(screen.getByRole('tab', { name: 'JSON' })).toHaveAttribute('tabindex', '-1')
    form.focus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'JSON' })).toHaveFocus()
    expect(screen.getByRole('tabpanel', { name: 'JSON' })).toContainElement(json())
    await user.keyboard('{Home}')
    expect(form).toHaveFocus()
    expect(screen.getByRole('tabpanel', { name: 'Form' })).toBeInTheDocument()
  })

  it('says what an opened send request held that the draft leaves out (no send step: its recipient too)', async () => {
    const user = userEvent.setup()
    const { container, rerender } = render(
      <InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />,
    )
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    const request = { to: '255712345678', sender: '1107264639145282', interactive: createDraft('list') }
    await user.upload(input, new File([JSON.stringify(request)], 'order.json', { type: 'application/json' }))
    expect(
      await screen.findByText(
        'Opened order.json. Left out, as the draft keeps only the interactive object: "to" and "sender".',
        { selector: 'p' },
      ),
    ).toBeInTheDocument()
    rerender(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" locale="sw" />)
    expect(
      screen.getByText(
        'Imefunguliwa: order.json. Vimeachwa, kwa kuwa rasimu huhifadhi kitu cha interactive pekee: "to" na "sender".',
        { selector: 'p' },
      ),
    ).toBeInTheDocument()
  })

  it('opens a JSON file (a send request or a bare object) as one undoable step', async () => {
    const user = userEvent.setup()
    const { container } = render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    const request = { to: '255712345678', interactive: createDraft('list') }
    await user.upload(input, new File([JSON.stringify(request)], 'order.json', { type: 'application/json' }))
    // With no send step to take it, its recipient is named as left out.
    const opened = 'Opened order.json. Left out, as the draft keeps only the interactive object: "to".'
    expect(await screen.findByText(opened, { selector: 'p' })).toBeInTheDocument()
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(createDraft('list'))
    await user.upload(input, new File(['not json'], 'notes.txt', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '\u2068notes.txt\u2069 is not valid JSON at line 1, column 1: expected a value, found "not"',
    )
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(createDraft('list'))
    await user.upload(input, new File(['[1]'], 'list.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('list.json holds no interactive message')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(createDraft('button'))
  })

  // "Imefunguliwa: طلب.json" drew the name's ".json" on its left, the way the Arabic runs: core's
  // sentences isolated the name they quote, the builder's own notes did not.
  it('keeps an Arabic file name’s direction to itself in every note about it', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" locale="sw" />,
    )
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    await user.upload(input, new File([''], 'طلب.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('\u2068طلب.json\u2069 ni tupu')
    await user.upload(input, new File(['[1]'], 'قائمة.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Faili \u2068قائمة.json\u2069 halina ujumbe shirikishi')
    await user.upload(input, new File([JSON.stringify(createDraft('list'))], 'طلب.json', { type: 'application/json' }))
    expect(await screen.findByText('Imefunguliwa: \u2068طلب.json\u2069', { selector: 'p' })).toBeInTheDocument()
    // A name of left-to-right letters needs none: it reads as it did.
    await user.upload(input, new File([''], 'order.json', { type: 'application/json' }))
    expect((await screen.findByRole('alert')).textContent).toBe('order.json ni tupu')
  })

  it('opens a UTF-16 file (Windows Notepad’s “Unicode”) and a UTF-8 one with a byte order mark', async () => {
    const user = userEvent.setup()
    const { container } = render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    const text = JSON.stringify({ ...createDraft('list'), footer: { text: 'Karibu 🌍' } })
    const units = [0xfeff, ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))]
    const utf16 = new Uint8Array(new Uint16Array(units).buffer)
    await user.upload(input, new File([utf16], 'notepad.json', { type: 'application/json' }))
    expect(await screen.findByText('Opened notepad.json', { selector: 'p' })).toBeInTheDocument()
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(JSON.parse(text))
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(createDraft('cta_url')))])
    await user.upload(input, new File([bom], 'bom.json', { type: 'application/json' }))
    expect(await screen.findByText('Opened bom.json', { selector: 'p' })).toBeInTheDocument()
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(createDraft('cta_url'))
  })

  it('reads a second identical refusal again: the alert is a new node', async () => {
    const user = userEvent.setup()
    const { container } = render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    const bad = () => new File(['[1]'], 'list.json', { type: 'application/json' })
    await user.upload(input, bad())
    const first = await screen.findByRole('alert')
    expect(first).toHaveTextContent('list.json holds no interactive message')
    await user.upload(input, bad())
    // An alert is read when it appears; the same words left in place said nothing, so the
    // second refusal seemed to do nothing.
    await waitFor(() => expect(screen.getByRole('alert')).not.toBe(first))
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(screen.getByRole('alert')).toHaveTextContent('list.json holds no interactive message')
  })

  it('says exactly why a file is refused (an image, an empty file, another kind of message, bare or whole, another JSON), keeping the draft and undo', async () => {
    const user = userEvent.setup({ applyAccept: false })
    const { container } = render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    fireEvent.change(json(), { target: { value: JSON.stringify(createDraft('list')) } })
    const before = (json() as HTMLTextAreaElement).value
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    const files: [File, string][] = [
      [
        new File([png], 'photo.png', { type: 'image/png' }),
        'photo.png is not a text file (an image, perhaps): choose a .json file',
      ],
      [new File([''], 'new.json'), 'new.json is empty'],
      [
        new File(
          [JSON.stringify({ messaging_product: 'whatsapp', to: '255712345678', type: 'text', text: { body: 'Hi' } })],
          'text.json',
        ),
        '\u2068text.json\u2069 holds a WhatsApp "text" message, not an interactive one',
      ],
      [
        new File([JSON.stringify({ type: 'text', text: { body: 'Habari' } })], 'bare.json'),
        '\u2068bare.json\u2069 holds a WhatsApp "text" message, not an interactive one',
      ],
      [
        new File([JSON.stringify({ type: 'image', image: { link: 'https://example.com/a.jpg' } })], 'image.json'),
        '\u2068image.json\u2069 holds a WhatsApp "image" message, not an interactive one',
      ],
      [
        new File([JSON.stringify({ name: 'shop', version: '1.0.0' })], 'package.json'),
        'package.json holds no interactive message: expected an interactive object (with "type" and "action"), or a whole message with an "interactive" object',
      ],
      [
        new File(['[{"type": "button"}]'], 'many.json'),
        'many.json holds no interactive message: it must be one JSON object, not a list or a single value',
      ],
    ]
    for (const [file, said] of files) {
      await user.upload(input, file)
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(said))
      expect(json()).toHaveValue(before)
    }
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(createDraft('button'))
  })

  it('words a refused file in Swahili', async () => {
    const user = userEvent.setup({ applyAccept: false })
    const { container } = render(
      <InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" locale="sw" />,
    )
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    await user.upload(input, new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'picha.jpg'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'picha.jpg si faili la maandishi (huenda ni picha): chagua faili la .json',
    )
    await user.upload(input, new File(['{"to": "255712345678", "type": "image", "image": {}}'], 'picha.json'))
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Faili \u2068picha.json\u2069 lina ujumbe wa WhatsApp wa aina "image", si ujumbe shirikishi',
      ),
    )
  })

  it('refuses a file too large to be one message (a log, a data dump) and keeps the draft', async () => {
    const user = userEvent.setup()
    const { container } = render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />)
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    const huge = JSON.stringify({
      ...createDraft('button'),
      body: { text: 'x'.repeat(LIMITS.structure.draftFile.max) },
    })
    await user.upload(input, new File([huge], 'dump.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `dump.json is too large to be one message: ${Math.ceil(huge.length / 1024)} KB, and a message file is at most 256 KB`,
    )
    expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(createDraft('button'))
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('refuses a file nested deeper than any message and keeps the draft, in English and Swahili', async () => {
    const user = userEvent.setup()
    const deep = `{"type":"button","extra":${'['.repeat(5000)}${']'.repeat(5000)}}`
    for (const [locale, said] of [
      ['en', 'nests more than 48 levels deep'],
      ['sw', 'lina ngazi zaidi ya 48 za ndani'],
    ] as const) {
      const { container, unmount } = render(
        <InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" locale={locale} />,
      )
      const input = container.querySelector('input[type="file"]') as HTMLInputElement
      await user.upload(input, new File([deep], 'deep.json', { type: 'application/json' }))
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('deep.json')
      expect(alert).toHaveTextContent(said)
      expect(JSON.parse((container.querySelector('textarea') as HTMLTextAreaElement).value)).toEqual(
        createDraft('button'),
      )
      unmount()
    }
  })

  it('refuses a file with a number too large to read (1e400) and keeps the draft, in English and Swahili', async () => {
    const user = userEvent.setup()
    const call = `{"type":"voice_call","body":{"text":"Piga"},"action":{"name":"voice_call","parameters":{"ttl_minutes":1e400}}}`
    for (const [locale, said] of [
      ['en', '\u2068call.json\u2069 has a number too large to read at \u2068action.parameters.ttl_minutes\u2069'],
      [
        'sw',
        'Faili \u2068call.json\u2069 lina namba kubwa mno kuweza kusomwa kwenye \u2068action.parameters.ttl_minutes\u2069',
      ],
    ] as const) {
      const { container, unmount } = render(
        <InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" locale={locale} />,
      )
      const input = container.querySelector('input[type="file"]') as HTMLInputElement
      await user.upload(input, new File([call], 'call.json', { type: 'application/json' }))
      expect(await screen.findByRole('alert')).toHaveTextContent(said)
      expect(JSON.parse((container.querySelector('textarea') as HTMLTextAreaElement).value)).toEqual(
        createDraft('button'),
      )
      unmount()
    }
  })

  it('words a large file’s size as people read it (MB above 1 MB), in English and Swahili', async () => {
    const user = userEvent.setup({ applyAccept: false })
    const video = new File([new Uint8Array(20 * 1024 * 1024)], 'video.mp4', { type: 'video/mp4' })
    const { container, rerender } = render(
      <InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" />,
    )
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, video)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'video.mp4 is too large to be one message: 20 MB, and a message file is at most 256 KB',
    )
    rerender(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" locale="sw" />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'video.mp4 ni kubwa mno kuwa ujumbe mmoja: MB 20, na faili la ujumbe haliwezi kuzidi KB 256',
    )
  })

  it('downloads the draft as a JSON file named after its type and when it was saved', async () => {
    const user = userEvent.setup()
    const downloads = captureDownloads()
    render(<InteractiveBuilder defaultValue={createDraft('list')} defaultTab="json" />)
    await user.click(within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Download JSON' }))
    expect(downloads[0]?.name).toMatch(/^interactive-list-\d{4}-\d{2}-\d{2}-\d{4}\.json$/)
    // A file as expected says nothing more.
    expect(screen.queryByText(/not valid JSON yet/)).toBeNull()
    expect(await downloads[0]?.blob.text()).toBe(formatDraftJson(createDraft('list')))
  })

  it('opens a downloaded draft again as it was, errors and all', async () => {
    const user = userEvent.setup()
    const downloads = captureDownloads()
    const { container } = render(<InteractiveBuilder defaultValue={createDraft('list')} defaultTab="json" />)
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    for (const draft of [
      {},
      { body: { text: 'No type chosen yet' } },
      { ...createDraft('carousel'), body: { text: '' } },
    ]) {
      fireEvent.change(json(), { target: { value: JSON.stringify(draft) } })
      await user.click(within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Download JSON' }))
      const saved = downloads.at(-1)?.blob
      if (saved === undefined) throw new Error('nothing downloaded')
      fireEvent.change(json(), { target: { value: JSON.stringify(createDraft('button')) } })
      await user.upload(input, new File([saved], 'interactive-draft.json', { type: 'application/json' }))
      await waitFor(() => expect(JSON.parse((json() as HTMLTextAreaElement).value)).toEqual(draft))
    }
  })

  it('downloads the text as shown while it does not parse, never silently the last valid draft', async () => {
    const user = userEvent.setup()
    const downloads = captureDownloads()
    render(<InteractiveBuilder defaultValue={createDraft('list')} defaultTab="json" />)
    const typed = '{"type": "list", "body": {"text": "Chagua tawi"}'
    fireEvent.change(json(), { target: { value: typed } })
    await user.click(within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Download JSON' }))
    expect(await downloads[0]?.blob.text()).toBe(typed)
    // Said, since that file will not open again until the JSON is fixed.
    const name = downloads[0]?.name ?? ''
    expect(
      screen.getByText(
        `${name} holds the text as shown, which is not valid JSON yet: it opens here again once the JSON is fixed`,
        { selector: 'p' },
      ),
    ).not.toHaveAttribute('role')
  })

  it('words the note on a download of text that does not parse in Swahili', async () => {
    const user = userEvent.setup()
    const downloads = captureDownloads()
    render(<InteractiveBuilder defaultValue={createDraft('list')} defaultTab="json" locale="sw" />)
    fireEvent.change(screen.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' }), {
      target: { value: '{"type": "list"' },
    })
    await user.click(within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Pakua JSON' }))
    expect(
      screen.getByText(
        `Faili ${downloads[0]?.name} lina maandishi kama yanavyoonekana, ambayo bado si JSON sahihi: litafunguka hapa tena JSON ikisharekebishwa`,
        { selector: 'p' },
      ),
    ).toBeInTheDocument()
  })
})
