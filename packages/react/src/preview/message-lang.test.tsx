import { LIMITS } from '@briq-interactive/core'
import { FIXTURE_CATALOGUE } from '@briq-interactive/mock'
import { act, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

// The language an element's words are read in: its own `lang`, else its nearest ancestor's.
const langOf = (element: Element | null): string | null => element?.closest('[lang]')?.getAttribute('lang') ?? null
const preview = () => screen.getByRole('region', { name: /WhatsApp message preview|Onyesho la ujumbe wa WhatsApp/ })
const q = (selector: string) => preview().querySelector(selector)

// A Swahili message with a header, a footer, three buttons, and a body past WhatsApp's limit.
const long = {
  ...validFixtures.buttonTextHeader,
  body: { text: `Habari ${'sana '.repeat(LIMITS.body.text.max / 5)}` },
}

describe('the message’s own words, in the language the host says (messageLang)', () => {
  it('left out, claims no language for them (lang=""), the preview’s own words keeping its', () => {
    render(<InteractivePreview value={validFixtures.buttonTextHeader} locale="en" />)
    expect(preview()).toHaveAttribute('lang', 'en')
    for (const part of ['.bi-header', '.bi-body', '.bi-footer', '.bi-action-label'])
      expect(langOf(q(part)), part).toBe('')
  })

  it('given, marks the header, body, footer and button titles with it, and no label of WhatsApp’s', () => {
    render(<InteractivePreview value={long} locale="en" messageLang="sw_TZ" />)
    expect(preview()).toHaveAttribute('lang', 'en')
    for (const part of ['.bi-header', '.bi-body', '.bi-footer']) expect(langOf(q(part)), part).toBe('sw-TZ')
    for (const label of preview().querySelectorAll('.bi-action-label')) expect(langOf(label)).toBe('sw-TZ')
    // The note where the text passes the limit is the preview's English inside the Swahili body.
    const note = within(q('.bi-body') as HTMLElement).getByText(/Text past the 1024-character limit starts here/)
    expect(langOf(note)).toBe('en')
  })

  it('marks "Read more" in the preview’s language inside the message’s', () => {
    // WhatsApp shortens a text of 845 characters or more behind "Read more".
    const readMore = {
      ...validFixtures.buttonTextHeader,
      body: { text: 'Karibu dukani, tuna bidhaa mpya! '.repeat(28) },
    }
    render(<InteractivePreview value={readMore} locale="en" messageLang="sw" />)
    expect(langOf(screen.getByRole('button', { name: 'Read more' }))).toBe('en')
    expect(langOf(q('.bi-body'))).toBe('sw')
  })

  it('marks WhatsApp’s own button label as the preview’s, a list’s rows and sheet as the message’s', async () => {
    const { unmount } = render(
      <InteractivePreview value={validFixtures.locationRequest} locale="sw" messageLang="en" />,
    )
    expect(langOf(screen.getByText('Tuma mahali'))).toBe('sw')
    unmount()
    render(<InteractivePreview value={validFixtures.list} locale="en" messageLang="sw" />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Chagua njia' }))
    const sheet = screen.getByRole('dialog')
    expect(langOf(sheet.querySelector('.bi-sheet-title'))).toBe('sw')
    expect(langOf(sheet.querySelector('.bi-sheet-section-title'))).toBe('sw')
    const row = within(sheet).getByRole('radio', { name: /Kimara – Gerezani/ })
    expect(row).toHaveAttribute('lang', 'sw')
    expect(langOf(sheet.querySelector('.bi-sheet-row-title'))).toBe('sw')
    expect(langOf(within(sheet).getByRole('button', { name: 'Send' }))).toBe('en')
  })

  it('names a list section’s group by its title in the message’s language, an untitled one in the preview’s', async () => {
    const [first, second] = validFixtures.list.action.sections
    const untitledSecond = {
      ...validFixtures.list,
      action: { ...validFixtures.list.action, sections: [first, { rows: second?.rows ?? [] }] },
    }
    for (const [messageLang, expected] of [
      ['sw_TZ', 'sw-TZ'],
      [undefined, ''],
    ] as const) {
      const { unmount } = render(<InteractivePreview value={untitledSecond} locale="en" messageLang={messageLang} />)
      await userEvent.setup().click(screen.getByRole('button', { name: 'Chagua njia' }))
      const sheet = screen.getByRole('dialog')
      // Its name is the title's text, read from an element of the message's language.
      const group = within(sheet).getByRole('group', { name: 'Kimara' })
      const names = (group.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id))
      expect(names.map((name) => name?.textContent)).toEqual(['Kimara'])
      expect(langOf(names[0] ?? null)).toBe(expected)
      // A draft's section with no title is named by the preview's words, in the preview's language.
      const untitled = within(sheet).getByRole('group', { name: 'Section with no title yet' })
      expect(untitled).not.toHaveAttribute('aria-labelledby')
      expect(langOf(untitled)).toBe('en')
      unmount()
    }
  })

  it('says a tapped title, and shows it quoted, in the message’s language; the kit’s "You:" in its own', async () => {
    render(<InteractivePreview value={validFixtures.buttonTextHeader} locale="en" messageLang="sw" />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Leo jioni' }))
    const title = preview().querySelector('.bi-reply-title')
    expect(langOf(title)).toBe('sw')
    expect(langOf(q('.bi-quote-text'))).toBe('sw')
    const live = document.querySelector('.bi-preview-live') as HTMLElement
    await act(async () => {})
    expect(langOf(within(live).getByText('Leo jioni'))).toBe('sw')
    expect(langOf(within(live).getByText(/^You:/))).toBe('en')
  })

  it('claims no language for a product’s name or a document’s file name, given messageLang or not', () => {
    for (const messageLang of [undefined, 'sw']) {
      const { unmount } = render(
        <InteractivePreview
          value={validFixtures.product}
          locale="en"
          messageLang={messageLang}
          catalogue={FIXTURE_CATALOGUE}
        />,
      )
      // The catalogue's words, or the id: in the shop's language, which is neither the preview's nor the message's.
      expect(langOf(within(preview()).getByText('Tecno Spark 20 (128 GB)'))).toBe('')
      unmount()
      const document = render(
        <InteractivePreview value={validFixtures.buttonDocumentHeader} locale="en" messageLang={messageLang} />,
      )
      expect(langOf(q('.bi-doc-name'))).toBe('')
      expect(langOf(q('.bi-doc-meta'))).toBe('')
      document.unmount()
    }
    // No name to show: the preview's own word for it, in the preview's language.
    const { container } = render(
      <InteractivePreview value={{ ...validFixtures.product, action: { catalog_id: '1' } }} locale="sw" />,
    )
    expect(langOf(container.querySelector('.bi-product-name'))).toBe('sw')
  })

  it('claims no language for the business’s name a host gives; the kit’s word for it keeps the preview’s', async () => {
    for (const [businessName, expected] of [
      ['Mama Neema', ''],
      [undefined, 'sw'],
    ] as const) {
      const { unmount } = render(
        <InteractivePreview value={validFixtures.buttonTextHeader} locale="sw" businessName={businessName} />,
      )
      await userEvent.setup().click(screen.getByRole('button', { name: 'Leo jioni' }))
      const author = q('.bi-quote-author')
      expect(author).toHaveTextContent(businessName ?? 'Biashara')
      expect(langOf(author)).toBe(expected)
      unmount()
    }
  })
})
