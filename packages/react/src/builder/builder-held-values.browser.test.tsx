import { createDraft } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { renderBuilder } from './testing/browser-builder.tsx'

const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
const withParameters = (parameters: Record<string, unknown>) => ({
  ...flow,
  action: { ...flow.action, parameters: { ...flow.action.parameters, flow_id: '1234567890', ...parameters } },
})

describe('values from JSON the form shows as they are, from the keyboard in Chromium', () => {
  it('a flow action WhatsApp does not take: Tab reaches the actions past it, and the arrow keys pick one', async () => {
    const { root } = renderBuilder({
      defaultValue: withParameters({ flow_action: 'open_screen', flow_action_payload: { screen: 'WELCOME' } }),
    })
    expect((await axeReport(root)).violations).toEqual([])
    const action = page.getByRole('group', { name: 'When the button is tapped' })
    await expect.element(action.getByRole('radio', { name: 'open_screen' })).toBeChecked()
    await userEvent.click(page.getByRole('textbox', { name: 'Flow token' }))
    await userEvent.keyboard('{Tab}')
    // Past the action's disabled held value: Navigate, then the payload's fields below.
    const navigate = action.getByRole('radio', { name: 'Open a screen (navigate)' })
    await expect.element(navigate).toHaveFocus()
    await userEvent.keyboard(' ')
    await expect.element(navigate).toBeChecked()
    await expect.element(navigate).toHaveFocus()
    await expect.element(action).not.toHaveAttribute('aria-invalid')
    await userEvent.keyboard('{ArrowDown}')
    await expect.element(action.getByRole('radio', { name: 'Ask your endpoint (data exchange)' })).toBeChecked()
  })

  it('a payload beside data_exchange: the summary focuses its first screen, Tab reaches it past the action, axe clean', async () => {
    const { root } = renderBuilder({
      defaultValue: withParameters({ flow_action: 'data_exchange', flow_action_payload: { screen: 'WELCOME' } }),
    })
    const payload = page.getByRole('group', { name: 'Used only with the action “Open a screen (navigate)”' })
    const first = payload.getByRole('textbox', { name: 'First screen' })
    await userEvent.click(
      page
        .getByRole('region', { name: 'Problems' })
        .getByRole('button', { name: /^Error: With flow_action "data_exchange"/ }),
    )
    await expect.element(first).toHaveFocus()
    const action = page.getByRole('group', { name: 'When the button is tapped' })
    await userEvent.click(action.getByRole('radio', { name: 'Ask your endpoint (data exchange)' }))
    // From the action to the payload the issue is about, both ways out beside it (each once on the page).
    await userEvent.keyboard('{Tab}')
    await expect.element(first).toHaveFocus()
    await expect
      .element(payload.getByRole('button', { name: 'Switch the flow action to navigate' }))
      .toBeInTheDocument()
    await expect.element(action.getByRole('button')).not.toBeInTheDocument()
    expect((await axeReport(root)).violations).toEqual([])
    await userEvent.click(payload.getByRole('button', { name: 'Keep data exchange (drop the first screen and data)' }))
    await expect.element(page.getByRole('radio', { name: 'Ask your endpoint (data exchange)' })).toBeChecked()
    await expect.element(page.getByRole('textbox', { name: 'First screen' })).not.toBeInTheDocument()
  })

  it('a flow ID and name both held: the summary focuses the one not used, Tab goes from the one used to it, axe clean', async () => {
    const { root } = renderBuilder({ defaultValue: withParameters({ flow_name: 'booking' }) })
    const name = page
      .getByRole('group', { name: 'Not used in the message: WhatsApp takes only one of these two' })
      .getByRole('textbox', { name: 'Flow name' })
    await userEvent.click(
      page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /^Error: The flow has both/ }),
    )
    await expect.element(name).toHaveFocus()
    await userEvent.click(page.getByRole('textbox', { name: 'Flow ID' }))
    await userEvent.keyboard('{Tab}')
    await expect.element(name).toHaveFocus()
    await userEvent.keyboard('{End}-2')
    await expect.element(name).toHaveValue('booking-2')
    await expect.element(page.getByRole('textbox', { name: 'Flow ID' })).toHaveValue('1234567890')
    expect((await axeReport(root)).violations).toEqual([])
  })

  it('a media link and ID both held, in the dark theme: axe finds nothing', async () => {
    const both = { type: 'image', image: { link: 'https://duka.example/a.png', id: '4490' } }
    const { root } = renderBuilder({ defaultValue: { ...createDraft('button'), header: both }, theme: 'dark' })
    await expect.element(page.getByRole('group', { name: /^Not used in the message/ })).toBeVisible()
    expect((await axeReport(root)).violations).toEqual([])
  })
})
