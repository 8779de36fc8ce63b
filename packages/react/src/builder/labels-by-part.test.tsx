import { createDraft, INTERACTIVE_TYPES, type InteractiveType } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

// A label inside another in one group, left as it is: the prefilled address's "Name" is part of
// "Building name" (sw "Jina", "Jina la jengo"), the words core's own sentences use for those fields.
const NESTED_BY_DESIGN = new Set(['Name', 'Jina'])

/**
 * Each field's label, matched by part and in any case as Playwright's getByLabel matches it,
 * finds that field alone in its group (a "Button 2" is looked into for its "Button 2 title";
 * a card's "Button 1 title" beside another card's is told apart by its card).
 */
function labelsMatchingMoreThanTheirField(): string[] {
  const found: string[] = []
  const root = document.body
  for (const control of root.querySelectorAll<HTMLElement>('input, textarea, select')) {
    const label = control.getAttribute('aria-label') ?? (control as HTMLInputElement).labels?.[0]?.textContent
    if (!label || NESTED_BY_DESIGN.has(label)) continue
    const scope = control.parentElement?.closest<HTMLElement>('fieldset, [role="group"]') ?? root
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
})
