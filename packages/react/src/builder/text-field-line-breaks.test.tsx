import { createDraft } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

// A one-line field's text may hold a line break that came from the JSON tab or a file: an input
// would drop it from its value, and the next key typed would lose it unseen.
const withTitle = (title: string) => {
  const draft = createDraft('button') as { action: { buttons: { reply: { id: string; title: string } }[] } }
  draft.action.buttons = [{ ...draft.action.buttons[0], reply: { id: 'ndiyo', title } } as never]
  return draft
}
const fieldOf = (control: HTMLElement) => control.closest('.bi-builder-field') as HTMLElement

describe('a one-line field holding a line break', () => {
  it('shows every line, keeps the break through typing, and adds none on Enter', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={withTitle('Ndiyo\nsasa')} onValueChange={onValueChange} />)
    const title = screen.getByRole('textbox', { name: 'Button 1 title' })
    expect(title.tagName).toBe('TEXTAREA')
    expect(title).toHaveValue('Ndiyo\nsasa')
    expect(title).toHaveAccessibleDescription(/Warning: Button 1 title has a line break \(U\+000A\) at position 6;/)
    await user.click(title)
    await user.keyboard('{End}!{Enter}')
    expect(title).toHaveValue('Ndiyo\nsasa!')
    expect(onValueChange.mock.lastCall?.[0]).toMatchObject({
      action: { buttons: [{ reply: { id: 'ndiyo', title: 'Ndiyo\nsasa!' } }] },
    })
    vi.useRealTimers()
  })

  it('stays a text area while the last break is removed by hand, an input once left', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={withTitle('Ndiyo\nsasa')} />)
    const title = screen.getByRole('textbox', { name: 'Button 1 title' })
    await user.click(title)
    // The caret after the break: Backspace removes it, and a space parts the words.
    ;(title as HTMLTextAreaElement).setSelectionRange(6, 6)
    await user.keyboard('{Backspace} ')
    expect(title).toHaveValue('Ndiyo sasa')
    expect(title).toHaveFocus()
    expect(screen.getByRole('textbox', { name: 'Button 1 title' })).toBe(title)
    await user.tab()
    const input = screen.getByRole('textbox', { name: 'Button 1 title' })
    expect(input.tagName).toBe('INPUT')
    expect(input).toHaveValue('Ndiyo sasa')
  })

  it('keeps a footer’s and a row description’s lines, which WhatsApp shows, unwarned', async () => {
    const user = userEvent.setup()
    const list = createDraft('list') as {
      footer?: { text: string }
      action: { sections: { rows: { description?: string }[] }[] }
    }
    list.footer = { text: 'Duka la Asha\nDar es Salaam' }
    const row = list.action.sections[0]?.rows[0]
    if (row) row.description = 'Siku 3–5\nBure'
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={list} onValueChange={onValueChange} />)
    const footer = screen.getByRole('textbox', { name: 'Footer text' })
    expect(footer).toHaveValue('Duka la Asha\nDar es Salaam')
    expect(footer).not.toHaveAccessibleDescription(/line break/)
    await user.type(footer, '.')
    expect(footer).toHaveValue('Duka la Asha\nDar es Salaam.')
    expect(onValueChange.mock.lastCall?.[0]).toMatchObject({ footer: { text: 'Duka la Asha\nDar es Salaam.' } })
    const description = screen.getByRole('textbox', { name: 'Row 1 description' })
    expect(description).toHaveValue('Siku 3–5\nBure')
    expect(within(fieldOf(description)).queryByRole('button')).toBeNull()
  })

  it('is an input where the text holds no break', () => {
    render(<InteractiveBuilder defaultValue={withTitle('Ndiyo sasa')} />)
    expect(screen.getByRole('textbox', { name: 'Button 1 title' }).tagName).toBe('INPUT')
  })
})
