import { createDraft } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

const summary = () => screen.getByRole('region', { name: 'Problems' })

const card = (card_index: number, action: unknown) => ({
  card_index,
  type: 'cta_url',
  header: { type: 'image', image: { link: `https://duka.example/${card_index}.png` } },
  body: { text: `Card ${card_index + 1}` },
  action,
})
const linkButton = { name: 'cta_url', parameters: { display_text: 'Nunua', url: 'https://duka.example/buy' } }
const replies = {
  buttons: [
    { type: 'quick_reply', quick_reply: { id: 'later', title: 'Baadaye' } },
    { type: 'quick_reply', quick_reply: { id: 'ask', title: 'Uliza' } },
  ],
}
const mixed = {
  type: 'carousel',
  body: { text: 'Our picks' },
  action: { cards: [card(0, linkButton), card(1, replies)] },
}

describe('the form shows everything a draft holds, with its error', () => {
  it("draws each carousel card by its own kind, the mismatch and its fix-it at the card (from JSON or a host's value)", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={mixed} />)
    const card1 = screen.getByRole('group', { name: 'Card 1' })
    expect(within(card1).getByRole('textbox', { name: 'Card 1 button text' })).toHaveValue('Nunua')
    const card2 = screen.getByRole('group', { name: 'Card 2' })
    expect(within(card2).queryByRole('textbox', { name: 'Card 2 button text' })).toBeNull()
    expect(within(card2).getByRole('textbox', { name: 'Button 1 title' })).toHaveValue('Baadaye')
    expect(within(card2).getByRole('textbox', { name: 'Button 2 title' })).toHaveValue('Uliza')
    expect(within(card2).getByRole('textbox', { name: 'Button 2 ID' })).toHaveValue('ask')
    expect(card2).toHaveAccessibleDescription(/Error: Card 2 has 2 quick-reply buttons but card 1 has a URL button/)
    const fix = within(card2).getByRole('button', { name: 'Give every card a link button, like card 1' })
    await user.click(fix)
    expect(within(card2).getByRole('textbox', { name: 'Card 2 button text' })).toHaveValue('Baadaye')
    expect(within(card2).queryByRole('textbox', { name: 'Button 1 title' })).toBeNull()
    expect(screen.getByRole('radio', { name: 'Media with a link button' })).toBeChecked()
    // What is left is the link the reply buttons never had.
    const url = within(card2).getByRole('textbox', { name: 'Card 2 button URL' })
    expect(url).toHaveAttribute('aria-invalid', 'true')
    await user.type(url, 'https://duka.example/later')
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
  })

  it('shows a header kind the type does not allow with what it holds, so it can be read and changed', async () => {
    const user = userEvent.setup()
    const image = { type: 'image', image: { link: 'https://duka.example/menu.png' } }
    render(<InteractiveBuilder defaultValue={{ ...createDraft('list'), header: image }} />)
    const kind = screen.getByRole('combobox', { name: 'Header type' })
    expect(kind).toHaveAttribute('aria-invalid', 'true')
    expect(within(kind).getByRole('option', { name: 'Image', selected: true })).toBeDisabled()
    expect(screen.getByRole('textbox', { name: 'Media link' })).toHaveValue('https://duka.example/menu.png')
    await user.selectOptions(kind, 'None')
    expect(screen.queryByRole('textbox', { name: 'Media link' })).toBeNull()
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
  })

  it('shows a flow action WhatsApp does not take as it is, with its error, until an action is picked', async () => {
    const user = userEvent.setup()
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    const parameters = {
      ...flow.action.parameters,
      flow_id: '1234567890',
      flow_action: 'open_screen',
      flow_action_payload: { screen: 'WELCOME' },
    }
    render(<InteractiveBuilder defaultValue={{ ...flow, action: { ...flow.action, parameters } }} />)
    const action = screen.getByRole('group', { name: 'When the button is tapped' })
    // The payload it holds is navigate's: shown, and marked so.
    const payload = screen.getByRole('group', { name: 'Used only with the action “Open a screen (navigate)”' })
    expect(within(payload).getByRole('textbox', { name: 'First screen' })).toHaveValue('WELCOME')
    expect(within(action).getByRole('radio', { name: 'open_screen' })).toBeChecked()
    expect(within(action).getByRole('radio', { name: 'Open a screen (navigate)' })).not.toBeChecked()
    expect(action).toHaveAttribute('aria-invalid', 'true')
    expect(action).toHaveAccessibleDescription(/Flow action must be one of "navigate" or "data_exchange"/)
    await user.click(within(action).getByRole('radio', { name: 'Open a screen (navigate)' }))
    expect(within(action).getByRole('radio', { name: 'Open a screen (navigate)' })).toBeChecked()
    expect(within(action).queryByRole('radio', { name: 'open_screen' })).toBeNull()
    expect(screen.queryByRole('group', { name: /^Used only with/ })).toBeNull()
    expect(screen.getByRole('textbox', { name: 'First screen' })).toHaveValue('WELCOME')
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
  })

  it('shows a payload held beside data_exchange under navigate, its error and both ways out at it (en, sw)', async () => {
    const user = userEvent.setup()
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    const parameters = {
      ...flow.action.parameters,
      flow_id: '1234567890',
      flow_action: 'data_exchange',
      flow_action_payload: { screen: 'WELCOME', data: { table: 4 } },
    }
    const draft = { ...flow, action: { ...flow.action, parameters } }
    const { unmount } = render(<InteractiveBuilder defaultValue={draft} />)
    const action = screen.getByRole('group', { name: 'When the button is tapped' })
    expect(within(action).getByRole('radio', { name: 'Ask your endpoint (data exchange)' })).toBeChecked()
    const payload = screen.getByRole('group', { name: 'Used only with the action “Open a screen (navigate)”' })
    const first = within(payload).getByRole('textbox', { name: 'First screen' })
    expect(first).toHaveValue('WELCOME')
    expect(within(payload).getByRole('textbox', { name: 'Screen data (JSON)' })).toHaveValue(
      JSON.stringify({ table: 4 }, null, 2),
    )
    expect(first).toHaveAttribute('aria-invalid', 'true')
    expect(first).toHaveAccessibleDescription(
      /With flow_action "data_exchange" your flow's endpoint sends the first screen/,
    )
    // What each way out keeps is named beside what it would drop.
    expect(within(payload).getByRole('button', { name: 'Switch the flow action to navigate' })).toBeInTheDocument()
    await user.click(
      within(payload).getByRole('button', { name: 'Keep data exchange (drop the first screen and data)' }),
    )
    expect(screen.queryByRole('group', { name: /^Used only with/ })).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'First screen' })).toBeNull()
    expect(within(action).getByRole('radio', { name: 'Ask your endpoint (data exchange)' })).toBeChecked()
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await user.click(
      within(screen.getByRole('group', { name: /^Used only with/ })).getByRole('button', {
        name: 'Switch the flow action to navigate',
      }),
    )
    expect(within(action).getByRole('radio', { name: 'Open a screen (navigate)' })).toBeChecked()
    expect(screen.queryByRole('group', { name: /^Used only with/ })).toBeNull()
    expect(screen.getByRole('textbox', { name: 'First screen' })).toHaveValue('WELCOME')
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
    unmount()
    render(<InteractiveBuilder defaultValue={draft} locale="sw" />)
    const sw = screen.getByRole('group', { name: 'Hutumika tu na kitendo “Fungua skrini (navigate)”' })
    expect(within(sw).getByRole('textbox', { name: 'Skrini ya kwanza' })).toHaveAccessibleDescription(
      /Kwa flow_action "data_exchange" seva yako ya flow hutuma skrini ya kwanza/,
    )
    expect(
      within(sw).getByRole('button', { name: 'Baki na data exchange (futa skrini ya kwanza na data)' }),
    ).toBeInTheDocument()
  })

  it('shows both of a media link and ID (from JSON), the one not used marked with the error, until one is kept', async () => {
    const user = userEvent.setup()
    const both = { type: 'image', image: { link: 'https://duka.example/a.png', id: '4490' } }
    render(<InteractiveBuilder defaultValue={{ ...createDraft('button'), header: both }} />)
    expect(screen.getByRole('radio', { name: 'An uploaded media ID' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Media ID' })).toHaveValue('4490')
    const unused = screen.getByRole('group', { name: 'Not used in the message: WhatsApp takes only one of these two' })
    const link = within(unused).getByRole('textbox', { name: 'Media link' })
    expect(link).toHaveValue('https://duka.example/a.png')
    expect(link).toHaveAttribute('aria-invalid', 'true')
    expect(link).toHaveAccessibleDescription(/Media link cannot be combined with an uploaded media ID/)
    // Editing either keeps both, until the person keeps one.
    await user.type(link, '?v=2')
    expect(screen.getByRole('textbox', { name: 'Media ID' })).toHaveValue('4490')
    // Both fix-its sit at the field they concern, once on the page: the summary lists the issue only.
    expect(within(unused).getByRole('button', { name: 'Keep media ID 4490 (drop the link)' })).toBeInTheDocument()
    expect(within(summary()).queryByRole('button', { name: /^Keep / })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Keep the link (drop media ID 4490)' }))
    expect(screen.queryByRole('group', { name: /^Not used in the message/ })).toBeNull()
    expect(screen.getByRole('radio', { name: 'A link (URL)' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Media link' })).toHaveValue('https://duka.example/a.png?v=2')
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
  })

  it('shows both of a flow ID and name (from JSON); picking one keeps its value, Undo brings both back (en, sw)', async () => {
    const user = userEvent.setup()
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    const parameters = { ...flow.action.parameters, flow_id: '1234', flow_name: 'booking' }
    const draft = { ...flow, action: { ...flow.action, parameters } }
    const { unmount } = render(<InteractiveBuilder defaultValue={draft} />)
    expect(screen.getByRole('textbox', { name: 'Flow ID' })).toHaveValue('1234')
    const unused = screen.getByRole('group', { name: 'Not used in the message: WhatsApp takes only one of these two' })
    const name = within(unused).getByRole('textbox', { name: 'Flow name' })
    expect(name).toHaveValue('booking')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription(/both a flow ID and a flow name/)
    await user.click(screen.getByRole('radio', { name: 'By name' }))
    expect(screen.getByRole('textbox', { name: 'Flow name' })).toHaveValue('booking')
    expect(screen.queryByRole('textbox', { name: 'Flow ID' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('textbox', { name: 'Flow ID' })).toHaveValue('1234')
    expect(screen.getByRole('textbox', { name: 'Flow name' })).toHaveValue('booking')
    unmount()
    render(<InteractiveBuilder defaultValue={draft} locale="sw" />)
    const sw = screen.getByRole('group', {
      // The group's fields (vi-: vipengele), as "kimoja … hivi viwili" after it agree.
      name: 'Havitumiki kwenye ujumbe: WhatsApp hupokea kimoja tu kati ya hivi viwili',
    })
    expect(within(sw).getByRole('textbox', { name: 'Jina la flow' })).toHaveValue('booking')
  })

  it('shows every item beyond a limit, with the count over it: rows, products, cards', () => {
    const list = createDraft('list') as { action: { sections: { rows: unknown[] }[] } }
    const rows = Array.from({ length: 11 }, (_, i) => ({ id: `row-${i + 1}`, title: `Row ${i + 1}` }))
    const { unmount } = render(
      <InteractiveBuilder defaultValue={{ ...list, action: { ...list.action, sections: [{ title: 'All', rows }] } }} />,
    )
    expect(screen.getByRole('textbox', { name: 'Row 11 title' })).toHaveValue('Row 11')
    // Past a number WhatsApp documents: marked as the error core reports (`countMark`).
    expect(screen.getByText('11 of 10 rows').closest('.bi-builder-group-count')).toHaveAttribute('data-over')
    unmount()

    const products = createDraft('product_list') as { action: { sections: unknown[] } }
    const items = Array.from({ length: 31 }, (_, i) => ({ product_retailer_id: `sku-${i + 1}` }))
    const many = { ...products, action: { ...products.action, sections: [{ title: 'All', product_items: items }] } }
    const second = render(<InteractiveBuilder defaultValue={many} />)
    expect(screen.getByRole('group', { name: 'Product 31' })).toBeInTheDocument()
    expect(screen.getByText('31 of 30 products').closest('.bi-builder-group-count')).toHaveAttribute('data-over')
    second.unmount()

    const cards = Array.from({ length: 11 }, (_, i) => card(i, linkButton))
    render(<InteractiveBuilder defaultValue={{ ...mixed, action: { cards } }} />)
    expect(screen.getByRole('textbox', { name: 'Card 11 button text' })).toHaveValue('Nunua')
    expect(screen.getByText('11 of 10 cards').closest('.bi-builder-group-count')).toHaveAttribute('data-over')
  })
})
