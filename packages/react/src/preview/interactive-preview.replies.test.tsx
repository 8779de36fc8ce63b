import type { InteractiveReply } from '@briq-interactive/core'
import { act, cleanup, fireEvent, isInaccessible, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ANNOUNCEMENT_MS } from '../dom/announcement-time.ts'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const show = (value: unknown, props: Partial<Parameters<typeof InteractivePreview>[0]> = {}) =>
  render(<InteractivePreview value={value} time={FIXTURE_TIME} {...props} />)

const region = () => screen.getByRole('region', { name: 'WhatsApp message preview' })
// Beside the region, not in it (a modal dialog elsewhere on the page keeps live regions exposed).
const liveRegion = () => screen.getByRole('region').nextElementSibling as HTMLElement
/** What the live region offers a screen reader now: its words, or '' once they have left. */
const said = () => {
  const words = liveRegion().firstElementChild
  return words instanceof HTMLElement && !isInaccessible(words) ? words.textContent : ''
}
describe('InteractivePreview: playing the customer', () => {
  it('a reply button calls onReply with button_reply and shows a quoting reply bubble', async () => {
    const onReply = vi.fn<(r: InteractiveReply) => void>()
    show(validFixtures.buttonTextHeader, { onReply, businessName: 'Mama Neema' })
    await userEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
    expect(onReply).toHaveBeenCalledWith({
      type: 'button_reply',
      button_reply: { id: 'deliver_today', title: 'Leo jioni' },
    })
    const out = region().querySelector('.bi-bubble[data-direction="out"]') as HTMLElement
    expect(out.querySelector('.bi-quote-author')).toHaveTextContent('Mama Neema')
    expect(out.querySelector('.bi-quote-text')).toHaveTextContent('Uthibitisho wa oda 🛒')
    expect(out.querySelector('.bi-reply-title')).toHaveTextContent('Leo jioni')
    expect(out.querySelector('.bi-ticks-wrap')).toHaveAttribute('data-state', 'sent')
  })

  it("quotes the body's first line as WhatsApp shows it, without formatting markers", async () => {
    const body = '> *Oda #2041* ya _Mama Neema_ ~imefika~ `leo`\nAsante'
    show({ ...validFixtures.buttonTextHeader, header: undefined, body: { text: body } })
    await userEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
    const quote = region().querySelector('.bi-bubble[data-direction="out"] .bi-quote-text')
    expect(quote?.textContent).toBe('Oda #2041 ya Mama Neema imefika leo')
  })

  // A list's title is formatted (WAWebMessageList), so its quote reads without markers; another
  // type's header keeps them, as WhatsApp shows it.
  it("quotes a list's formatted title without its markers, another header as typed", async () => {
    const { unmount } = show({ ...validFixtures.list, header: { type: 'text', text: '*Usafiri* wa _DART_' } })
    await userEvent.click(screen.getByRole('button', { name: 'Chagua njia' }))
    const sheet = screen.getByRole('dialog', { name: 'Chagua njia' })
    await userEvent.click(within(sheet).getAllByRole('radio')[0] as HTMLElement)
    await userEvent.click(within(sheet).getByRole('button', { name: 'Send' }))
    const quote = () => region().querySelector('.bi-bubble[data-direction="out"] .bi-quote-text')
    expect(quote()?.textContent).toBe('Usafiri wa DART')
    unmount()
    show({ ...validFixtures.buttonTextHeader, header: { type: 'text', text: '*Oda* yako' } })
    await userEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
    expect(quote()?.textContent).toBe('*Oda* yako')
  })

  it.each([
    ['a line separator', '\u2028'],
    ['a lone CR', '\r'],
  ])('quotes only the first line when it ends with %s', async (_, lineBreak) => {
    show({ ...validFixtures.buttonTextHeader, header: undefined, body: { text: `Habari${lineBreak}Mstari wa pili` } })
    await userEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
    const quote = region().querySelector('.bi-bubble[data-direction="out"] .bi-quote-text')
    expect(quote?.textContent).toBe('Habari')
  })

  it('ticks go sent → delivered → read', () => {
    vi.useFakeTimers()
    try {
      show(validFixtures.buttonTextHeader)
      fireEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
      const ticks = () => region().querySelector('.bi-ticks-wrap')
      expect(ticks()).toHaveAttribute('data-state', 'sent')
      act(() => vi.advanceTimersByTime(500))
      expect(ticks()).toHaveAttribute('data-state', 'delivered')
      act(() => vi.advanceTimersByTime(700))
      expect(ticks()).toHaveAttribute('data-state', 'read')
      expect(ticks()).toHaveAccessibleName('Read')
    } finally {
      vi.useRealTimers()
    }
  })

  it('a carousel quick reply calls onReply with button_reply', async () => {
    const onReply = vi.fn()
    show(validFixtures.carouselQuickReply, { onReply })
    await userEvent.click(screen.getByRole('button', { name: 'Choose Pro' }))
    expect(onReply).toHaveBeenCalledWith({ type: 'button_reply', button_reply: { id: 'pro_buy', title: 'Choose Pro' } })
  })

  it('the list button opens a sheet inside the phone frame; a row + Send replies with list_reply', async () => {
    const onReply = vi.fn()
    show(validFixtures.list, { onReply })
    const opener = screen.getByRole('button', { name: 'Chagua njia' })
    expect(opener).toHaveAttribute('aria-haspopup', 'dialog')
    expect(opener).toHaveAttribute('data-state', 'closed')
    await userEvent.click(opener)
    expect(opener).toHaveAttribute('aria-expanded', 'true')
    const dialog = screen.getByRole('dialog', { name: 'Chagua njia' })
    expect(region().querySelector('.bi-frame')?.contains(dialog)).toBe(true)
    const group = within(dialog).getByRole('radiogroup', { name: 'Chagua njia' })
    expect(
      within(group)
        .getAllByRole('group')
        .map((g) => g.textContent?.split('–')[0]),
    ).toHaveLength(3)
    expect(within(group).getByRole('group', { name: 'Morocco' })).toBeInTheDocument()
    expect(within(group).getAllByRole('radio')).toHaveLength(6)
    const send = within(dialog).getByRole('button', { name: 'Send' })
    expect(send).toHaveAttribute('aria-disabled', 'true')
    // Named by its title and described by its description, not both run into one name.
    const kimara = within(group).getByRole('radio', { name: 'Kimara – Gerezani' })
    expect(kimara).toHaveAccessibleDescription('Kila dakika 8')
    await userEvent.click(kimara)
    expect(send).not.toHaveAttribute('aria-disabled')
    await userEvent.click(send)
    expect(onReply).toHaveBeenCalledWith({
      type: 'list_reply',
      list_reply: { id: 'kimara_gerezani', title: 'Kimara – Gerezani', description: 'Kila dakika 8' },
    })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
    const out = region().querySelector('.bi-bubble[data-direction="out"]') as HTMLElement
    expect(out).toHaveTextContent('Kimara – Gerezani')
    expect(out.querySelector('.bi-reply-description')).toHaveTextContent('Kila dakika 8')
  })

  it('a row without a description replies without the description key', async () => {
    const onReply = vi.fn()
    show(validFixtures.list, { onReply })
    await userEvent.click(screen.getByRole('button', { name: 'Chagua njia' }))
    await userEvent.click(screen.getByRole('radio', { name: 'Morocco – Gerezani' }))
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(onReply.mock.calls[0]?.[0]).toStrictEqual({
      type: 'list_reply',
      list_reply: { id: 'morocco_gerezani', title: 'Morocco – Gerezani' },
    })
  })

  // WhatsApp Web opens a new list modal on each tap of the list button (its WAWebMessageList and
  // WAWebListMsgModal modules), the choice held in that modal only: it opens with no row chosen.
  it.each([
    ['after a reply was sent', 'Send'],
    ['after it was closed', 'Close'],
  ])('opens again with no row chosen %s', async (_, leaveBy) => {
    show(validFixtures.list)
    const opener = screen.getByRole('button', { name: 'Chagua njia' })
    await userEvent.click(opener)
    await userEvent.click(screen.getByRole('radio', { name: /Kimara – Gerezani/ }))
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: leaveBy }))
    expect(screen.queryByRole('dialog')).toBeNull()
    await userEvent.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'Chagua njia' })
    expect(
      within(dialog)
        .getAllByRole('radio')
        .filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([])
    expect(within(dialog).getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('Escape closes the sheet and returns focus to the list button', async () => {
    show(validFixtures.list)
    const opener = screen.getByRole('button', { name: 'Chagua njia' })
    await userEvent.click(opener)
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
  })

  it('says a tapped reply once in a polite live region, in English and Swahili', () => {
    vi.useFakeTimers()
    try {
      for (const [locale, words] of [
        ['en', 'You: Leo jioni'],
        ['sw', 'Wewe: Leo jioni'],
      ] as const) {
        const { unmount } = show(validFixtures.buttonTextHeader, { locale })
        // Named in the locale's words ("Muhtasari wa ujumbe wa WhatsApp" in Swahili).
        const live = screen.getByRole('region').nextElementSibling as HTMLElement
        expect(live).toHaveAttribute('aria-live', 'polite')
        // Outside the region's lang, so it carries its own: "Wewe: …" is read as Swahili.
        expect(live).toHaveAttribute('lang', locale)
        expect(live.textContent).toBe('')
        fireEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
        expect(live).toHaveTextContent(words)
        const said = live.firstElementChild
        // The ticks going on to read say nothing more.
        act(() => vi.advanceTimersByTime(1200))
        expect(live.firstElementChild).toBe(said)
        expect(live).toHaveTextContent(words)
        // A second tap on the same button is a new reply: said again.
        fireEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
        expect(live.firstElementChild).not.toBe(said)
        expect(live).toHaveTextContent(words)
        unmount()
      }
    } finally {
      vi.useRealTimers()
    }
  })

  it('takes the words out of the live region once the reply is said, as the reply bubble shows it', () => {
    // Left in place, "You: Leo jioni" was found again after the bubble by a swipe, which read
    // the reply twice; the builder's own announcements leave after the same time.
    vi.useFakeTimers()
    try {
      show(validFixtures.buttonTextHeader)
      fireEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
      expect(liveRegion()).toHaveTextContent('You: Leo jioni')
      act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS - 1))
      expect(liveRegion()).toHaveTextContent('You: Leo jioni')
      act(() => vi.advanceTimersByTime(1))
      expect(said()).toBe('')
      expect(region().querySelector('.bi-bubble[data-direction="out"] .bi-reply-title')).toHaveTextContent('Leo jioni')
      // The next tap is said again, and leaves as well.
      fireEvent.click(screen.getByRole('button', { name: 'Kesho asubuhi' }))
      expect(liveRegion()).toHaveTextContent('You: Kesho asubuhi')
      act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS))
      expect(said()).toBe('')
    } finally {
      vi.useRealTimers()
    }
  })

  it('says a reply once: a change of language after it says nothing again', () => {
    // The words were worked out on every render: in the new language they were new words to
    // the live region, which said the last reply again (or brought back words that had left).
    vi.useFakeTimers()
    try {
      const { rerender } = show(validFixtures.buttonTextHeader)
      fireEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
      const words = liveRegion().firstElementChild
      rerender(<InteractivePreview value={validFixtures.buttonTextHeader} time={FIXTURE_TIME} locale="sw" />)
      expect(liveRegion().firstElementChild).toBe(words)
      expect(said()).toBe('You: Leo jioni')
      expect(liveRegion()).toHaveAttribute('lang', 'en')
      act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS))
      expect(said()).toBe('')
      rerender(<InteractivePreview value={validFixtures.buttonTextHeader} time={FIXTURE_TIME} locale="en" />)
      expect(said()).toBe('')
      // The next tap is said in the language of the moment.
      rerender(<InteractivePreview value={validFixtures.buttonTextHeader} time={FIXTURE_TIME} locale="sw" />)
      fireEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
      expect(said()).toBe('Wewe: Leo jioni')
      expect(liveRegion()).toHaveAttribute('lang', 'sw')
    } finally {
      vi.useRealTimers()
    }
  })

  it('says a tap on a changed message after the last reply left, though its count began again', () => {
    // A new message clears the reply and its taps: the first tap on it was the tap whose words
    // had left, and was not said.
    vi.useFakeTimers()
    try {
      const { rerender } = show(validFixtures.buttonTextHeader)
      fireEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
      act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS))
      expect(said()).toBe('')
      rerender(<InteractivePreview value={validFixtures.buttonImageHeader} time={FIXTURE_TIME} />)
      const [first] = within(region()).getAllByRole('button')
      fireEvent.click(first!)
      expect(liveRegion()).toHaveTextContent(`You: ${first!.textContent}`)
    } finally {
      vi.useRealTimers()
    }
  })

  it('says a tap on a button or row of no visible text by what the preview names it', async () => {
    // Its title (none, or only spaces) said nothing after "You:".
    const blank = { type: 'reply', reply: { id: 'blank', title: '\u200b' } }
    show({ type: 'button', body: { text: 'Chagua' }, action: { buttons: [blank] } })
    fireEvent.click(screen.getByRole('button', { name: 'Button with no text yet' }))
    expect(said()).toBe('You: Button with no text yet')
    cleanup()
    show({
      type: 'list',
      body: { text: 'Chagua' },
      action: { button: 'Wilaya', sections: [{ title: 'Dar', rows: [{ id: 'a', title: ' ' }] }] },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Wilaya' }))
    await userEvent.click(screen.getByRole('radio', { name: 'Row with no title yet' }))
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(said()).toBe('You: Row with no title yet')
  })

  it("says a list choice with its row's description", async () => {
    show(validFixtures.list)
    await userEvent.click(screen.getByRole('button', { name: 'Chagua njia' }))
    await userEvent.click(screen.getByRole('radio', { name: /Kimara – Gerezani/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(liveRegion()).toHaveTextContent('You: Kimara – Gerezani, Kila dakika 8')
  })

  it('leaves a reply the host passes in (`reply`) to the host to announce', () => {
    show(validFixtures.buttonTextHeader, {
      reply: { type: 'button_reply', button_reply: { id: 'x', title: 'Leo jioni' } },
    })
    expect(region().querySelector('.bi-bubble[data-direction="out"]')).not.toBeNull()
    expect(liveRegion()).toHaveAttribute('aria-live', 'polite')
    expect(liveRegion().textContent).toBe('')
  })

  it('a changed message clears the previous reply', async () => {
    const { rerender } = show(validFixtures.buttonTextHeader)
    await userEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
    rerender(<InteractivePreview value={{ ...validFixtures.buttonTextHeader }} time={FIXTURE_TIME} />)
    expect(region().querySelector('.bi-bubble[data-direction="out"]')).not.toBeNull()
    rerender(<InteractivePreview value={validFixtures.buttonImageHeader} time={FIXTURE_TIME} />)
    expect(region().querySelector('.bi-bubble[data-direction="out"]')).toBeNull()
  })
})
