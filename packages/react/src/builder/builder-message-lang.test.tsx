import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { validFixtures } from '../preview/fixtures.ts'
import { Builder } from './builder.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

// The fields where the operator types the message's own words take the message's language
// (messageLang), so the browser spell-checks them in it and a screen reader reads them in it.
const field = (name: string) => screen.getByRole('textbox', { name })
const fields = (name: string) => screen.getAllByRole('textbox', { name })

const WORDS = ['Header text', 'Body text', 'Footer text', 'List button label', 'Section 1 title', 'Row 1 title']

describe('InteractiveBuilder messageLang', () => {
  it('gives the fields of the message’s words its tag, as BCP 47 writes it, and no other field', () => {
    const { container } = render(
      <InteractiveBuilder defaultValue={validFixtures.list} locale="en" messageLang="sw_TZ" />,
    )
    expect(container.querySelector('.bi-builder')).toHaveAttribute('lang', 'en')
    for (const name of WORDS) for (const input of fields(name)) expect(input, name).toHaveAttribute('lang', 'sw-TZ')
    for (const input of fields('Row 1 description')) expect(input).toHaveAttribute('lang', 'sw-TZ')
    // An id is no language's words: it keeps the builder's, as its label does.
    for (const input of fields('Row 1 ID')) expect(input).not.toHaveAttribute('lang')
    expect(screen.getByText('Body text')).not.toHaveAttribute('lang')
  })

  it('left out, changes no field: each takes the builder’s language', () => {
    const { container } = render(<InteractiveBuilder defaultValue={validFixtures.list} locale="sw" />)
    expect(container.querySelector('.bi-builder')).toHaveAttribute('lang', 'sw')
    for (const input of container.querySelectorAll('input, textarea')) expect(input).not.toHaveAttribute('lang')
  })

  it('marks a button’s, a card’s and a link button’s words, not a link, a file’s name or a flow’s', () => {
    const { unmount } = render(
      <InteractiveBuilder defaultValue={validFixtures.buttonDocumentHeader} messageLang="fr" />,
    )
    expect(field('Button 1 title')).toHaveAttribute('lang', 'fr')
    expect(field('Button 1 ID')).not.toHaveAttribute('lang')
    expect(field('Document file name')).not.toHaveAttribute('lang')
    unmount()
    const cards = render(<InteractiveBuilder defaultValue={validFixtures.carouselCtaUrl} messageLang="fr" />)
    expect(field('Card 1 text')).toHaveAttribute('lang', 'fr')
    expect(field('Card 1 button text')).toHaveAttribute('lang', 'fr')
    expect(field('Card 1 button URL')).not.toHaveAttribute('lang')
    cards.unmount()
    render(<InteractiveBuilder defaultValue={validFixtures.flow} messageLang="fr" />)
    expect(field('Flow button text')).toHaveAttribute('lang', 'fr')
    expect(screen.getByRole('textbox', { name: 'Flow ID' })).not.toHaveAttribute('lang')
  })

  it('gives Builder.Preview the root’s messageLang, unless the preview is given its own', () => {
    const { unmount } = render(
      <Builder.Root defaultValue={validFixtures.buttonTextHeader} messageLang="sw">
        <Builder.Preview />
      </Builder.Root>,
    )
    const body = () => screen.getByRole('region', { name: 'WhatsApp message preview' }).querySelector('.bi-body')
    expect(body()?.closest('[lang]')).toHaveAttribute('lang', 'sw')
    unmount()
    render(
      <Builder.Root defaultValue={validFixtures.buttonTextHeader} messageLang="sw">
        <Builder.Preview messageLang="en-KE" />
      </Builder.Root>,
    )
    expect(body()?.closest('[lang]')).toHaveAttribute('lang', 'en-KE')
  })
})
