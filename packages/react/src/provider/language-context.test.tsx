import { createBriqClient, LIMITS } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Builder } from '../builder/builder.ts'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { getCoreMessages, getTranslator } from '../i18n/messages.ts'
import { englishCatalogueFragments, englishWordIn, everything } from '../i18n/testing/english-leaks.ts'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { SendDialog } from '../send-dialog/send-dialog.ts'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { BriqProvider } from './briq-provider.tsx'

afterEach(() => {
  vi.restoreAllMocks()
})

// A Swahili clerk's draft with one title past WhatsApp's limit, so an issue shows everywhere.
const draft = {
  type: 'button',
  body: { text: 'Oda yako imefika. Tukuletee lini?' },
  action: { buttons: [{ type: 'reply', reply: { id: 'leo', title: 'Leo jioni, kabla ya saa kumi na mbili' } }] },
}
const client = createBriqClient({ endpoint: 'http://localhost/api/briq', fetch: () => new Promise(() => {}) })
const ENGLISH = englishCatalogueFragments()

function expectSwahiliOnly(root: HTMLElement): void {
  const text = everything(root)
  for (const fragment of ENGLISH) expect(text, fragment).not.toContain(fragment)
  expect(englishWordIn(text), text).toBeUndefined()
}

describe("BriqProvider's locale reaches every kit component below it", () => {
  it('the composer (builder, preview and send step) speaks Swahili with no locale prop of its own', () => {
    const { container } = render(
      <BriqProvider client={client} locale="sw">
        <InteractiveComposer defaultValue={draft} sendMode="inline" />
      </BriqProvider>,
    )
    expect(screen.getByRole('combobox', { name: 'Aina ya ujumbe' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Kiunda ujumbe' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Tuma' })).toBeInTheDocument()
    expectSwahiliOnly(container)
  })

  it('the builder, the preview and the send dialog with its status, each on its own', async () => {
    const { container } = render(
      <BriqProvider client={client} locale="sw">
        <InteractiveBuilder defaultValue={draft} />
        <InteractivePreview value={draft} />
      </BriqProvider>,
    )
    expectSwahiliOnly(container)
    render(
      <BriqProvider client={client} locale="sw">
        <SendInteractiveDialog interactive={draft} defaultOpen defaultTo="0712345678" />
      </BriqProvider>,
    )
    const dialog = screen.getByRole('dialog', { name: 'Tuma ujumbe' })
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Tuma' }))
    expectSwahiliOnly(dialog)
  })

  it("a component's own locale wins", () => {
    render(
      <BriqProvider client={client} locale="sw">
        <InteractiveBuilder defaultValue={draft} locale="en" />
      </BriqProvider>,
    )
    expect(screen.getByRole('combobox', { name: 'Message type' })).toBeInTheDocument()
  })

  it('an inner provider without a locale keeps the outer one; with one, its own', () => {
    render(
      <BriqProvider client={client} locale="sw">
        <BriqProvider client={client}>
          <InteractiveBuilder defaultValue={draft} />
        </BriqProvider>
        <BriqProvider client={client} locale="en">
          <InteractivePreview value={{ ...draft, type: 'list', action: { button: 'Menyu', sections: [] } }} />
        </BriqProvider>
      </BriqProvider>,
    )
    expect(screen.getByRole('combobox', { name: 'Aina ya ujumbe' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'WhatsApp message preview' })).toBeInTheDocument()
  })
})

// A host passes the tag its own i18n gives (navigator.language, an i18n library): the kit speaks
// that language, and never marks English text with another language's `lang`.
describe('a regional or unknown locale, as a host’s own i18n gives it', () => {
  it('sw-TZ and sw_KE speak Swahili, on the provider and on a component', () => {
    const { container } = render(
      <BriqProvider client={client} locale="sw-TZ">
        <InteractiveBuilder defaultValue={draft} />
        <InteractivePreview value={draft} locale="sw_KE" />
      </BriqProvider>,
    )
    expect(screen.getByRole('combobox', { name: 'Aina ya ujumbe' })).toBeInTheDocument()
    expectSwahiliOnly(container)
    // The kit's own words are marked Swahili; the message's words, in a language the host did not
    // name (`messageLang`), are marked unknown.
    for (const element of container.querySelectorAll('[lang]:not([lang=""])'))
      expect(element).toHaveAttribute('lang', 'sw')
    expect(container.querySelectorAll('.bi-preview [lang=""]').length).toBeGreaterThan(0)
  })

  it('a three-letter code of Kiswahili (ISO 639-2 swa, ISO 639-3 swh) speaks Swahili, marked lang="sw"', () => {
    // A host's language list built on ISO 639-3 (SIL, Ethnologue) says swh; BCP 47 reads it as sw.
    for (const tag of ['swh', 'swa', 'swh-TZ', 'SWA_ke']) {
      const { container, unmount } = render(<InteractivePreview value={draft} locale={tag} />)
      expect(screen.getByRole('region', { name: 'Onyesho la ujumbe wa WhatsApp' }), tag).toHaveAttribute('lang', 'sw')
      expectSwahiliOnly(container)
      unmount()
    }
    expect(getTranslator('swh')('builder.tab.form')).toBe('Fomu')
    expect(getCoreMessages('swa').locale).toBe('sw')
    expect(getTranslator('eng')('builder.tab.form')).toBe('Form')
    // Not a language tag at all: English, never a throw.
    expect(getTranslator('x-?!')('builder.tab.form')).toBe('Form')
  })

  it('a language the kit does not speak is English, marked lang="en"', () => {
    const { container } = render(<InteractivePreview value={draft} locale="fr" />)
    expect(screen.getByRole('region', { name: 'WhatsApp message preview' })).toHaveAttribute('lang', 'en')
    expect(container.querySelector('[lang="fr"]')).toBeNull()
  })

  it('getTranslator and getCoreMessages read the language subtag too', () => {
    expect(getTranslator('sw-TZ')('builder.tab.form')).toBe('Fomu')
    expect(getCoreMessages('SW').locale).toBe('sw')
    expect(getTranslator('en-GB')('builder.tab.form')).toBe('Form')
  })
})

