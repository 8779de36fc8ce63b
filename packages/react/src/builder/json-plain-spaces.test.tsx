import { createDraft } from '@briq-interactive/core'
import { fireEvent, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

const json = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Interactive object (JSON)' })

// As pasted from WhatsApp Web: a no-break space after a colon, a zero-width space before a key.
// The no-break space inside the footer's text is the person's and stays.
const PASTED = '{"type":\u00A0"button",\u200B"footer": {"text": "Bei\u00A0ni 5"}}'
const PLAIN = '{"type": "button","footer": {"text": "Bei\u00A0ni 5"}}'

describe('the JSON tab with invisible spaces pasted between values', () => {
  it('replaces them by a fix-it, in one undo step, and the text parses', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const draft = createDraft('button')
    render(<InteractiveBuilder defaultValue={draft} onValueChange={onValueChange} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: PASTED } })
    expect(json()).toHaveAccessibleDescription(/found U\+00A0/)
    // The caret after "footer" (past the removed zero-width space) stays after it.
    const afterFooter = PASTED.indexOf('": {')
    json().setSelectionRange(afterFooter, afterFooter)
    await user.click(screen.getByRole('button', { name: 'Replace invisible spaces between values' }))
    expect(json()).toHaveValue(PLAIN)
    expect(json()).not.toHaveAttribute('aria-invalid')
    expect(json()).toHaveFocus()
    expect(json().selectionStart).toBe(PLAIN.indexOf('": {'))
    expect(onValueChange).toHaveBeenLastCalledWith(
      { type: 'button', footer: { text: 'Bei\u00A0ni 5' } },
      expect.anything(),
    )
    expect(screen.queryByRole('button', { name: 'Replace invisible spaces between values' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(json()).toHaveValue(PASTED)
  })

  it('offers it in Swahili, and not for JSON broken otherwise', () => {
    render(<InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" locale="sw" />)
    const area = screen.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' })
    fireEvent.change(area, { target: { value: '{"a": 1,,}' } })
    expect(screen.queryByRole('button', { name: /nafasi zisizoonekana/ })).toBeNull()
    fireEvent.change(area, { target: { value: PASTED } })
    expect(
      screen.getByRole('button', { name: 'Badilisha nafasi zisizoonekana zilizo kati ya thamani' }),
    ).toBeInTheDocument()
  })
})

describe("a flow's screen data field with invisible spaces pasted between values", () => {
  it('offers the same fix-it, in one undo step, and the data is taken', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('flow')} onValueChange={onValueChange} />)
    const data = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Screen data (JSON)' })
    const pasted = '{"step":\u00A02,\u200B"name": "Bei\u00A0ni 5"}'
    const plain = '{"step": 2,"name": "Bei\u00A0ni 5"}'
    fireEvent.change(data(), { target: { value: pasted } })
    expect(data()).toHaveAttribute('aria-invalid', 'true')
    const atName = pasted.indexOf('name')
    data().setSelectionRange(atName, atName)
    await user.click(screen.getByRole('button', { name: 'Replace invisible spaces between values' }))
    expect(data()).toHaveValue(plain)
    expect(data()).not.toHaveAttribute('aria-invalid')
    expect(data()).toHaveFocus()
    expect(data().selectionStart).toBe(plain.indexOf('name'))
    expect(onValueChange.mock.lastCall?.[0]).toMatchObject({
      action: { parameters: { flow_action_payload: { data: { step: 2, name: 'Bei\u00A0ni 5' } } } },
    })
    expect(screen.queryByRole('button', { name: 'Replace invisible spaces between values' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(data()).toHaveValue(pasted)
  })

  it('offers it in Swahili', () => {
    render(<InteractiveBuilder defaultValue={createDraft('flow')} locale="sw" />)
    const data = screen.getByRole('textbox', { name: 'Data ya skrini (JSON)' })
    fireEvent.change(data, { target: { value: '{"a":\u00A01}' } })
    expect(
      screen.getByRole('button', { name: 'Badilisha nafasi zisizoonekana zilizo kati ya thamani' }),
    ).toBeInTheDocument()
  })
})
