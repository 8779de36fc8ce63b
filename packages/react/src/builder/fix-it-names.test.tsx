import { createDraft } from '@briq-interactive/core'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { en, type Messages } from '../i18n/messages/en.ts'
import { sw } from '../i18n/messages/sw.ts'
import { forms } from '../i18n/testing/english-leaks.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

const keys = Object.keys(en) as (keyof Messages)[]
const ITEM_BUTTONS = keys.filter((key) => key.startsWith('builder.item.') || key.startsWith('action.'))
const FIX_ITS = keys.filter((key) => key.startsWith('fix.'))

describe("a fix-it's name holds no item button's name (Playwright's getByRole matches by part)", () => {
  it.each([
    ['en', en],
    ['sw', sw],
  ] as const)('%s: no fix-it says "Remove", "Move up", "Add row"… inside its words', (_, catalogue) => {
    const held: string[] = []
    for (const fix of FIX_ITS) {
      for (const text of forms(catalogue[fix])) {
        for (const item of ITEM_BUTTONS) {
          for (const name of forms(catalogue[item])) {
            if (text.toLowerCase().includes(name.toLowerCase())) held.push(`${fix} "${text}" holds ${item} "${name}"`)
          }
        }
      }
    }
    expect(held).toEqual([])
  })

  it.each([
    ['en', 'Button 1', 'Button 1 title', 'Remove'],
    ['sw', 'Kitufe 1', 'Jina la kitufe 1', 'Ondoa'],
  ] as const)(
    "%s: a title's spaces fix-it beside the button's own %s: one %s by part",
    (locale, item, title, remove) => {
      render(<InteractiveBuilder defaultValue={createDraft('button')} locale={locale} />)
      fireEvent.change(screen.getByRole('textbox', { name: title }), { target: { value: ' Yes ' } })
      const group = screen.getByRole('group', { name: item })
      // Was two: the item's Remove and "Remove the spaces at the ends" ("Ondoa nafasi za mwanzo na mwisho").
      expect(within(group).getAllByRole('button', { name: new RegExp(remove, 'i') })).toHaveLength(1)
      expect(within(group).getAllByRole('button')).toHaveLength(4)
    },
  )

  it('a repeated product: its fix-it and the product\'s own "Remove" are told apart by part', () => {
    const draft = createDraft('product_list')
    const items = [{ product_retailer_id: 'rice-5kg' }, { product_retailer_id: 'rice-5kg' }]
    render(
      <InteractiveBuilder
        defaultValue={{ ...draft, action: { catalog_id: 'C1', sections: [{ title: 'Rice', product_items: items }] } }}
      />,
    )
    const group = screen.getByRole('group', { name: 'Product 2' })
    expect(within(group).getAllByRole('button', { name: /remove/i })).toHaveLength(1)
    fireEvent.click(within(group).getByRole('button', { name: 'Leave out the repeated product rice-5kg' }))
    expect(screen.queryByRole('group', { name: 'Product 2' })).not.toBeInTheDocument()
  })
})
