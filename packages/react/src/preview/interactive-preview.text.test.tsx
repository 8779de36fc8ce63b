import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { edgeFixtures, FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const show = (value: unknown, props: Partial<Parameters<typeof InteractivePreview>[0]> = {}) =>
  render(<InteractivePreview value={value} time={FIXTURE_TIME} {...props} />)

const region = () => screen.getByRole('region', { name: 'WhatsApp message preview' })
describe('InteractivePreview: drafts, text and locale', () => {
  it('shows a quiet placeholder when the body is missing', () => {
    show(edgeFixtures.missingBody)
    const body = region().querySelector('.bi-body') as HTMLElement
    expect(body).toHaveAttribute('data-empty')
    expect(body).toHaveTextContent('Message text appears here')
  })

  it('shows a quiet placeholder for a text header with no text yet, as for the body', () => {
    const { rerender } = show({ ...validFixtures.buttonTextHeader, header: { type: 'text', text: '' } })
    const header = () => document.querySelector('.bi-preview .bi-header') as HTMLElement
    expect(header()).toHaveAttribute('data-empty')
    expect(header()).toHaveAttribute('data-invalid')
    expect(header()).toHaveTextContent('Header text appears here')
    rerender(
      <InteractivePreview
        value={{ ...validFixtures.buttonTextHeader, header: { type: 'text', text: '' } }}
        time={FIXTURE_TIME}
        locale="sw"
      />,
    )
    expect(header()).toHaveTextContent('Maandishi ya kichwa yataonekana hapa')
  })

  it('marks an over-long button title from the exact overflow point', () => {
    show(edgeFixtures.overLongTitles)
    const button = region().querySelector('.bi-action[data-kind="reply"]') as HTMLElement
    // Named by its text as shown, unbroken, so speech input can say it (WCAG 2.5.3); the
    // overflow is its description.
    expect(button).toHaveAccessibleName('Usafirishaji wa haraka sana')
    expect(button).toHaveAccessibleDescription('Text past the 20-character limit: ka sana')
    expect(button).toHaveAttribute('data-invalid')
    const mark = button.querySelector('mark[data-overflow]') as HTMLElement
    expect(mark).toHaveAttribute('data-limit', '20')
    // 'Usafirishaji wa hara' is the first 20 characters.
    expect(button.querySelector('.bi-action-label')?.firstChild?.textContent).toBe('Usafirishaji wa hara')
    expect(mark.querySelector('.bi-sr-only')).toBeNull()
    expect(mark.textContent).toBe('ka sana')
    expect(region()).toHaveAttribute('data-invalid')
  })

  it('names an over-long button, link, row and section by the text shown, the rest its description (sw)', async () => {
    const url = {
      name: 'cta_url',
      parameters: { display_text: 'Fuatilia mzigo wako sasa hivi', url: 'https://example.co.tz/f' },
    }
    const { unmount } = show({ type: 'cta_url', body: { text: 'Mzigo' }, action: url }, { locale: 'sw' })
    const link = screen.getByRole('link', { name: 'Fuatilia mzigo wako sasa hivi' })
    // A description replaces the link's title as Chromium reads it: the title's words follow the note.
    expect(link).toHaveAccessibleDescription(
      'Maandishi yanayozidi kikomo cha herufi 20: sasa hivi Hufungua https://example.co.tz/f kwenye kichupo kipya',
    )
    unmount()
    const rows = [{ id: 'a', title: 'Kimara hadi Kivukoni kupitia' }]
    show(
      {
        type: 'list',
        body: { text: 'Chagua' },
        action: { button: 'Njia', sections: [{ title: 'Mabasi ya mwendo kasi sana', rows }] },
      },
      { locale: 'sw' },
    )
    await userEvent.click(screen.getByRole('button', { name: 'Njia' }))
    expect(screen.getByRole('radio', { name: 'Kimara hadi Kivukoni kupitia' })).toHaveAccessibleDescription(
      'Maandishi yanayozidi kikomo cha herufi 24: itia',
    )
    expect(screen.getByRole('group', { name: 'Mabasi ya mwendo kasi sana' })).toHaveAccessibleDescription(
      'Maandishi yanayozidi kikomo cha herufi 24: na',
    )
  })

  it("marks a flow's CTA holding an emoji, not one with symbols drawn as text (©, ™)", () => {
    const flow = (cta: string) => ({
      type: 'flow',
      body: { text: 'Book a visit' },
      action: { name: 'flow', parameters: { flow_message_version: '3', flow_id: '1', flow_cta: cta } },
    })
    const { unmount } = show(flow('Duka© Nunua™'))
    expect(region().querySelector('.bi-action[data-kind="flow"]')).not.toHaveAttribute('data-invalid')
    expect(region()).not.toHaveAttribute('data-invalid')
    unmount()
    show(flow('Nunua 📅'))
    expect(region().querySelector('.bi-action[data-kind="flow"]')).toHaveAttribute('data-invalid')
  })

  it('marks overflow by code points, so emoji before the limit count once', () => {
    const title = `${'👍🏽'.repeat(10)}x`
    show({ type: 'button', body: { text: 'x' }, action: { buttons: [{ type: 'reply', reply: { id: 'a', title } }] } })
    const label = region().querySelector('.bi-action-label') as HTMLElement
    expect(label.firstChild?.textContent).toBe('👍🏽'.repeat(10))
    expect(label.querySelector('mark')?.lastChild?.textContent).toBe('x')
  })

  it('shows half of an emoji (a lone surrogate) as it is, counting it as one character', () => {
    const title = `${'a'.repeat(19)}\ud83dx`
    show({
      type: 'button',
      body: { text: 'Karibu *sana \ud83d* \udc4d_ndiyo_' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title } }] },
    })
    expect(region().querySelector('.bi-body')).toHaveTextContent('Karibu sana \ud83d \udc4dndiyo')
    expect(region().querySelector('.bi-body strong')).toHaveTextContent('sana \ud83d')
    const label = region().querySelector('.bi-action-label') as HTMLElement
    expect(label.firstChild?.textContent).toBe(`${'a'.repeat(19)}\ud83d`)
    expect(label.querySelector('mark')?.lastChild?.textContent).toBe('x')
  })

  it('hides issue marks with showIssues={false}', () => {
    show(edgeFixtures.overLongTitles, { showIssues: false })
    expect(region().querySelector('mark')).toBeNull()
    expect(region()).not.toHaveAttribute('data-invalid')
  })

  it('marks list rows past the 10-row total in the sheet', async () => {
    show(edgeFixtures.elevenRows)
    await userEvent.click(screen.getByRole('button', { name: 'Wilaya' }))
    const rows = screen.getByRole('dialog').querySelectorAll('.bi-sheet-row')
    expect(rows).toHaveLength(11)
    expect([...rows].map((r) => r.hasAttribute('data-overflow'))).toEqual([...Array(10).fill(false), true])
  })

  it("marks reply buttons past WhatsApp's 3, as rows past the 10-row total are marked", () => {
    const buttons = [1, 2, 3, 4].map((i) => ({ type: 'reply', reply: { id: `o${i}`, title: `Option ${i}` } }))
    show({ type: 'button', body: { text: 'Chagua' }, action: { buttons } })
    const rows = [...region().querySelectorAll('.bi-action')]
    expect(rows.map((r) => r.hasAttribute('data-overflow'))).toEqual([false, false, false, true])
    expect(rows[3]).toHaveAttribute('data-invalid')
  })

  it('marks carousel cards past 10, not a third quick reply (a warning)', () => {
    const card = (i: number) => ({
      card_index: i,
      type: 'cta_url',
      header: { type: 'image', image: { link: 'https://example.co.tz/a.jpg' } },
      action: {
        buttons: [1, 2, 3].map((j) => ({ type: 'quick_reply', quick_reply: { id: `q${i}.${j}`, title: `Jibu ${j}` } })),
      },
    })
    show({ type: 'carousel', body: { text: 'x' }, action: { cards: Array.from({ length: 11 }, (_, i) => card(i)) } })
    const cards = [...region().querySelectorAll('.bi-card')]
    expect(cards.map((c) => c.hasAttribute('data-overflow'))).toEqual([...Array(10).fill(false), true])
    const replies = [...(cards[0] as Element).querySelectorAll('.bi-action')]
    expect(replies.map((r) => r.hasAttribute('data-overflow'))).toEqual([false, false, false])
    expect(replies.map((r) => r.hasAttribute('data-invalid'))).toEqual([false, false, false])
  })

  // Meta's guides: a location request has a body and its action only; a carousel no header or
  // footer; a single product no header; a list header is text only. WhatsApp refuses such a message, so the part is marked.
  it.each([
    [
      'a location request',
      { header: { type: 'text', text: 'Karibu' }, footer: { text: 'Asante' } },
      { type: 'location_request_message', body: { text: 'Tuko wapi?' }, action: { name: 'send_location' } },
    ],
    [
      'a carousel',
      { header: { type: 'image', image: { link: 'https://example.co.tz/a.jpg' } }, footer: { text: 'Asante' } },
      { type: 'carousel', body: { text: 'Chagua' }, action: { cards: [] } },
    ],
    [
      'a single product',
      { header: { type: 'text', text: 'Karibu' } },
      { type: 'product', body: { text: 'Angalia' }, action: { catalog_id: '1', product_retailer_id: 'p1' } },
    ],
    [
      'a list (a media header)',
      { header: { type: 'document', document: { link: 'https://example.co.tz/a.pdf' } } },
      {
        type: 'list',
        body: { text: 'Chagua' },
        action: { button: 'Chagua', sections: [{ rows: [{ id: 'a', title: 'A' }] }] },
      },
    ],
  ])('marks a header or footer %s does not allow as invalid', (_, parts, message) => {
    show({ ...message, ...parts })
    const bubble = region().querySelector('.bi-bubble') as HTMLElement
    expect(bubble.querySelector('.bi-header')).toHaveAttribute('data-invalid')
    if ('footer' in parts) expect(bubble.querySelector('.bi-footer')).toHaveAttribute('data-invalid')
    expect(bubble.querySelector('.bi-body')).not.toHaveAttribute('data-invalid')
  })

  // Meta's Share products guide: a product list requires a text header, shown as its card's title.
  describe("a product list's header", () => {
    const list = (header: unknown) => ({
      type: 'product_list',
      ...(header === undefined ? {} : { header }),
      body: { text: 'Chagua' },
      action: { catalog_id: '1', sections: [{ title: 'Vyote', product_items: [{ product_retailer_id: 'p1' }] }] },
    })
    const card = () => region().querySelector('.bi-product[data-kind="product_list"]') as HTMLElement

    it.each([
      ['missing', undefined],
      ['empty', { type: 'text', text: '' }],
      ['of no known kind', { type: 'location' }],
    ])('marks the card when the header is %s', (_, header) => {
      show(list(header))
      expect(card()).toHaveAttribute('data-invalid')
    })

    it('leaves the card unmarked for a valid header, and for a media one drawn barred', () => {
      const { unmount } = show(list({ type: 'text', text: 'Karibu' }))
      expect(card()).not.toHaveAttribute('data-invalid')
      unmount()
      show(list({ type: 'image', image: { link: 'https://example.co.tz/a.jpg' } }))
      expect(card()).not.toHaveAttribute('data-invalid')
      expect(region().querySelector('.bi-header')).toHaveAttribute('data-invalid')
    })
  })

  it('leaves an allowed header and footer unmarked', () => {
    show(validFixtures.buttonImageHeader)
    expect(region().querySelector('.bi-header')).not.toHaveAttribute('data-invalid')
    expect(region().querySelector('.bi-footer')).not.toHaveAttribute('data-invalid')
  })

  it("keeps the time's spacer at the end of the last line as the body ends in a list, a quote or text", () => {
    const message = (text: string) => ({
      type: 'button',
      body: { text },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    })
    const { rerender } = show(message('Chagua:\n- Mchele\n- Maharage'))
    const spacers = () => [...region().querySelectorAll('.bi-body .bi-meta-spacer')]
    const holder = () => spacers()[0]?.parentElement
    expect(spacers()).toHaveLength(1)
    expect(holder()).toHaveTextContent('Maharage')
    expect(holder()?.tagName).toBe('LI')
    for (const [text, tag, last] of [
      ['Chagua:\n- Mchele\n- Maharage\nAsante', 'DIV', 'Asante'],
      ['Chagua:\n- Mchele\n- Maharage', 'LI', 'Maharage'],
      ['Chagua:\n> Mchele', 'BLOCKQUOTE', 'Mchele'],
      ['Chagua:\n> Mchele\n', 'DIV', 'Mchele'],
    ] as const) {
      rerender(<InteractivePreview value={message(text)} time={FIXTURE_TIME} />)
      expect(spacers()).toHaveLength(1)
      expect(holder()?.tagName).toBe(tag)
      expect(holder()?.lastElementChild).toBe(spacers()[0])
      expect(holder()?.textContent?.endsWith(last)).toBe(true)
    }
  })

  it("moves the time's spacer out of a body's last list item when a footer comes", () => {
    const message = (footer?: string) => ({
      type: 'button',
      body: { text: 'Chagua:\n- Mchele\n- Maharage' },
      ...(footer === undefined ? {} : { footer: { text: footer } }),
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    })
    const { rerender } = show(message())
    expect(region().querySelectorAll('.bi-body .bi-meta-spacer')).toHaveLength(1)
    rerender(<InteractivePreview value={message('Asante')} time={FIXTURE_TIME} />)
    expect(region().querySelectorAll('.bi-body .bi-meta-spacer')).toHaveLength(0)
    expect(region().querySelectorAll('.bi-footer .bi-meta-spacer')).toHaveLength(1)
    rerender(<InteractivePreview value={message()} time={FIXTURE_TIME} />)
    expect(region().querySelectorAll('.bi-bubble .bi-meta-spacer')).toHaveLength(1)
  })

  it('renders every formatting construct as elements', () => {
    show(edgeFixtures.formattingRich)
    const body = region().querySelector('.bi-body') as HTMLElement
    expect(body.querySelector('strong')).toHaveTextContent('Bold')
    expect(body.querySelector('em')).toHaveTextContent('italic')
    expect(body.querySelector('s')).toHaveTextContent('strike')
    expect(body.querySelector('code.bi-code')).toHaveTextContent('inline code')
    expect(body.querySelector('code.bi-mono')).toHaveTextContent('monospace block')
    expect(body.querySelector('blockquote')).toHaveTextContent('Haraka haraka haina baraka')
    expect(body.querySelector('ul')?.querySelectorAll('li')).toHaveLength(2)
    expect(body.querySelector('ol')?.querySelectorAll('li')).toHaveLength(2)
    expect(body.querySelector('strong em, em strong')).toHaveTextContent('nested bold italic')
    const link = body.querySelector('a') as HTMLAnchorElement
    expect(link.getAttribute('href')).toMatch(/^https:\/\/briq\.tz\/docs/)
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow')
  })

  // WhatsApp Web's list items: "• " is a bullet as "* " and "- " are; consecutive numbered lines
  // are one list, each item numbered as written; a number of three digits starts no item.
  it('numbers each list item as written and reads "• " as a bullet', () => {
    show({
      type: 'button',
      body: { text: 'Hatua:\n1. Lipa\n1. Pokea\n4. Tuma\n• Chai\n- Maji\n100. Mwisho' },
      action: { buttons: [{ type: 'reply', reply: { id: 'ok', title: 'Sawa' } }] },
    })
    const body = region().querySelector('.bi-body') as HTMLElement
    const numbered = body.querySelectorAll('ol > li')
    expect(body.querySelectorAll('ol')).toHaveLength(1)
    expect([...numbered].map((item) => (item as HTMLLIElement).value)).toEqual([1, 1, 4])
    expect([...body.querySelectorAll('ul > li')].map((item) => item.textContent)).toEqual(['Chai', 'Maji'])
    expect(body).toHaveTextContent('100. Mwisho')
  })

  it('sets dir="auto" on text blocks so right-to-left paragraphs align right', () => {
    show(edgeFixtures.rtl)
    expect(region().querySelector('.bi-body')).toHaveAttribute('dir', 'auto')
    expect(region().querySelector('.bi-header')).toHaveAttribute('dir', 'auto')
    expect(region().querySelector('.bi-footer')).toHaveAttribute('dir', 'auto')
    expect(region().querySelector('.bi-action-label')).toHaveAttribute('dir', 'auto')
  })

  it('renders emoji untouched', () => {
    show(edgeFixtures.emojiHeavy)
    expect(region().querySelector('.bi-body')).toHaveTextContent('👨‍👩‍👧‍👦')
  })

  it('shows WhatsApp labels in Swahili with locale="sw"', async () => {
    const { rerender } = show(validFixtures.locationRequest, { locale: 'sw' })
    expect(screen.getByRole('region', { name: 'Onyesho la ujumbe wa WhatsApp' })).toHaveAttribute('lang', 'sw')
    expect(screen.getByRole('button', { name: 'Tuma mahali' })).toBeInTheDocument()
    rerender(<InteractivePreview value={validFixtures.productList} locale="sw" />)
    expect(screen.getByRole('button', { name: 'Tazama bidhaa' })).toBeInTheDocument()
    rerender(<InteractivePreview value={validFixtures.catalog} locale="sw" />)
    expect(screen.getByRole('button', { name: 'Tazama katalogi' })).toBeInTheDocument()
    rerender(<InteractivePreview value={validFixtures.voiceCallDefault} locale="sw" />)
    expect(screen.getByRole('button', { name: 'Piga simu sasa' })).toBeInTheDocument()
    rerender(<InteractivePreview value={validFixtures.list} locale="sw" />)
    await userEvent.click(screen.getByRole('button', { name: 'Chagua njia' }))
    expect(screen.getByRole('button', { name: 'Tuma' })).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByRole('button', { name: 'Funga' })).toBeInTheDocument()
  })

  it('forwards the ref, merges className and spreads other props onto the root', () => {
    const ref = createRef<HTMLElement>()
    render(
      <InteractivePreview
        ref={ref}
        value={validFixtures.flow}
        className="host"
        style={{ width: 300 }}
        data-testid="p"
        theme="dark"
        palette="classic"
        compact
      />,
    )
    const root = screen.getByTestId('p')
    expect(ref.current).toBe(root)
    expect(root).toHaveClass('bi-preview', 'host')
    expect(root.style.width).toBe('300px')
    expect(root).toHaveAttribute('data-bi-theme', 'dark')
    expect(root).toHaveAttribute('data-palette', 'classic')
    expect(root).toHaveAttribute('data-compact')
    expect(root).toHaveAttribute('data-type', 'flow')
  })

  it('reads the client clock after mount when no time is given', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 24, 7, 5) })
    try {
      render(<InteractivePreview value={validFixtures.flow} />)
      expect(region().querySelector('time')).toHaveTextContent('07:05')
    } finally {
      vi.useRealTimers()
    }
  })
})
