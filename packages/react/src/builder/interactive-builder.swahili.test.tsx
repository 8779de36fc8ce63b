import { INTERACTIVE_TYPES, type Issue, validateInteractive } from '@briq-interactive/core'
import { fireEvent, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { englishCatalogueFragments, englishWordIn, everything } from '../i18n/testing/english-leaks.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

const ENGLISH_FRAGMENTS = englishCatalogueFragments()

/**
 * Asserts the builder speaks only Swahili: no string of the English catalogue, none of core's
 * English sentences given, and no English word outside technical terms. The words of the
 * message itself are Swahili starter words, so they cannot hide a leak.
 */
function expectSwahiliOnly(root: HTMLElement, english: readonly string[] = []): void {
  const text = everything(root)
  for (const fragment of ENGLISH_FRAGMENTS) expect(text, fragment).not.toContain(fragment)
  for (const sentence of english) expect(text, sentence).not.toContain(sentence)
  expect(englishWordIn(text), text).toBeUndefined()
}

describe('InteractiveBuilder in Swahili: no English a clerk would meet', () => {
  it.each(INTERACTIVE_TYPES)('composes a %s message in Swahili', async (type) => {
    const { container } = render(<InteractiveBuilder locale="sw" />)
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Aina ya ujumbe' }), type)
    expectSwahiliOnly(container)
  })

  it('words its errors and warnings in Swahili beside the fields', () => {
    const { container } = render(<InteractiveBuilder locale="sw" />)
    const title = screen.getByRole('textbox', { name: 'Jina la kitufe 1' })
    fireEvent.change(title, { target: { value: 'Ndiyo, thibitisha oda yangu sasa hivi' } })
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription(/Jina la kitufe 1 lina herufi 37; WhatsApp inaruhusu hadi 20/)
    const body = screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' })
    fireEvent.change(body, { target: { value: '' } })
    const draft = {
      type: 'button',
      body: { text: '' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'a', title: 'Ndiyo, thibitisha oda yangu sasa hivi' } },
          { type: 'reply', reply: { id: 'b', title: 'Hapana' } },
        ],
      },
    }
    const result = validateInteractive(draft)
    const english: Issue[] = [...(result.ok ? [] : result.issues), ...result.warnings]
    expectSwahiliOnly(
      container,
      english.map((issue) => issue.message),
    )
  })
})
