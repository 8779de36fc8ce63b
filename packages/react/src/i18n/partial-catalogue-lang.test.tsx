import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderComposerOverMock as renderComposer } from '../composer/testing/render-composer-over-mock.tsx'
import { validFixtures } from '../preview/fixtures.ts'
import { startMockServer } from '../send-dialog/testing/mock-server.ts'
import { en, type Messages } from './messages/en.ts'

// A host's catalogue in a language the kit does not bundle that gives some of the keys: each key
// it leaves out shows the kit's English, and a screen reader must read that English in an English
// voice, not in the French one the component is marked with (WCAG 3.1.2, Language of Parts).
const { mock } = startMockServer('react-partial-catalogue-lang')

const keys = Object.keys(en) as (keyof Messages)[]
// Every third key in "French" (from the `start`th): a marker with no word of the key in it,
// numbered. Three catalogues, so that every key is both given and left out in one of them.
const frenchFrom = (start: number) =>
  Object.fromEntries(
    keys.flatMap((key, index) =>
      index % 3 === start && !key.startsWith('punctuation.') && key !== 'names.inSentence'
        ? [[key, typeof en[key] === 'string' ? `«${index}»` : { one: `«${index}»`, other: `«${index}»` }]]
        : [],
    ),
  ) as Partial<Messages>

const LETTER = /\p{L}/u
const MARKER = /«\d+»/g

/** Each piece of text shown or given as a name, with the language it is read in. */
function readings(root: Element): { text: string; lang: string; where: string }[] {
  const found: { text: string; lang: string; where: string }[] = []
  const walk = (element: Element, inherited: string) => {
    // What was typed (the message's own words), the JSON text and an id (a sent message's) are not the kit's.
    if (['TEXTAREA', 'CODE', 'SCRIPT', 'STYLE'].includes(element.tagName)) return
    const lang = element.getAttribute('lang') ?? inherited
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim())
        found.push({ text: child.textContent.trim(), lang, where: element.tagName })
      else if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element, lang)
    }
    const name = element.getAttribute('aria-label')
    if (name) found.push({ text: name, lang, where: `${element.tagName}[aria-label]` })
  }
  walk(root, root.closest('[lang]')?.getAttribute('lang') ?? '')
  return found
}

/** Pieces read in the wrong voice: the host's words outside `host`, the kit's English inside it. */
function misread(root: Element, host: string): string[] {
  return readings(root).flatMap(({ text, lang, where }) => {
    const words = text.replace(MARKER, '')
    const marked = text !== words
    // Mixed runs (a host's sentence naming an English field) are the sentence's: not judged here.
    if (marked && LETTER.test(words)) return []
    if (marked && lang !== host) return [`${where} "${text}" read as ${lang}`]
    if (!marked && LETTER.test(words) && lang === host) return [`${where} "${text}" read as ${host}`]
    return []
  })
}

