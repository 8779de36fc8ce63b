import { createDraft } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'

const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
const withParameters = (parameters: Record<string, unknown>) => ({
  ...flow,
  action: { ...flow.action, parameters: { ...flow.action.parameters, flow_id: '1234567890', ...parameters } },
})

describe('values the form has no option for, from the keyboard in Chromium', () => {
  it('a flow action WhatsApp does not take: Tab reaches the actions past it, and the arrow keys pick one', async () => {
    renderBuilder({ defaultValue: withParameters({ flow_action: 'open_screen' }) })
    const action = page.getByRole('group', { name: 'When the button is tapped' })
    await expect.element(action.getByRole('radio', { name: 'open_screen' })).toBeChecked()
    await userEvent.click(page.getByRole('textbox', { name: 'Flow token' }))
    await userEvent.keyboard('{Tab}')
    const navigate = action.getByRole('radio', { name: 'Open a screen (navigate)' })
    await expect.element(navigate).toHaveFocus()
    await userEvent.keyboard(' ')
    await expect.element(navigate).toBeChecked()
    await expect.element(navigate).toHaveFocus()
    await expect.element(action).not.toHaveAttribute('aria-invalid')
    await userEvent.keyboard('{ArrowDown}')
    await expect.element(action.getByRole('radio', { name: 'Ask your endpoint (data exchange)' })).toBeChecked()
  })
})
