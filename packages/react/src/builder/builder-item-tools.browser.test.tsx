import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { accessibilityTree } from '../testing/spoken.ts'
import { renderBuilder } from './testing/browser-builder.tsx'
import { threeQuickReplyCarousel } from './testing/issue-drafts.ts'

// A card's Move up / Move down / Remove and its buttons' share their names (each unique inside its
// own item). A screen reader's list of the page's buttons shows no group around them: Chromium
// gives each its items, outermost first, as its description, and nothing else is read twice.
describe('item tools in Chromium’s accessibility tree', () => {
  it('tell whose they are: a card’s, or a button’s of that card, in order, dimmed ones why', async () => {
    renderBuilder({ defaultValue: threeQuickReplyCarousel })
    await expect.element(page.getByRole('group', { name: 'Card 2' })).toBeVisible()
    const tools = (await accessibilityTree('.bi-builder'))
      .map((line) => line.trim())
      .filter((line) => line.startsWith('button "Move down"'))
    expect(tools).toEqual([
      'button "Move down" — Card 1',
      'button "Move down" — Card 1 Button 1',
      'button "Move down" — Card 1 Button 2',
      'button "Move down" — Card 1 Button 3 is already last',
      'button "Move down" — Card 2 is already last',
      'button "Move down" — Card 2 Button 1',
      'button "Move down" — Card 2 Button 2',
      'button "Move down" — Card 2 Button 3 is already last',
    ])
    // Why it is dimmed is read as its description only, never as text of the page.
    const text = (await accessibilityTree('.bi-builder-item-tools')).join('\n')
    expect(text).not.toContain('"Card 1 is already first"')
  })

  it('follow a card moved by keyboard: its buttons then tell of the card it is now', async () => {
    renderBuilder({ defaultValue: threeQuickReplyCarousel })
    const card1 = page.getByRole('group', { name: 'Card 1' })
    await userEvent.click(card1.getByRole('textbox', { name: 'Card 1 media link' }))
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}')
    await expect.element(page.getByRole('textbox', { name: 'Card 2 media link' })).toHaveFocus()
    const tools = (await accessibilityTree('.bi-builder'))
      .map((line) => line.trim())
      .filter((line) => line.startsWith('button "Remove"'))
    expect(tools.slice(4)).toEqual([
      'button "Remove" — Card 2 cannot be removed: at least 2 must stay',
      'button "Remove" — Card 2 Button 1',
      'button "Remove" — Card 2 Button 2',
      'button "Remove" — Card 2 Button 3',
    ])
  })
})
