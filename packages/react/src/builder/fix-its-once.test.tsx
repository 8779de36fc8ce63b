import { createDraft } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Builder } from './builder.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { fourButtons, fourButtonsWithEveryIssue, shortList } from './testing/issue-drafts.ts'

const threeRows = shortList(['A', 'B', 'C'])

const summary = () => screen.getByRole('region', { name: 'Problems' })

// The one button of that name in the whole page: getByRole throws when it finds two.
const only = (name: string) => screen.getByRole('button', { name })

describe('each fix-it and suggestion is one button on the page', () => {
  it('puts a fix-it beside its field only, while the summary lists its issue and goes to the field', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={fourButtons} />)
    const buttons = screen.getByRole('group', { name: 'Buttons' })
    expect(buttons).toContainElement(only('Turn the 4 buttons into a list'))
    expect(within(summary()).getByRole('status')).toHaveTextContent('1 error')
    await user.click(within(summary()).getByRole('button', { name: /has 4 buttons/ }))
    expect(buttons).toHaveFocus()
  })

  it('offers the fix-it in the summary while the JSON tab shows, and beside the field again on the form', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={fourButtons} defaultTab="json" />)
    expect(summary()).toContainElement(only('Turn the 4 buttons into a list'))
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    expect(screen.getByRole('group', { name: 'Buttons' })).toContainElement(only('Turn the 4 buttons into a list'))
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    await user.click(only('Turn the 4 buttons into a list'))
    const json = JSON.parse(
      (screen.getByRole('textbox', { name: 'Interactive object (JSON)' }) as HTMLTextAreaElement).value,
    )
    expect(json.type).toBe('list')
    expect(summary()).toHaveFocus()
  })

  it('shows a suggestion beside its group once; the summary names the group and goes to it (en and sw)', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<InteractiveBuilder defaultValue={threeRows} />)
    const sections = screen.getByRole('group', { name: 'Sections' })
    expect(sections).toContainElement(only('Turn into 3 reply buttons'))
    const entry = within(summary()).getByRole('listitem')
    expect(entry).toHaveAttribute('data-severity', 'suggestion')
    // It says what it suggests, as an issue says what is wrong: its words, not a second button.
    const goTo = within(entry).getByRole('button', { name: 'Suggestion: Sections' })
    expect(goTo).toHaveAccessibleDescription('Turn into 3 reply buttons')
    expect(entry).toHaveTextContent('Suggestion: Sections — Turn into 3 reply buttons')
    await user.click(goTo)
    expect(sections).toHaveFocus()
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(summary()).toContainElement(only('Turn into 3 reply buttons'))
    unmount()
    render(<InteractiveBuilder defaultValue={threeRows} locale="sw" />)
    const swSummary = screen.getByRole('region', { name: 'Matatizo' })
    expect(within(swSummary).getByRole('button', { name: 'Pendekezo: Sehemu' })).toHaveAccessibleDescription(
      'Geuza kuwa vitufe 3 vya kujibu',
    )
    expect(screen.getByRole('group', { name: 'Sehemu' })).toContainElement(
      screen.getByRole('button', { name: 'Geuza kuwa vitufe 3 vya kujibu' }),
    )
  })

  it('shows a fix-it of several fields once, beside the first of them', () => {
    const list = {
      ...threeRows,
      action: {
        button: 'Options',
        sections: [{ rows: [{ id: 'a', title: 'A' }] }, { rows: [{ id: 'b', title: 'B' }] }],
      },
    }
    render(<InteractiveBuilder defaultValue={list} />)
    const fix = only('Add the 2 missing section titles')
    expect(screen.getByRole('group', { name: 'Section 1' })).toContainElement(fix)
    expect(within(summary()).getByRole('status')).toHaveTextContent('2 errors')
  })

  it('offers the fix-it in the summary when the host composed the builder without that field', async () => {
    const user = userEvent.setup()
    render(
      <Builder.Root defaultValue={fourButtons}>
        <Builder.Body />
        <Builder.IssueSummary />
      </Builder.Root>,
    )
    await user.click(only('Turn the 4 buttons into a list'))
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
  })

  it('offers a fix-it of the whole message (no field shows it) in the summary, once', () => {
    render(<InteractiveBuilder defaultValue={{ ...createDraft('location_request_message'), footer: { text: 'x' } }} />)
    expect(summary()).toContainElement(only('Leave out the footer'))
  })

  it('leaves each fix-it out of its control’s description: the button, next, says it', () => {
    // Named in the description too, a fix-it was read twice in a row: on the control, then as the
    // next stop (a swipe's or Tab's). The description keeps the issue's sentence.
    render(<InteractiveBuilder defaultValue={fourButtonsWithEveryIssue} />)
    const fixes = [...document.querySelectorAll('.bi-builder-messages .bi-builder-fix')].map(
      (button) => button.textContent ?? '',
    )
    expect(fixes.length).toBeGreaterThan(2)
    // The form's controls (the summary's suggestion entries say a suggestion's words on purpose).
    const described = [...screen.getByRole('tabpanel', { name: 'Form' }).querySelectorAll('[aria-describedby]')]
    expect(described.length).toBeGreaterThan(5)
    for (const element of described) {
      const ids = (element.getAttribute('aria-describedby') ?? '').split(' ')
      const text = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
      for (const fix of fixes) expect(text, `${element.id} names "${fix}"`).not.toContain(fix)
    }
    expect(screen.getByRole('textbox', { name: 'Button 2 ID' })).toHaveAccessibleDescription(
      /^Error: Button 2 ID "\u2068size-1\u2069" is the same as button 1's; WhatsApp needs unique IDs\.? Kept when the title/,
    )
    // A suggestion alone ("Trim the spaces at the ends") leaves the field described by its count.
    expect(screen.getByRole('textbox', { name: 'Button 1 title' })).toHaveAccessibleDescription('6 of 20 characters.')
    expect(screen.getByRole('group', { name: 'Buttons' })).toHaveAccessibleDescription(
      /Error: The message has 4 buttons; WhatsApp allows at most 3\.?$/,
    )
  })
})
