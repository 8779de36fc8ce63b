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
})
