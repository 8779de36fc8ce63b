import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview, type InteractivePreviewProps } from './interactive-preview.tsx'

const show = (value: unknown, props: Partial<InteractivePreviewProps> = {}) =>
  render(<InteractivePreview value={value} time={FIXTURE_TIME} {...props} />)
const liveRegion = () => screen.getByRole('region').nextElementSibling as HTMLElement

/** Each run of the live region's words with the language it is read in (its nearest `lang`). */
function runs(region: HTMLElement): [string, string][] {
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT)
  const found: [string, string][] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    found.push([node.textContent ?? '', node.parentElement?.closest<HTMLElement>('[lang]')?.lang ?? 'none'])
  }
  return found
}

// "You:" is the kit's word; "Leo jioni" the message's own, in a language the kit cannot know.
// Said as one run in the preview's language, a Swahili voice read an English message's words
// (and an English voice Swahili ones).
describe("the reply's announcement marks the kit's label and the message's words apart", () => {
  for (const [locale, you] of [
    ['en', 'You: '],
    ['sw', 'Wewe: '],
  ] as const) {
    it(`a tapped button: the label in ${locale}, its title in no language claimed`, () => {
      show(validFixtures.buttonTextHeader, { locale })
      fireEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
      expect(liveRegion()).toHaveAttribute('lang', locale)
      expect(runs(liveRegion())).toEqual([
        [you, locale],
        ['Leo jioni', ''],
      ])
    })

    it(`a chosen row with its description, as the message's words (${locale})`, async () => {
      show(validFixtures.list, { locale })
      await userEvent.click(screen.getByRole('button', { name: 'Chagua njia' }))
      await userEvent.click(screen.getByRole('radio', { name: /Kimara – Gerezani/ }))
      await userEvent.click(screen.getByRole('button', { name: locale === 'sw' ? 'Tuma' : 'Send' }))
      expect(runs(liveRegion())).toEqual([
        [you, locale],
        ['Kimara – Gerezani, Kila dakika 8', ''],
      ])
    })
  }

  it("a button of no text yet is said by the kit's name for it, in the kit's language", () => {
    show(
      {
        type: 'button',
        body: { text: 'Chagua' },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: ' ' } }] },
      },
      {
        locale: 'sw',
      },
    )
    fireEvent.click(screen.getByRole('button', { name: 'Kitufe bado hakina maandishi' }))
    expect(runs(liveRegion())).toEqual([
      ['Wewe: ', 'sw'],
      ['Kitufe bado hakina maandishi', 'sw'],
    ])
  })

  it("a host's third language: its own label unmarked, the kit's English fallback marked", () => {
    const { unmount } = show(validFixtures.buttonTextHeader, {
      locale: 'fr',
      messages: { 'preview.reply.you': 'Vous', 'punctuation.colon': ' : ' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
    expect(runs(liveRegion())).toEqual([
      ['Vous : ', 'fr'],
      ['Leo jioni', ''],
    ])
    unmount()
    show(validFixtures.buttonTextHeader, { locale: 'fr', messages: { 'preview.region': 'Aperçu WhatsApp' } })
    fireEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
    expect(liveRegion()).toHaveAttribute('lang', 'fr')
    expect(runs(liveRegion())).toEqual([
      ['You: ', 'en'],
      ['Leo jioni', ''],
    ])
  })
})
