import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { maximalCarousel } from '../../bench/maximal-list.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'
import type { ItemViewProps } from './item-view.tsx'

// The paths of the items rendered, in order.
const rendered = vi.hoisted(() => ({ paths: [] as string[] }))
vi.mock('./item-view.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('./item-view.tsx')>()
  const memoised = real.ItemView as unknown as { type: (props: ItemViewProps) => unknown }
  const type = (props: ItemViewProps) => {
    rendered.paths.push([...props.groupPath, props.index].join('.'))
    return memoised.type(props)
  }
  return { ...real, ItemView: { ...memoised, type } }
})

const card = (n: number) => `action.cards.${n - 1}`
const cardAndButtons = (n: number) => [card(n), `${card(n)}.action.buttons.0`, `${card(n)}.action.buttons.1`]

describe('Builder render cost of adding and removing an item', () => {
  it('Add card renders the new card and the one before it (its Move down), not the other cards', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={maximalCarousel(9)} />)
    rendered.paths = []
    await user.click(screen.getByRole('button', { name: 'Add card' }))
    expect(screen.getByRole('group', { name: 'Card 10' })).toBeInTheDocument()
    expect([...new Set(rendered.paths)].sort()).toEqual([card(9), ...cardAndButtons(10)].sort())
  })

  it('Remove card 10 of 10 renders card 9 only (its Move down is now at the edge)', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={maximalCarousel(10)} />)
    rendered.paths = []
    // The card's own Remove comes before its buttons'.
    const remove = within(screen.getByRole('group', { name: 'Card 10' })).getAllByRole('button', { name: 'Remove' })[0]
    await user.click(remove as HTMLElement)
    expect(screen.queryByRole('group', { name: 'Card 10' })).toBeNull()
    expect([...new Set(rendered.paths)]).toEqual([card(9)])
    const moveDown = within(screen.getByRole('group', { name: 'Card 9' })).getAllByRole('button', { name: 'Move down' })
    expect(moveDown[0]).toHaveAttribute('aria-disabled', 'true')
  })
})
