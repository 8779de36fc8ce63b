import { applyDraftOperation, createDraft } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { threeQuickReplyCarousel } from './testing/issue-drafts.ts'

const rows = (titles: string[], prefix: string) => titles.map((title, i) => ({ id: `${prefix}${i}`, title }))

/** A list of two titled sections: A (rows a1, a2) and B (rows b1…b3). */
const twoSections = {
  type: 'list',
  body: { text: 'Pick a route' },
  action: {
    button: 'Routes',
    sections: [
      { title: 'A', rows: rows(['a1', 'a2'], 'a') },
      { title: 'B', rows: rows(['b1', 'b2', 'b3'], 'b') },
    ],
  },
}

const group = (name: string, scope: HTMLElement = document.body) => within(scope).getByRole('group', { name })
const titles = (scope: HTMLElement, label: RegExp) =>
  within(scope)
    .getAllByRole('textbox', { name: label })
    .map((field) => (field as HTMLInputElement).value)

/** What the builder last said to screen readers (its live region). */
const announced = () => document.querySelector('.bi-builder-live') as HTMLElement

describe('groups and items', () => {
  it.each([
    ['en', 'Add section', 'Section', 'Remove', 'Section {n} title'],
    ['sw', 'Ongeza sehemu', 'Sehemu', 'Ondoa', 'Kichwa cha sehemu {n}'],
  ] as const)(
    '%s: removing the first of three new sections leaves no starter title naming a place it lost',
    async (locale, add, section, remove, titleLabel) => {
      const user = userEvent.setup()
      render(<InteractiveBuilder defaultValue={createDraft('list')} locale={locale} />)
      await user.click(screen.getByRole('button', { name: add }))
      await user.click(screen.getByRole('button', { name: add }))
      // The section's own Remove comes before its rows'.
      await user.click(within(group(`${section} 1`)).getAllByRole('button', { name: remove })[0] as HTMLElement)
      const title = (n: number) => screen.getByRole('textbox', { name: titleLabel.replace('{n}', String(n)) })
      expect([title(1), title(2)].map((field) => (field as HTMLInputElement).value)).toEqual([
        `${section} 1`,
        `${section} 2`,
      ])
    },
  )

  it.each([
    ['sw', 'en', 'Ongeza sehemu', 'Sehemu', 'Remove', 'Section {n} title'],
    ['en', 'sw', 'Add section', 'Section', 'Ondoa', 'Kichwa cha sehemu {n}'],
  ] as const)(
    'sections started in %s and edited in %s keep their starter titles following their place',
    async (from, to, add, section, remove, titleLabel) => {
      const user = userEvent.setup()
      const { rerender } = render(<InteractiveBuilder defaultValue={createDraft('list')} locale={from} />)
      await user.click(screen.getByRole('button', { name: add }))
      await user.click(screen.getByRole('button', { name: add }))
      rerender(<InteractiveBuilder defaultValue={createDraft('list')} locale={to} />)
      const title = (n: number) => screen.getByRole('textbox', { name: titleLabel.replace('{n}', String(n)) })
      const first = title(1).closest('[role="group"]') as HTMLElement
      await user.click(within(first).getAllByRole('button', { name: remove })[0] as HTMLElement)
      // Still the words they were written in: the message is not translated.
      expect([title(1), title(2)].map((field) => (field as HTMLInputElement).value)).toEqual([
        `${section} 1`,
        `${section} 2`,
      ])
    },
  )

  // Pasted in the JSON tab or opened from a file, reply buttons without "action": the only
  // problem was "Action is required by WhatsApp" and "Add button" was dimmed, so the form alone
  // could not fix it.
  it('adds the first button to reply buttons that have no action yet, from the form', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={{ type: 'button', body: { text: 'Hi' } }} />)
    const problems = screen.getByRole('region', { name: 'Problems' })
    // Picked from the summary, the problem leads to the Buttons group, where it is also shown.
    await user.click(within(problems).getByRole('button', { name: /Action is required by WhatsApp/ }))
    expect(group('Buttons')).toHaveFocus()
    expect(group('Buttons')).toHaveTextContent('Action is required by WhatsApp')
    await user.tab()
    const add = screen.getByRole('button', { name: 'Add button' })
    expect(add).toHaveFocus()
    expect(add).not.toHaveAttribute('aria-disabled')
    await user.keyboard('{Enter}')
    expect(within(group('Button 1')).getByRole('textbox', { name: 'Button 1 title' })).toHaveFocus()
    await user.keyboard('Yes')
    expect(problems).not.toHaveTextContent('Action is required')
    expect(within(problems).getByRole('status')).toHaveTextContent('No problems found')
  })

  // "buttons": "x" or "action": "x" pasted in the JSON tab: the form cannot show it, and Add was
  // refused (or did nothing).
  it.each([{ buttons: 'x' }, 'x'])(
    'adds a button where the pasted action %j holds no list, and undo brings it back',
    async (action) => {
      const user = userEvent.setup()
      const onValueChange = vi.fn()
      const pasted = { type: 'button', body: { text: 'Hi' }, action }
      render(<InteractiveBuilder defaultValue={pasted} onValueChange={onValueChange} />)
      const add = screen.getByRole('button', { name: 'Add button' })
      expect(add).not.toHaveAttribute('aria-disabled')
      await user.click(add)
      expect(within(group('Button 1')).getByRole('textbox', { name: 'Button 1 title' })).toHaveFocus()
      expect(onValueChange.mock.lastCall?.[0]).toMatchObject({ action: { buttons: [{ type: 'reply' }] } })
      await user.click(screen.getByRole('button', { name: 'Undo' }))
      expect(onValueChange.mock.lastCall?.[0]).toEqual(pasted)
    },
  )

  it('a new section has its starter title selected, so typing replaces it', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('list')} />)
    await user.click(screen.getByRole('button', { name: 'Add section' }))
    const title = within(group('Section 2')).getByRole('textbox', { name: 'Section 2 title' })
    expect(title).toHaveFocus()
    await user.keyboard('Ferries')
    expect(title).toHaveValue('Ferries')
  })

  it("focuses a new product card's product ID, past the catalog ID copied from card 1", async () => {
    const user = userEvent.setup()
    const cards = applyDraftOperation(createDraft('carousel'), {
      op: 'choose',
      path: ['action', 'cards'],
      value: 'product',
    })
    render(<InteractiveBuilder defaultValue={cards} />)
    await user.type(within(group('Card 1')).getByRole('textbox', { name: 'Card 1 catalog ID' }), '123')
    await user.click(screen.getByRole('button', { name: 'Add card' }))
    expect(within(group('Card 3')).getByRole('textbox', { name: 'Card 3 catalog ID' })).toHaveValue('123')
    expect(within(group('Card 3')).getByRole('textbox', { name: /^Card 3 product ID/ })).toHaveFocus()
  })

  it("names every item's group and its fields by number, rows numbered from 1 inside their section", () => {
    render(<InteractiveBuilder defaultValue={twoSections} />)
    const section2 = group('Section 2')
    expect(within(section2).getByRole('textbox', { name: 'Section 2 title' })).toHaveValue('B')
    const row1 = group('Row 1', section2)
    expect(within(row1).getByRole('textbox', { name: 'Row 1 title' })).toHaveValue('b1')
    expect(within(row1).getByRole('textbox', { name: 'Row 1 ID' })).toHaveValue('b0')
    expect(within(row1).getByRole('textbox', { name: 'Row 1 description' })).toHaveValue('')
    for (const name of ['Move up', 'Move down', 'Remove'])
      expect(within(row1).getAllByRole('button', { name })).toHaveLength(1)
    expect(screen.getAllByText('5 of 10 rows')).toHaveLength(2)
    expect(screen.getByText('2 of 10 sections')).toBeInTheDocument()
  })

  it('moves an item with Move up / Move down, keeping focus on the button pressed', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={twoSections} />)
    const section2 = group('Section 2')
    await user.click(within(group('Row 2', section2)).getByRole('button', { name: 'Move up' }))
    expect(titles(section2, /^Row \d title$/)).toEqual(['b2', 'b1', 'b3'])
    const moved = within(group('Row 1', section2)).getByRole('button', { name: 'Move up' })
    expect(moved).toHaveFocus()
    expect(screen.getByText('Moved to position 1 of 3')).toBeInTheDocument()
    await user.click(within(group('Row 2', section2)).getByRole('button', { name: 'Move down' }))
    expect(titles(section2, /^Row \d title$/)).toEqual(['b2', 'b3', 'b1'])
  })

  it('moves an item with Alt+ArrowUp/Down from a field inside it; focus stays in that field', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const title2 = screen.getByRole('textbox', { name: 'Button 2 title' })
    await user.click(title2)
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    const title1 = screen.getByRole('textbox', { name: 'Button 1 title' })
    expect(title1).toHaveValue('No, change it')
    expect(title1).toHaveFocus()
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(screen.getByRole('textbox', { name: 'Button 2 title' })).toHaveFocus()
    expect(screen.getByRole('textbox', { name: 'Button 2 title' })).toHaveValue('No, change it')
  })

  it('moves a row across sections at the edge, and only the row (not its section) on Alt+Arrow', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={twoSections} />)
    const firstOfB = within(group('Row 1', group('Section 2'))).getByRole('textbox', { name: 'Row 1 title' })
    await user.click(firstOfB)
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(titles(group('Section 1'), /^Row \d title$/)).toEqual(['a1', 'a2', 'b1'])
    expect(titles(group('Section 2'), /^Row \d title$/)).toEqual(['b2', 'b3'])
    expect(within(group('Section 1')).getByRole('textbox', { name: 'Row 3 title' })).toHaveFocus()
    expect(screen.getByText('Moved to section 1, position 3')).toBeInTheDocument()
    expect(within(group('Section 1')).getByRole('textbox', { name: 'Section 1 title' })).toHaveValue('A')
  })

  it('says in Swahili where a moved item is now, whatever its noun class (kitufe, safu)', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<InteractiveBuilder defaultValue={createDraft('button')} locale="sw" />)
    await user.click(within(group('Kitufe 2')).getByRole('button', { name: 'Sogeza juu' }))
    // "Imesogezwa" agrees with a safu (n-class), not a kitufe (ki-class): no concord at all.
    expect(screen.getByText('Sasa katika nafasi 1 kati ya 2')).toBeInTheDocument()
    unmount()
    render(<InteractiveBuilder defaultValue={twoSections} locale="sw" />)
    const firstOfB = within(group('Safu 1', group('Sehemu 2'))).getByRole('textbox', { name: 'Jina la safu 1' })
    await user.click(firstOfB)
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(screen.getByText('Sasa katika sehemu 1, nafasi 3')).toBeInTheDocument()
  })

  it('says an item at the edge cannot move (aria-disabled, focus kept)', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const up = within(group('Button 1')).getByRole('button', { name: 'Move up' })
    expect(up).toHaveAttribute('aria-disabled', 'true')
    await user.click(up)
    expect(up).toHaveFocus()
    expect(screen.getByRole('textbox', { name: 'Button 1 title' })).toHaveValue('Yes, confirm')
  })

  it('says why an item cannot move: already first, or the only row of its section (en and sw)', async () => {
    const user = userEvent.setup()
    const oneInB = {
      ...twoSections,
      action: {
        ...twoSections.action,
        sections: [twoSections.action.sections[0], { title: 'B', rows: rows(['b1'], 'b') }],
      },
    }
    const { unmount } = render(<InteractiveBuilder defaultValue={oneInB} />)
    const firstUp = within(group('Row 1', group('Section 1'))).getByRole('button', { name: 'Move up' })
    // Said before it is pressed too: the dimmed button's tooltip and description (in its section's place).
    expect(firstUp).toHaveAttribute('title', 'Row 1 is already first')
    expect(firstUp).toHaveAccessibleDescription('Section 1 Row 1 is already first')
    await user.click(firstUp)
    expect(announced()).toHaveTextContent('Row 1 is already first')
    await user.click(within(group('Row 1', group('Section 2'))).getByRole('textbox', { name: 'Row 1 title' }))
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(announced()).toHaveTextContent(
      'Row 1 cannot leave section 2: it is the only one there, and WhatsApp rejects an empty section. Add another to section 2 first.',
    )
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(announced()).toHaveTextContent('Row 1 is already last')
    expect(titles(group('Section 2'), /^Row \d title$/)).toEqual(['b1'])
    unmount()
    render(<InteractiveBuilder defaultValue={oneInB} locale="sw" />)
    await user.click(within(group('Safu 1', group('Sehemu 2'))).getByRole('button', { name: 'Sogeza juu' }))
    expect(announced()).toHaveTextContent(
      'Safu 1 haiwezi kutoka sehemu 2: ndiyo pekee humo, na WhatsApp inakataa sehemu tupu. Ongeza nyingine kwenye sehemu 2 kwanza.',
    )
  })

  it("removes an item and focuses the next item's Remove (or the Add button after the last)", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={{ ...createDraft('button'), action: { buttons: [] } }} />)
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Add button' }))
    await user.click(within(group('Button 1')).getByRole('button', { name: 'Remove' }))
    expect(screen.queryByRole('group', { name: 'Button 3' })).toBeNull()
    expect(within(group('Button 1')).getByRole('button', { name: 'Remove' })).toHaveFocus()
    expect(screen.getByText('Button 1 removed')).toBeInTheDocument()
  })

  it.each([
    ['the second of two buttons', 'button', 'Button 2', 'Button 1', 'Button 1 title'],
    ['the first of two buttons', 'button', 'Button 1', 'Button 1', 'Button 1 title'],
    ['the second of two sections', 'list', 'Section 2', 'Section 1', 'Section 1 title'],
    ['the only other row of a section', 'list', 'Row 2', 'Row 1', 'Row 1 title'],
  ] as const)(
    "removing %s focuses the item left's first field, not its dimmed Remove",
    async (_, type, removed, left, field) => {
      const user = userEvent.setup()
      const twoButtons = { ...createDraft('button'), action: { buttons: [] } }
      render(<InteractiveBuilder defaultValue={type === 'list' ? twoSections : twoButtons} />)
      if (type === 'button') {
        await user.click(screen.getByRole('button', { name: 'Add button' }))
        await user.click(screen.getByRole('button', { name: 'Add button' }))
      }
      // The item's own Remove comes before its rows'.
      const scope = removed.startsWith('Row') ? group('Section 1') : document.body
      await user.click(within(group(removed, scope)).getAllByRole('button', { name: 'Remove' })[0] as HTMLElement)
      expect(within(group(left, scope)).getAllByRole('button', { name: 'Remove' })[0]).toHaveAttribute(
        'aria-disabled',
        'true',
      )
      expect(within(group(left, scope)).getByRole('textbox', { name: field })).toHaveFocus()
    },
  )

  it('keeps at least one of what WhatsApp needs: the last button cannot be removed', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={{ ...createDraft('button'), action: { buttons: [] } }} />)
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    const remove = within(group('Button 1')).getByRole('button', { name: 'Remove' })
    expect(remove).toHaveAttribute('aria-disabled', 'true')
    await user.click(remove)
    expect(group('Button 1')).toBeInTheDocument()
    // Dimmed, it says why: on hover and to a screen reader (its description), and when pressed.
    expect(remove).toHaveAccessibleDescription('Button 1 cannot be removed: at least 1 must stay')
    expect(announced()).toHaveTextContent('Button 1 cannot be removed: at least 1 must stay')
    expect(remove).toHaveFocus()
  })

  it('counts rows across sections ("7 of 10 rows") and refuses an 11th row, saying why', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={twoSections} />)
    const section1 = group('Section 1')
    await user.click(within(section1).getByRole('button', { name: 'Add row' }))
    await user.click(within(section1).getByRole('button', { name: 'Add row' }))
    expect(screen.getAllByText('7 of 10 rows')).toHaveLength(2)
    expect(within(section1).getByRole('textbox', { name: 'Row 4 title' })).toHaveFocus()
    for (let i = 0; i < 3; i++) await user.click(within(section1).getByRole('button', { name: 'Add row' }))
    const add = within(group('Section 2')).getByRole('button', { name: 'Add row' })
    expect(add).toHaveAttribute('aria-disabled', 'true')
    expect(add).toHaveAccessibleDescription('10 of 10 rows')
    await user.click(add)
    expect(announced()).toHaveTextContent('No more can be added: 10 of 10 rows')
    expect(screen.getAllByText('10 of 10 rows')).toHaveLength(2)
    // "Add section" says it is the rows that ran out, though the sections counter reads "2 of 10":
    // dimmed, in its description and tooltip, before any press.
    const addSection = screen.getByRole('button', { name: 'Add section' })
    expect(addSection).toHaveAttribute('aria-disabled', 'true')
    expect(addSection).toHaveAccessibleDescription(/^2 of 10 sections\.? No more can be added: 10 of 10 rows$/)
    expect(addSection).toHaveAttribute('title', 'No more can be added: 10 of 10 rows')
    expect(screen.getByText('2 of 10 sections')).toBeInTheDocument()
  })

  it("says a group's count where it stands and on Add, not again as the group's description (en, sw)", () => {
    // Its text follows the title; as the group's description too, it was read on the group and then
    // again as the text beside (three times with Add's). Add keeps it: whether one more fits.
    for (const [locale, name, add, count] of [
      ['en', 'Sections', 'Add section', '2 of 10 sections'],
      ['sw', 'Sehemu', 'Ongeza sehemu', 'Sehemu 2 kati ya 10'],
    ] as const) {
      const { unmount } = render(<InteractiveBuilder defaultValue={twoSections} locale={locale} />)
      const sections = screen.getByRole('group', { name })
      expect(sections).not.toHaveAttribute('aria-describedby')
      expect(within(sections).getByText(count)).toBeVisible()
      expect(screen.getByRole('button', { name: add })).toHaveAccessibleDescription(new RegExp(`^${count}\\.?$`))
      unmount()
    }
  })

  it.each([
    ['en', 'Add section', 'No more can be added: 10 of 10 rows', 'Row 1 title'],
    ['sw', 'Ongeza sehemu', 'Haiwezekani kuongeza zaidi: Safu 10 kati ya 10', 'Jina la safu 1'],
  ] as const)(
    '%s: a press of a dimmed Add shows why on the page until the draft changes',
    async (locale, addName, why, rowTitle) => {
      const user = userEvent.setup()
      const full = {
        ...twoSections,
        action: {
          ...twoSections.action,
          sections: [
            {
              title: 'A',
              rows: rows(
                Array.from({ length: 10 }, (_, i) => `r${i}`),
                'r',
              ),
            },
          ],
        },
      }
      render(<InteractiveBuilder defaultValue={full} locale={locale} />)
      await user.click(screen.getByRole('button', { name: addName }))
      const note = screen.getByText(why, { selector: '.bi-builder-refusal' })
      expect(note).toBeVisible()
      expect(note.closest('.bi-builder-live')).toBeNull()
      await user.type(screen.getByRole('textbox', { name: rowTitle }), '!')
      expect(screen.queryByText(why, { selector: '.bi-builder-refusal' })).toBeNull()
    },
  )

  it('adds a section (titling both) and a product section counts products ("1 of 30 products")', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<InteractiveBuilder defaultValue={createDraft('list')} />)
    await user.click(screen.getByRole('button', { name: 'Add section' }))
    expect(screen.getByRole('textbox', { name: 'Section 1 title' })).not.toHaveValue('')
    expect(within(group('Section 2')).getByRole('textbox', { name: 'Section 2 title' })).toHaveFocus()
    unmount()
    render(<InteractiveBuilder defaultValue={createDraft('product_list')} />)
    expect(screen.getByText('1 of 30 products')).toBeInTheDocument()
  })

  it('adds and removes a carousel quick reply on every card at once', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('carousel')} />)
    await user.click(within(group('Card 2')).getByRole('button', { name: 'Add button' }))
    expect(within(group('Card 1')).getAllByRole('group', { name: /^Button \d$/ })).toHaveLength(2)
    expect(within(group('Card 2')).getByRole('textbox', { name: 'Button 2 title' })).toHaveFocus()
    expect(within(group('Card 2')).getByText('2 of 2 buttons on every card')).toBeInTheDocument()
    await user.click(within(group('Button 2', group('Card 1'))).getByRole('button', { name: 'Remove' }))
    expect(within(group('Card 2')).getAllByRole('group', { name: /^Button \d$/ })).toHaveLength(1)
  })

  it('offers 2 quick replies a card, saying WhatsApp documents no maximum; 3 from JSON are a warning, not an error', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<InteractiveBuilder defaultValue={createDraft('carousel')} />)
    await user.click(within(group('Card 1')).getByRole('button', { name: 'Add button' }))
    const why = 'No more can be added here: WhatsApp documents no maximum, but 2 is what is known to work'
    const add = within(group('Card 2')).getByRole('button', { name: 'Add button' })
    expect(add).toHaveAttribute('aria-disabled', 'true')
    expect(add).toHaveAccessibleDescription(new RegExp(`^2 of 2 buttons on every card\\.? ${why}$`))
    expect(add).toHaveAttribute('title', why)
    // Add's description and tooltip only, not text a swipe reads again after Add (hidden from sight).
    for (const text of within(group('Card 2')).getAllByText(why)) {
      expect(text.closest('[aria-hidden="true"]'), "the description's source").not.toBeNull()
    }
    await user.click(add)
    expect(announced()).toHaveTextContent(why)
    unmount()
    render(<InteractiveBuilder defaultValue={threeQuickReplyCarousel} />)
    // Not "3 of 2": no card can have 3 of 2. The count, and the warning says why 2 are offered.
    const counter = within(group('Card 1')).getByText('3 buttons on every card').closest('.bi-builder-group-count')
    expect(counter).toHaveAttribute('data-unusual')
    expect(counter).not.toHaveAttribute('data-over')
    const buttonsGroup = group('Buttons', group('Card 1'))
    expect(buttonsGroup).not.toHaveAttribute('data-invalid')
    expect(buttonsGroup).toHaveAccessibleDescription(/WhatsApp documents no maximum, but Meta's example has 2/)
  })

  it.each([
    ['en', 2, 'Card 1', '3 buttons on every card'],
    ['sw', 2, 'Kadi 1', 'Vitufe 3 kwenye kila kadi'],
    ['en', 3, 'Card 1', '3 of 3 buttons on every card'],
    ['sw', 3, 'Kadi 1', 'Vitufe 3 kati ya 3 kwenye kila kadi'],
  ] as const)('counts 3 quick replies a card without a cap they broke (%s, %i offered)', (locale, max, card, count) => {
    const validation = { carouselQuickReplyMax: max }
    render(<InteractiveBuilder defaultValue={threeQuickReplyCarousel} locale={locale} validation={validation} />)
    const counter = within(group(card)).getByText(count).closest('.bi-builder-group-count')
    // Past the number offered, a warning (WhatsApp documents no maximum); at it, nothing.
    expect(counter?.hasAttribute('data-unusual')).toBe(max === 2)
    expect(counter).not.toHaveAttribute('data-over')
  })

  it('changes the card kind of every card at once', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('carousel')} />)
    await user.click(screen.getByRole('radio', { name: 'Media with a link button' }))
    for (const card of ['Card 1', 'Card 2']) {
      expect(within(group(card)).getByRole('textbox', { name: `${card} button text` })).toHaveValue('Shop now')
      expect(within(group(card)).getByRole('textbox', { name: `${card} button URL` })).toBeInTheDocument()
    }
  })

  it("names each card's own controls with the card's number, so no two controls share a name", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('carousel')} />)
    for (const card of ['Card 1', 'Card 2']) {
      expect(within(group(card)).getByRole('textbox', { name: `${card} media link` })).toBeInTheDocument()
      // Inside the card's group, not named after it again: a screen reader already says "Card 1" on
      // entering, and a name search by substring (Playwright's default) for "Card 1" finds one group.
      expect(within(group(card)).getByRole('group', { name: 'Media from' })).toBeInTheDocument()
      expect(screen.getAllByRole('group', { name: (name) => name.toLowerCase().includes(card.toLowerCase()) })).toEqual(
        [group(card)],
      )
    }
    expect(screen.queryAllByRole('textbox', { name: 'Media link' })).toEqual([])
    await user.click(within(group('Card 1')).getByRole('radio', { name: 'An uploaded media ID' }))
    expect(within(group('Card 1')).getByRole('textbox', { name: 'Card 1 media ID' })).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Products' }))
    expect(within(group('Card 2')).getByRole('textbox', { name: 'Card 2 catalog ID' })).toBeInTheDocument()
    expect(within(group('Card 2')).getByRole('textbox', { name: 'Card 2 product ID (SKU)' })).toBeInTheDocument()
  })

  it("describes each item tool by the items it belongs to, a card's and its buttons' apart, names unchanged", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={threeQuickReplyCarousel} />)
    const card2 = group('Card 2')
    const [own, first, second] = within(card2).getAllByRole('button', { name: 'Move down' })
    // The card's own tool comes first, then each of its buttons' in order.
    expect(own).toHaveAccessibleDescription('Card 2 is already last')
    expect(first).toHaveAccessibleDescription('Card 2 Button 1')
    expect(second).toHaveAccessibleDescription('Card 2 Button 2')
    const [, firstUp] = within(card2).getAllByRole('button', { name: 'Move up' })
    // Dimmed: why, in its card's place.
    expect(firstUp).toHaveAccessibleDescription('Card 2 Button 1 is already first')
    expect(within(group('Card 1')).getAllByRole('button', { name: 'Move up' })[0]).toHaveAccessibleDescription(
      'Card 1 is already first',
    )
    await user.click(within(group('Card 1')).getAllByRole('button', { name: 'Move down' })[0] as HTMLElement)
    // Moved: the card's tools tell of the card it now is.
    expect(within(group('Card 2')).getAllByRole('button', { name: 'Move down' })[0]).toHaveAccessibleDescription(
      'Card 2 is already last',
    )
    expect(within(group('Card 1')).getAllByRole('button', { name: 'Remove' })[1]).toHaveAccessibleDescription(
      'Card 1 Button 1',
    )
  })

  it("names a saved address's fields with its number, apart from the prefilled ones, in its issues too", async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('address_message')} />)
    await user.click(screen.getByRole('button', { name: 'Add saved address' }))
    await user.click(screen.getByRole('button', { name: 'Add saved address' }))
    const saved2 = group('Saved address 2')
    expect(within(saved2).getByRole('group', { name: 'Address details' })).toBeInTheDocument()
    expect(screen.getAllByRole('group', { name: (name) => name.includes('Saved address 2') })).toEqual([saved2])
    expect(within(saved2).getByRole('textbox', { name: 'Saved address 2 street address' })).toBeInTheDocument()
    // One "City" on the page: the prefilled address's.
    expect(screen.getAllByRole('textbox', { name: 'City' })).toHaveLength(1)
    expect(screen.getByRole('group', { name: 'Prefilled address' })).toBeInTheDocument()
    const pin = within(saved2).getByRole('textbox', { name: 'Saved address 2 PIN code' })
    await user.type(pin, '1234567')
    expect(pin).toHaveAccessibleDescription(/^Error: Saved address 2 PIN code is 7 characters; WhatsApp allows 6/)
  })
})

describe('a press on a dimmed tool, without a mouse to hover its tooltip', () => {
  it('shows why on the item (not only to screen readers) until the draft changes', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const first = screen.getByRole('group', { name: 'Button 1' })
    await user.click(within(first).getByRole('button', { name: 'Move up' }))
    const note = within(first).getByText('Button 1 is already first', { selector: '.bi-builder-refusal' })
    expect(note).not.toHaveClass('bi-builder-sr')
    expect(note.closest('.bi-builder-live')).toBeNull()
    await user.type(within(first).getByRole('textbox', { name: 'Button 1 title' }), '!')
    expect(within(first).queryByText('Button 1 is already first', { selector: '.bi-builder-refusal' })).toBeNull()
    // A Remove that would leave no button says why as well.
    const only = { ...createDraft('button'), action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] } }
    render(<InteractiveBuilder defaultValue={only} />)
    const last = screen.getAllByRole('group', { name: 'Button 1' })[1] as HTMLElement
    await user.click(within(last).getByRole('button', { name: 'Remove' }))
    expect(within(last).getByText(/./, { selector: '.bi-builder-refusal' })).toBeVisible()
  })
})
