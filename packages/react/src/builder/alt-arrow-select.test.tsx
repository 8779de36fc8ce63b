import { createDraft } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

const card = (n: number) => screen.getByRole('group', { name: `Card ${n}` })

it("leaves Alt+ArrowUp/Down to a select inside an item (the browser's way to open its list)", async () => {
  const user = userEvent.setup()
  render(<InteractiveBuilder defaultValue={createDraft('carousel')} />)
  const body = within(card(2)).getAllByRole('textbox')[0] as HTMLInputElement
  await user.click(body)
  await user.keyboard('{Control>}a{/Control}Second card')
  const select = within(card(2)).getAllByRole('combobox')[0] as HTMLSelectElement
  select.focus()
  await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
  expect(within(card(2)).getAllByRole('textbox')[0]).toHaveValue('Second card')
  expect(select).toHaveFocus()
  // From a text field of the same card, Alt+ArrowUp still moves the card.
  await user.click(body)
  await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
  expect(within(card(1)).getAllByRole('textbox')[0]).toHaveValue('Second card')
  expect(body).toHaveFocus()
})
