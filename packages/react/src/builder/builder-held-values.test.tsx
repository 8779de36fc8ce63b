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
    const parameters = { ...flow.action.parameters, flow_id: '1234567890', flow_action: 'open_screen' }
    render(<InteractiveBuilder defaultValue={{ ...flow, action: { ...flow.action, parameters } }} />)
    const action = screen.getByRole('group', { name: 'When the button is tapped' })
    expect(within(action).getByRole('radio', { name: 'open_screen' })).toBeChecked()
    expect(within(action).getByRole('radio', { name: 'Open a screen (navigate)' })).not.toBeChecked()
    expect(action).toHaveAttribute('aria-invalid', 'true')
    expect(action).toHaveAccessibleDescription(/flow_action must be one of "navigate", "data_exchange"/)
    await user.click(within(action).getByRole('radio', { name: 'Open a screen (navigate)' }))
    expect(within(action).getByRole('radio', { name: 'Open a screen (navigate)' })).toBeChecked()
    expect(within(action).queryByRole('radio', { name: 'open_screen' })).toBeNull()
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
  })

  it('shows every item beyond a limit, with the count over it: rows, products, cards', () => {
    const list = createDraft('list') as { action: { sections: { rows: unknown[] }[] } }
    const rows = Array.from({ length: 11 }, (_, i) => ({ id: `row-${i + 1}`, title: `Row ${i + 1}` }))
    const { unmount } = render(
      <InteractiveBuilder defaultValue={{ ...list, action: { ...list.action, sections: [{ title: 'All', rows }] } }} />,
    )
    expect(screen.getByRole('textbox', { name: 'Row 11 title' })).toHaveValue('Row 11')
    expect(screen.getByText('11 of 10 rows')).toBeInTheDocument()
    unmount()

    const products = createDraft('product_list') as { action: { sections: unknown[] } }
    const items = Array.from({ length: 31 }, (_, i) => ({ product_retailer_id: `sku-${i + 1}` }))
    const many = { ...products, action: { ...products.action, sections: [{ title: 'All', product_items: items }] } }
    const second = render(<InteractiveBuilder defaultValue={many} />)
    expect(screen.getByRole('group', { name: 'Product 31' })).toBeInTheDocument()
    expect(screen.getByText('31 of 30 products')).toBeInTheDocument()
    second.unmount()

    const cards = Array.from({ length: 11 }, (_, i) => card(i, linkButton))
    render(<InteractiveBuilder defaultValue={{ ...mixed, action: { cards } }} />)
    expect(screen.getByRole('textbox', { name: 'Card 11 button text' })).toHaveValue('Nunua')
    expect(screen.getByText('11 of 10 cards')).toBeInTheDocument()
  })
})
