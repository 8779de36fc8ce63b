import { createDraft } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

describe('InteractiveBuilder', () => {
  it('renders the reply buttons form with the exact names', async () => {
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('button')} onValueChange={onValueChange} />)
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('button')
    expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveValue('Would you like to confirm your order?')
    const button1 = screen.getByRole('group', { name: 'Button 1' })
    expect(within(button1).getByRole('textbox', { name: 'Button 1 title' })).toHaveValue('Yes, confirm')
    await userEvent.click(screen.getByRole('button', { name: 'Add button' }))
    expect(screen.getByRole('group', { name: 'Button 3' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Button 3 title' })).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.queryByRole('group', { name: 'Button 3' })).not.toBeInTheDocument()
  })
})
