import { createDraft, INTERACTIVE_TYPES, type InteractiveType } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

/**
 * Each field's label, matched by part and in any case as Playwright's getByLabel matches it,
 * finds that field alone in the outermost item around it, or outside every item in the whole
 * page (`outside: 'page'`) or in its group (`'group'`): a card's "Button 1 title" beside another
 * card's is told apart by its "Card N", a row's "Row 1 title" by its "Section N", and a field of
 * the message itself by nothing at all (the address's "Full name" is not found in "Building
 * name", nor its "Street address" in the group "Saved addresses"). Once saved addresses are
 * added, their "Saved address 1 phone number" holds the prefilled "Phone number", which is then
 * found in its group "Prefilled address".
 */
function labelsMatchingMoreThanTheirField(outside: 'page' | 'group' = 'page'): string[] {
  const found: string[] = []
  const root = document.body
  for (const control of root.querySelectorAll<HTMLElement>('input, textarea, select')) {
    const label = control.getAttribute('aria-label') ?? (control as HTMLInputElement).labels?.[0]?.textContent
    if (!label) continue
    let scope: HTMLElement =
      (outside === 'group' ? control.parentElement?.closest<HTMLElement>('fieldset, [role="group"]') : null) ?? root
    for (let item = control.closest<HTMLElement>('.bi-builder-item'); item !== null; ) {
      scope = item
      item = item.parentElement?.closest<HTMLElement>('.bi-builder-item') ?? null
    }
    const matches = within(scope).queryAllByLabelText(label, { exact: false })
    if (matches.length !== 1 || matches[0] !== control) {
      found.push(`${label} → ${matches.map((each) => each.getAttribute('aria-label') ?? each.id).join(', ')}`)
    }
  }
  return found
}

describe("every field's label finds its field alone, matched by part (Playwright's getByLabel)", () => {
  it.each((['en', 'sw'] as const).flatMap((locale) => INTERACTIVE_TYPES.map((type) => [locale, type] as const)))(
    '%s: %s',
    (locale, type: InteractiveType) => {
      render(<InteractiveBuilder defaultValue={createDraft(type)} locale={locale} />)
      expect(labelsMatchingMoreThanTheirField()).toEqual([])
    },
  )

  it.each([
    ['en', 'By name'],
    ['sw', 'Kwa jina'],
  ] as const)('%s: a flow picked by name (was "By flow ID", a second "Flow ID")', async (locale, byName) => {
    render(<InteractiveBuilder defaultValue={createDraft('flow')} locale={locale} />)
    expect(labelsMatchingMoreThanTheirField()).toEqual([])
    await userEvent.click(screen.getByRole('radio', { name: byName }))
    expect(labelsMatchingMoreThanTheirField()).toEqual([])
  })

  it.each([
    ['en', 'Add saved address'],
    ['sw', 'Ongeza anwani iliyohifadhiwa'],
  ] as const)('%s: an address with two saved addresses (was "Name" in "Building name")', async (locale, add) => {
    render(<InteractiveBuilder defaultValue={createDraft('address_message')} locale={locale} />)
    await userEvent.click(screen.getByRole('button', { name: add }))
    await userEvent.click(screen.getByRole('button', { name: add }))
    expect(labelsMatchingMoreThanTheirField('group')).toEqual([])
  })
})
