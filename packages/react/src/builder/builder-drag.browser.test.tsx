import { createDraft } from '@briq-interactive/core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'

const titles = () =>
  page
    .getByRole('textbox', { name: /^Button \d title$/ })
    .elements()
    .map((element) => (element as HTMLInputElement).value)

const threeButtons = {
  ...createDraft('button'),
  action: {
    buttons: ['One', 'Two', 'Three'].map((title) => ({ type: 'reply', reply: { id: title.toLowerCase(), title } })),
  },
}

const handle = (name: string) =>
  (page.getByRole('group', { name }).element() as HTMLElement).querySelector('.bi-builder-drag') as HTMLElement

describe('reordering by pointer (the drag handle) in Chromium', () => {
  it('drops an item before the item it is dropped on; one undo puts it back', async () => {
    renderBuilder({ defaultValue: threeButtons })
    await userEvent.dragAndDrop(handle('Button 3'), page.getByRole('textbox', { name: 'Button 1 title' }).element())
    expect(titles()).toEqual(['Three', 'One', 'Two'])
    expect(document.querySelector('[data-dragging], [data-drop]')).toBeNull()
    // Focus is on the moved item (its Move up), not left on the page.
    await expect
      .element(page.getByRole('group', { name: 'Button 1' }).getByRole('button', { name: 'Move up' }))
      .toHaveFocus()
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(titles()).toEqual(['One', 'Two', 'Three'])
    await expect
      .element(page.getByRole('group', { name: 'Button 3' }).getByRole('button', { name: 'Move up' }))
      .toHaveFocus()
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    await userEvent.click(page.getByRole('button', { name: 'Undo' }))
    expect(titles()).toEqual(['One', 'Two', 'Three'])
  })

  it.each([
    ['scale(0.5)', { transform: 'scale(0.5)', transformOrigin: '0 0' }],
    ['zoom: 0.8', { zoom: '0.8' }],
  ])(
    'inside a host’s %s the dragged item follows the pointer on screen, and drops where let go',
    async (_name, look) => {
      const { getByTestId } = renderBuilder({ defaultValue: threeButtons })
      Object.assign(getByTestId('host').style, look)
      const item = page.getByRole('group', { name: 'Button 3' }).element() as HTMLElement
      const from = handle('Button 3').getBoundingClientRect()
      const start = item.getBoundingClientRect().top
      const target = (page.getByRole('group', { name: 'Button 1' }).element() as HTMLElement).getBoundingClientRect()
      const init = { bubbles: true, pointerId: 7, isPrimary: true, pointerType: 'mouse' }
      const at = (y: number) => ({ ...init, clientX: from.x + 4, clientY: y })
      handle('Button 3').dispatchEvent(new PointerEvent('pointerdown', { ...at(from.y + 4), button: 0 }))
      handle('Button 3').dispatchEvent(new PointerEvent('pointermove', at(target.top + 4)))
      await expect.poll(() => item.getBoundingClientRect().top - start).toBeCloseTo(target.top - from.y, 0)
      handle('Button 3').dispatchEvent(new PointerEvent('pointerup', { ...at(target.top + 4), button: 0 }))
      await expect.poll(titles).toEqual(['Three', 'One', 'Two'])
    },
  )

  it('drops after the item when let go on its lower half', async () => {
    renderBuilder({ defaultValue: threeButtons })
    await userEvent.dragAndDrop(handle('Button 1'), page.getByRole('textbox', { name: 'Button 3 ID' }).element())
    expect(titles()).toEqual(['Two', 'Three', 'One'])
  })

  it('marks where the item would land while dragging, and Escape cancels', async () => {
    renderBuilder({ defaultValue: threeButtons })
    const from = handle('Button 3').getBoundingClientRect()
    const target = (page.getByRole('group', { name: 'Button 1' }).element() as HTMLElement).getBoundingClientRect()
    const init = { bubbles: true, pointerId: 7, isPrimary: true, pointerType: 'mouse' }
    handle('Button 3').dispatchEvent(
      new PointerEvent('pointerdown', { ...init, button: 0, clientX: from.x + 4, clientY: from.y + 4 }),
    )
    handle('Button 3').dispatchEvent(
      new PointerEvent('pointermove', { ...init, clientX: from.x + 4, clientY: target.top + 10 }),
    )
    expect(page.getByRole('group', { name: 'Button 1' }).element()).toHaveAttribute('data-drop', 'before')
    expect(page.getByRole('group', { name: 'Button 3' }).element()).toHaveAttribute('data-dragging')
    await userEvent.keyboard('{Escape}')
    expect(document.querySelector('[data-dragging], [data-drop]')).toBeNull()
    handle('Button 3').dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: target.top + 10 }))
    expect(titles()).toEqual(['One', 'Two', 'Three'])
  })

  // Overshooting the first item onto the group's heading, as sortable lists take it.
  it('drops before the first item when let go over the group’s heading, marked there', async () => {
    renderBuilder({ defaultValue: threeButtons })
    const head = (page.getByRole('group', { name: 'Button 1' }).element().closest('.bi-builder-group') as HTMLElement)
      .firstElementChild as HTMLElement
    head.scrollIntoView({ block: 'center' })
    const from = handle('Button 3').getBoundingClientRect()
    const over = head.getBoundingClientRect()
    const init = { bubbles: true, pointerId: 7, isPrimary: true, pointerType: 'mouse', clientX: from.x + 4 }
    handle('Button 3').dispatchEvent(new PointerEvent('pointerdown', { ...init, button: 0, clientY: from.y + 4 }))
    handle('Button 3').dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: over.top + 2 }))
    expect(page.getByRole('group', { name: 'Button 1' }).element()).toHaveAttribute('data-drop', 'before')
    handle('Button 3').dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: over.top + 2 }))
    await expect.poll(titles).toEqual(['Three', 'One', 'Two'])
  })

  // Let go where it would stay (the next item's upper half, the heading above it as the first):
  // no mark while held, no move said, no undo step.
  it.each([
    ['the next item’s upper half', () => page.getByRole('group', { name: 'Button 2' }).element() as HTMLElement],
    [
      'the group’s heading',
      () =>
        (page.getByRole('group', { name: 'Button 1' }).element().closest('.bi-builder-group') as HTMLElement)
          .firstElementChild as HTMLElement,
    ],
  ])('a drag of the first item to %s marks nothing and says nothing', async (_name, over) => {
    renderBuilder({ defaultValue: threeButtons })
    over().scrollIntoView({ block: 'center' })
    const from = handle('Button 1').getBoundingClientRect()
    const y = over().getBoundingClientRect().top + 2
    const init = { bubbles: true, pointerId: 7, isPrimary: true, pointerType: 'mouse', clientX: from.x + 4 }
    handle('Button 1').dispatchEvent(new PointerEvent('pointerdown', { ...init, button: 0, clientY: from.y + 4 }))
    handle('Button 1').dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: y }))
    expect(document.querySelector('[data-drop]')).toBeNull()
    handle('Button 1').dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: y }))
    expect(document.querySelector('[data-dragging], [data-drop]')).toBeNull()
    expect(titles()).toEqual(['One', 'Two', 'Three'])
    await expect.element(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
    expect(document.body.textContent).not.toContain('Moved to position')
  })

  // A page may scroll smoothly (Bootstrap's reboot sets it on :root): each step still scrolls.
  it.each(['auto', 'smooth'])(
    'scrolls the page while the dragged item is held at the window edge, to drop it out of view (scroll-behavior: %s)',
    async (behavior) => {
      document.documentElement.style.scrollBehavior = behavior
      onTestFinished(() => {
        document.documentElement.style.scrollBehavior = ''
      })
      const carousel = createDraft('carousel') as { action: { cards: unknown[] } }
      const cards = [0, 1, 2].map((i) => ({
        ...(carousel.action.cards[0] as object),
        card_index: i,
        body: { text: `card ${i + 1}` },
      }))
      renderBuilder({ defaultValue: { ...carousel, action: { cards } } })
      window.scrollTo(0, 0)
      const texts = () =>
        page
          .getByRole('textbox', { name: /^Card \d text$/ })
          .elements()
          .map((element) => (element as HTMLTextAreaElement).value)
      const card = (n: number) => page.getByRole('group', { name: `Card ${n}` }).element() as HTMLElement
      const grip = card(1).querySelector('.bi-builder-drag') as HTMLElement
      const box = grip.getBoundingClientRect()
      expect(card(3).getBoundingClientRect().bottom).toBeGreaterThan(window.innerHeight)
      const init = { bubbles: true, pointerId: 9, isPrimary: true, pointerType: 'mouse', clientX: box.x + 4 }
      grip.dispatchEvent(new PointerEvent('pointerdown', { ...init, button: 0, clientY: box.y + 4 }))
      grip.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: window.innerHeight - 2 }))
      // Held at the bottom edge, the page scrolls until card 3's lower half is in view.
      await expect
        .poll(() => card(3).getBoundingClientRect().bottom, { timeout: 10_000 })
        .toBeLessThan(window.innerHeight)
      const last = card(3).getBoundingClientRect()
      grip.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: last.bottom - 10 }))
      expect(card(3)).toHaveAttribute('data-drop', 'after')
      grip.dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: last.bottom - 10 }))
      await expect.poll(texts).toEqual(['card 2', 'card 3', 'card 1'])
    },
  )

  it('moves a row into another section by pointer, where core allows it', async () => {
    const list = createDraft('list') as { action: { sections: unknown[] } }
    renderBuilder({
      defaultValue: {
        ...list,
        action: {
          ...list.action,
          sections: [
            {
              title: 'A',
              rows: [
                { id: 'a', title: 'a' },
                { id: 'b', title: 'b' },
              ],
            },
            { title: 'B', rows: [{ id: 'c', title: 'c' }] },
          ],
        },
      },
    })
    const section1 = page.getByRole('group', { name: 'Section 1' })
    const row2 = (section1.getByRole('group', { name: 'Row 2' }).element() as HTMLElement).querySelector(
      '.bi-builder-drag',
    )
    const target = page.getByRole('group', { name: 'Section 2' }).getByRole('textbox', { name: 'Row 1 title' })
    await userEvent.dragAndDrop(row2 as HTMLElement, target.element())
    const rows = (section: string) =>
      page
        .getByRole('group', { name: section })
        .getByRole('textbox', { name: /^Row \d title$/ })
        .elements()
        .map((element) => (element as HTMLInputElement).value)
    expect(rows('Section 1')).toEqual(['a'])
    expect(rows('Section 2')).toEqual(['b', 'c'])
    const moved = page
      .getByRole('group', { name: 'Section 2' })
      .getByRole('group', { name: 'Row 1' })
      .getByRole('button', { name: 'Move up' })
    await expect.element(moved).toHaveFocus()
    // Undo puts it back in Section 1, and focus goes back with it.
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(rows('Section 1')).toEqual(['a', 'b'])
    await expect
      .element(section1.getByRole('group', { name: 'Row 2' }).getByRole('button', { name: 'Move up' }))
      .toHaveFocus()
  })

  it('says why a quick reply dropped on another card stays on its own, on screen too', async () => {
    renderBuilder({ defaultValue: createDraft('carousel') })
    const card = (n: number) => page.getByRole('group', { name: `Card ${n}` })
    const dragged = card(1).getByRole('group', { name: 'Button 1' })
    const reply = (dragged.element() as HTMLElement).querySelector('.bi-builder-drag')
    await userEvent.dragAndDrop(
      reply as HTMLElement,
      card(2).getByRole('textbox', { name: 'Button 1 title' }).element(),
    )
    const why = 'Quick replies stay on their card: every card of a carousel has the same buttons'
    // Said once to screen readers (the live region)…
    await expect.element(page.getByRole('status').filter({ hasText: why })).toBeInTheDocument()
    // …and shown on the dragged item, where a finger let go of it (no tooltip on a phone).
    await expect.element(dragged.getByText(why)).toBeVisible()
    expect(document.querySelector('[data-dragging], [data-drop]')).toBeNull()
    // Until the draft next changes.
    await userEvent.fill(card(1).getByRole('textbox', { name: 'Button 1 title' }), 'Ndiyo')
    await expect.element(dragged.getByText(why)).not.toBeInTheDocument()
  })

  it('ends a drag under way when its item goes: Escape then reaches the page', async () => {
    // The host hears keys on document (a Radix dialog, a route's shortcuts); the drag listened
    // on window, in the capture phase, and took the next Escape after a route change unmounted it.
    const heard: string[] = []
    const onKey = (event: KeyboardEvent) => heard.push(event.key)
    document.addEventListener('keydown', onKey)
    onTestFinished(() => document.removeEventListener('keydown', onKey))
    const { unmount } = renderBuilder({ defaultValue: threeButtons })
    const from = handle('Button 3').getBoundingClientRect()
    const init = { bubbles: true, pointerId: 11, isPrimary: true, pointerType: 'mouse', clientX: from.x + 4 }
    handle('Button 3').dispatchEvent(new PointerEvent('pointerdown', { ...init, button: 0, clientY: from.y + 4 }))
    handle('Button 3').dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: from.y - 40 }))
    unmount()
    await userEvent.keyboard('{Escape}')
    expect(heard).toEqual(['Escape'])
  })

  it('ends a drag under way when undo removes the dragged item', async () => {
    const heard: string[] = []
    const onKey = (event: KeyboardEvent) => heard.push(event.key)
    document.addEventListener('keydown', onKey)
    onTestFinished(() => document.removeEventListener('keydown', onKey))
    renderBuilder({ defaultValue: createDraft('button') })
    await userEvent.click(page.getByRole('button', { name: 'Add button' }))
    const from = handle('Button 3').getBoundingClientRect()
    const init = { bubbles: true, pointerId: 12, isPrimary: true, pointerType: 'mouse', clientX: from.x + 4 }
    handle('Button 3').dispatchEvent(new PointerEvent('pointerdown', { ...init, button: 0, clientY: from.y + 4 }))
    // Ctrl+Z while the mouse is still held (focus is in the new button's title).
    await userEvent.keyboard('{Control>}z{/Control}')
    await expect.element(page.getByRole('group', { name: 'Button 3' })).not.toBeInTheDocument()
    heard.length = 0
    await userEvent.keyboard('{Escape}')
    expect(heard).toEqual(['Escape'])
  })
})