describe.each([0, 1, 2])(
  'a partial catalogue in a language the kit does not bundle (every third key from %i)',
  (start) => {
    const french = frenchFrom(start)
    it('marks each fallback English as English and the host’s words as its own: builder and preview', async () => {
      const user = userEvent.setup()
      // Every type, and drafts with errors (their messages, fix-its and the summary).
      const found: string[] = []
      for (const [name, draft] of Object.entries(validFixtures)) {
        const { container, unmount } = renderComposer({ locale: 'fr', messages: french, defaultValue: draft })
        expect(container.querySelector('.bi-builder')).toHaveAttribute('lang', 'fr')
        const composer = container.querySelector('.bi-composer-layout') as HTMLElement
        // The message's own words are marked as the message's (unknown: lang=""), not judged here.
        const judged = () => {
          const copy = composer.cloneNode(true) as HTMLElement
          for (const words of copy.querySelectorAll('[lang=""]')) words.remove()
          composer.after(copy)
          const found = misread(copy, 'fr')
          copy.remove()
          return found
        }
        found.push(...judged().map((reading) => `${name}: ${reading}`))
        if (name === 'list') {
          // The list sheet, a row chosen, and the reply it sends.
          const word = (key: keyof Messages) => (french[key] ?? en[key]) as string
          await user.click(screen.getByRole('button', { name: 'Chagua njia' }))
          const sheet = screen.getByRole('dialog')
          await user.click(within(sheet).getByRole('button', { name: word('preview.sheet.send') }))
          found.push(...judged().map((reading) => `list sheet: ${reading}`))
          await user.click(within(sheet).getAllByRole('radio')[0] as HTMLElement)
          await user.click(within(sheet).getByRole('button', { name: word('preview.sheet.send') }))
          found.push(...judged().map((reading) => `reply: ${reading}`))
          await user.click(screen.getByRole('tab', { name: word('builder.tab.json') }))
          found.push(...judged().map((reading) => `JSON tab: ${reading}`))
        }
        unmount()
      }
      expect(found).toEqual([])
    })

    it('in the send dialog', async () => {
      renderComposer({ locale: 'fr', messages: french, defaultValue: validFixtures.buttonTextHeader })
      const send = (french['sendDialog.send'] ?? en['sendDialog.send']) as string
      await userEvent.setup().click(screen.getByRole('button', { name: send }))
      const dialog = screen.getByRole('dialog')
      const sendTo = within(dialog).getAllByRole('combobox')[0] as HTMLElement
      await waitFor(() => expect(within(sendTo).getAllByRole('option').length).toBeGreaterThan(1))
      const judged = () => {
        const copy = dialog.cloneNode(true) as HTMLElement
        for (const words of copy.querySelectorAll('[lang=""]')) words.remove()
        dialog.after(copy)
        const found = misread(copy, 'fr')
        copy.remove()
        return found
      }
      const found = judged()
      // A number that cannot be used, a closed window, then the message sent.
      const user = userEvent.setup()
      const number = within(dialog).getByRole('textbox')
      await user.type(number, '12')
      await user.tab()
      found.push(...judged().map((reading) => `bad number: ${reading}`))
      await user.clear(number)
      await user.type(number, FIXTURE_PHONES.closed)
      await user.tab()
      found.push(...judged().map((reading) => `closed window: ${reading}`))
      await user.clear(number)
      await user.type(number, FIXTURE_PHONES.open)
      await user.click(within(dialog).getByRole('button', { name: send }))
      await within(dialog).findByRole('button', {
        name: (french['sendDialog.close'] ?? en['sendDialog.close']) as string,
      })
      found.push(...judged().map((reading) => `sent: ${reading}`))
      expect(found).toEqual([])
    })

    it('in the send dialog’s notes and failures: sent before, refused as a duplicate, held', async () => {
      const word = (key: keyof Messages) => (french[key] ?? en[key]) as string
      renderComposer({ locale: 'fr', messages: french, defaultValue: validFixtures.buttonTextHeader })
      const user = userEvent.setup()
      const open = async () => {
        await user.click(screen.getByRole('button', { name: word('sendDialog.send') }))
        return screen.getByRole('dialog')
      }
      let dialog = await open()
      await user.type(within(dialog).getByRole('textbox'), FIXTURE_PHONES.open)
      await user.click(within(dialog).getByRole('button', { name: word('sendDialog.send') }))
      await user.click(await within(dialog).findByRole('button', { name: word('sendDialog.close') }))
      const judged = () => {
        const copy = dialog.cloneNode(true) as HTMLElement
        for (const words of copy.querySelectorAll('[lang=""]')) words.remove()
        dialog.after(copy)
        const found = misread(copy, 'fr')
        copy.remove()
        return found
      }
      // Opened again: the note that this message was sent to this number.
      dialog = await open()
      await waitFor(() => expect(dialog.querySelector('[data-sent-before]')).not.toBeNull())
      const found = judged().map((reading) => `sent before: ${reading}`)
      // Send: refused as the duplicate it is, with "Send again".
      await user.click(within(dialog).getByRole('button', { name: word('sendDialog.send') }))
      await within(dialog).findByRole('button', { name: word('sendDialog.sendAgain') })
      found.push(...judged().map((reading) => `duplicate: ${reading}`))
      // Sent again on purpose, and turned away for a while: the failure's facts and the hold.
      mock.setFaults({ status: 429, retryAfterSeconds: 30 })
      await user.click(within(dialog).getByRole('button', { name: word('sendDialog.sendAgain') }))
      await waitFor(() => expect(dialog.querySelector('[data-hold]')).not.toBeNull())
      found.push(...judged().map((reading) => `held: ${reading}`))
      expect(found).toEqual([])
    })
  },
)

describe('a whole catalogue (the kit’s English or Swahili)', () => {
  // What marks its own language whatever the catalogue: the components' roots and the live
  // regions (their words stay in the language they were said in).
  const ALWAYS = /\b(?:bi-root|bi-builder-live|bi-preview-live|bi-send-dialog-live)\b|^bi-builder-sr$/

  /** Elements marked with a language other than the one around them, but the message's words (""). */
  const marked = (root: Element) =>
    [...root.querySelectorAll('[lang]')].flatMap((element) => {
      const lang = element.getAttribute('lang')
      if (lang === '' || ALWAYS.test(element.className)) return []
      const around = element.parentElement?.closest('[lang]')?.getAttribute('lang')
      return [`${element.tagName}.${element.className} lang="${lang}" in "${around}"`]
    })

  it.each(['en', 'sw'])('%s: marks no part with a language of its own, builder, preview and dialog', async (locale) => {
    const found: string[] = []
    for (const [name, draft] of Object.entries(validFixtures)) {
      const { container, unmount } = renderComposer({ locale, defaultValue: draft })
      found.push(...marked(container).map((entry) => `${name}: ${entry}`))
      unmount()
    }
    renderComposer({ locale, defaultValue: validFixtures.list })
    await userEvent.setup().click(screen.getByRole('button', { name: locale === 'en' ? 'Send' : 'Tuma' }))
    const dialog = screen.getByRole('dialog')
    await waitFor(() => expect(within(dialog).getAllByRole('option').length).toBeGreaterThan(1))
    found.push(...marked(dialog).map((entry) => `dialog: ${entry}`))
    expect(found).toEqual([])
  })
})