describe("BriqProvider's messages", () => {
  it("reword every component below; a component's own messages win key by key", () => {
    render(
      <BriqProvider client={client} messages={{ 'builder.tab.json': 'Code', 'builder.tab.form': 'Fields' }}>
        <InteractiveComposer defaultValue={draft} messages={{ 'builder.tab.form': 'Our form' }} sendMode="inline" />
      </BriqProvider>,
    )
    expect(screen.getByRole('tab', { name: 'Code' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Our form' })).toBeInTheDocument()
  })

  it('reach the send dialog and the preview it shows', () => {
    render(
      <BriqProvider
        client={client}
        messages={{ 'sendDialog.title': 'Send to the customer', 'preview.viewItems': 'Menu' }}
      >
        <SendInteractiveDialog
          interactive={{ type: 'product_list', body: { text: 'x' }, action: {} }}
          defaultOpen
          messages={{ 'sendDialog.send': 'Go' }}
        />
      </BriqProvider>,
    )
    const dialog = screen.getByRole('dialog', { name: 'Send to the customer' })
    expect(within(dialog).getByRole('button', { name: 'Go' })).toBeInTheDocument()
    expect(within(dialog).getByText('Menu')).toBeInTheDocument()
  })
})

const tooLong = (issue: { limit?: number | undefined; actual?: number | undefined }) =>
  `Fupisha: herufi ${issue.actual} kati ya ${issue.limit}`

/** A host whose wording of an issue changes with its own state, written inline. */
function RewordingHost() {
  const [word, setWord] = useState('Short')
  return (
    <>
      <button type="button" onClick={() => setWord('Shorter')}>
        Reword
      </button>
      <Builder.Root defaultValue={draft} coreMessages={{ issues: { too_long: () => word } }}>
        <Builder.Action />
      </Builder.Root>
    </>
  )
}

describe("core's sentences reworded (coreMessages)", () => {
  it("the provider's reach the builder's field and summary and the send dialog's issues", () => {
    render(
      <BriqProvider client={client} locale="sw" coreMessages={{ issues: { too_long: tooLong } }}>
        <InteractiveBuilder defaultValue={draft} />
        <SendInteractiveDialog interactive={draft} defaultOpen defaultTo="0712345678" />
      </BriqProvider>,
    )
    const sentence = `Fupisha: herufi 37 kati ya ${LIMITS.button.title.max}`
    // The field's message and the summary's line in the builder, the dialog's issue list.
    expect(screen.getAllByText(sentence).length).toBeGreaterThanOrEqual(3)
    expect(within(screen.getByRole('dialog')).getByText(sentence)).toBeInTheDocument()
  })

  it("a component's own win key by key; the rest stays the provider's, then core's", () => {
    render(
      <BriqProvider client={client} coreMessages={{ issues: { too_long: tooLong, too_short: () => 'Fill it in' } }}>
        <InteractiveBuilder
          defaultValue={{ ...draft, body: { text: '' } }}
          coreMessages={{ issues: { too_long: (issue) => `At most ${issue.limit}` } }}
        />
      </BriqProvider>,
    )
    expect(screen.getAllByText(`At most ${LIMITS.button.title.max}`).length).toBeGreaterThan(0)
    expect(screen.getAllByText('Fill it in').length).toBeGreaterThan(0)
    expect(screen.queryByText(/Fupisha/)).toBeNull()
  })

  it('an inline sentence function is called anew: a changed wording shows on the next render of its field', async () => {
    render(<RewordingHost />)
    expect(screen.getByText('Short')).toBeInTheDocument()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reword' }))
    // The same sentence function is called again on the next render of the field.
    await userEvent.setup().type(screen.getByRole('textbox', { name: /Button 1 title/ }), 'x')
    expect(screen.getByText('Shorter')).toBeInTheDocument()
  })

  it("the dialog's own coreMessages reword its failure sentences too", () => {
    render(
      <SendDialog.Root
        interactive={draft}
        client={client}
        defaultTo="07"
        coreMessages={{ issues: { too_long: () => 'Title too long', recipient_digits: () => 'Not a number' } }}
      >
        <SendDialog.Form aria-label="Send">
          <SendDialog.Issues />
        </SendDialog.Form>
      </SendDialog.Root>,
    )
    expect(screen.getByText('Title too long')).toBeInTheDocument()
  })

  it('a key core has no sentence for throws, naming who was given it and the key meant', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const typo = { issues: { too_longg: () => '' } } as never
    const says = 'Unknown key "too_longg" in coreMessages.issues (did you mean too_long?)'
    expect(() => render(<BriqProvider client={client} coreMessages={typo} />)).toThrow(`<BriqProvider>: ${says}`)
    expect(() => render(<InteractiveBuilder coreMessages={typo} />)).toThrow(`<InteractiveBuilder>: ${says}`)
    expect(() => render(<SendInteractiveDialog interactive={draft} client={client} coreMessages={typo} />)).toThrow(
      `<SendInteractiveDialog>: ${says}`,
    )
  })
})

// TypeScript refuses a key the catalogue lacks; plain JavaScript passes it, and the kit's own word
// stays: development says so on the console, once per component and key.
describe('a messages key the catalogue does not have', () => {
  it('is named on the console in development, with who was given it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const typo = { 'preview.viewItem': 'Menu', 'preview.viewItems': 'Menu' } as never
    const { rerender } = render(
      <BriqProvider client={client} messages={{ 'builder.tabz': 'x' } as never}>
        <InteractivePreview value={draft} messages={typo} />
      </BriqProvider>,
    )
    rerender(
      <BriqProvider client={client} messages={{ 'builder.tabz': 'x' } as never}>
        <InteractivePreview value={draft} messages={typo} />
      </BriqProvider>,
    )
    const said = error.mock.calls.map((call) => String(call[0]))
    expect(said.filter((line) => line.includes('unknown message key'))).toEqual([
      '<InteractivePreview>: unknown message key "preview.viewItem" in messages; it rewords nothing (the keys are those of the Messages type)',
      '<BriqProvider>: unknown message key "builder.tabz" in messages; it rewords nothing (the keys are those of the Messages type)',
    ])
  })

  // The host wrote one component: the line names that one, not the part inside it that checks.
  it('names the component the host wrote: the composer, a Root of parts, the presets', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const typo = (key: string) => ({ [key]: 'x' }) as never
    render(<InteractiveComposer client={client} messages={typo('composer.typo')} />)
    render(<InteractiveComposer client={client} sendMode="inline" messages={typo('composer.inline.typo')} />)
    render(<InteractiveBuilder messages={typo('builder.typo')} />)
    render(<Builder.Root messages={typo('root.typo')} />)
    render(<SendInteractiveDialog interactive={draft} client={client} messages={typo('dialog.typo')} />)
    render(<SendDialog.Root interactive={draft} client={client} messages={typo('sendRoot.typo')} />)
    const said = error.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('unknown message key'))
    expect(said.map((line) => line.slice(0, line.indexOf(' in messages')))).toEqual([
      '<InteractiveComposer>: unknown message key "composer.typo"',
      '<InteractiveComposer>: unknown message key "composer.inline.typo"',
      '<InteractiveBuilder>: unknown message key "builder.typo"',
      '<Builder.Root>: unknown message key "root.typo"',
      '<SendInteractiveDialog>: unknown message key "dialog.typo"',
      '<SendDialog.Root>: unknown message key "sendRoot.typo"',
    ])
  })

  it("a composer's coreMessages, validation and headingLevel are named as the composer's too", () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const typo = { issues: { too_longg: () => '' } } as never
    expect(() => render(<InteractiveComposer client={client} coreMessages={typo} />)).toThrow(
      '<InteractiveComposer>: Unknown key "too_longg"',
    )
    expect(() => render(<Builder.Root coreMessages={typo} />)).toThrow('<Builder.Root>: Unknown key "too_longg"')
    expect(() => render(<SendDialog.Root interactive={draft} client={client} coreMessages={typo} />)).toThrow(
      '<SendDialog.Root>: Unknown key "too_longg"',
    )
    expect(() =>
      render(<InteractiveComposer client={client} validation={{ extendedListBody: 'yes' as never }} />),
    ).toThrow('<InteractiveComposer validation>: extendedListBody must be true or false')
    expect(() => render(<InteractiveComposer client={client} headingLevel={7 as 2} />)).toThrow(
      '<InteractiveComposer headingLevel>: 7 is not a heading level',
    )
  })

  // A kit component hands its wording to the parts it shows (its preview, its send dialog): the
  // key was the host's mistake once, in the component the host wrote.
  it('is named once, not again by each part it is handed to', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(<InteractiveComposer client={client} defaultOpen messages={{ 'preview.viewItemz': 'Menu' } as never} />)
    await screen.findByRole('dialog')
    const said = error.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('preview.viewItemz'))
    expect(said).toHaveLength(1)
  })
})
