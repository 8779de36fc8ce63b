import type { InteractiveReply } from '@briq-interactive/core'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { edgeFixtures, FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const show = (value: unknown, props: Partial<Parameters<typeof InteractivePreview>[0]> = {}) =>
  render(<InteractivePreview value={value} time={FIXTURE_TIME} {...props} />)

const region = () => screen.getByRole('region', { name: 'WhatsApp message preview' })
const actionKinds = (root: HTMLElement) =>
  [...root.querySelectorAll('.bi-bubble[data-direction="in"] .bi-action')].map((a) => a.getAttribute('data-kind'))

describe('InteractivePreview: every type and header kind', () => {
  it('draws a reply-button message with bold text header, body, footer, time and reply rows', () => {
    show(validFixtures.buttonTextHeader)
    const root = region()
    expect(root.querySelector('.bi-header[data-kind="text"]')).toHaveTextContent('Uthibitisho wa oda 🛒')
    expect(root.querySelector('.bi-body strong')).toHaveTextContent('#TZ-4821')
    expect(root.querySelector('.bi-body em')).toHaveTextContent('Mchele wa Kyela 5kg')
    expect(root.querySelector('.bi-footer')).toHaveTextContent('Duka la Mama Neema · Kariakoo')
    expect(root.querySelector('time')).toHaveTextContent('09:41')
    expect(actionKinds(root)).toEqual(['reply', 'reply', 'reply'])
    expect(screen.getByRole('button', { name: 'Kesho asubuhi' }).querySelector('[data-icon="reply"]')).not.toBeNull()
    expect(root).not.toHaveAttribute('data-invalid')
  })

  it('formats the footer and links its URLs, as WhatsApp does (header and buttons stay plain)', () => {
    show({
      type: 'button',
      header: { type: 'text', text: '*Ofa* https://mfano.co.tz' },
      body: { text: 'Karibu' },
      footer: { text: 'Maelezo: https://mfano.co.tz/ofa *leo*' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: '*Sawa*' } }] },
    })
    const footer = region().querySelector('.bi-footer') as HTMLElement
    expect(within(footer).getByRole('link', { name: 'https://mfano.co.tz/ofa' })).toHaveAttribute(
      'href',
      'https://mfano.co.tz/ofa',
    )
    expect(footer.querySelector('strong')).toHaveTextContent('leo')
    expect(footer).toHaveTextContent('Maelezo: https://mfano.co.tz/ofa leo')
    const header = region().querySelector('.bi-header') as HTMLElement
    expect(header).toHaveTextContent('*Ofa* https://mfano.co.tz')
    expect(header.querySelector('a, strong')).toBeNull()
    expect(screen.getByRole('button', { name: '*Sawa*' })).toBeInTheDocument()
  })

  it('draws an image header', () => {
    show(validFixtures.buttonImageHeader)
    const img = region().querySelector('.bi-header[data-kind="image"] img')
    expect(img).toHaveAttribute('src', 'https://images.example.co.tz/kariakoo-sale.jpg')
    expect(img).toHaveAttribute('alt', 'Image')
    expect(region().querySelector('.bi-bubble')).toHaveAttribute('data-media')
  })

  it('draws a video header with a play glyph and a duration chip', () => {
    show(validFixtures.buttonVideoHeader)
    const media = region().querySelector('.bi-header[data-kind="video"]') as HTMLElement
    expect(media.querySelector('video')).toHaveAttribute('src', 'https://media.example.co.tz/msasani-tour.mp4')
    expect(within(media).getByRole('img', { name: 'Play video' })).toBeInTheDocument()
    const video = media.querySelector('video') as HTMLVideoElement
    Object.defineProperty(video, 'duration', { value: 83 })
    fireEvent.loadedMetadata(video)
    expect(media.querySelector('.bi-duration')).toHaveTextContent('1:23')
  })

  it('draws a document header as a file card with name and type', () => {
    show(validFixtures.buttonDocumentHeader)
    const doc = region().querySelector('.bi-header[data-kind="document"]') as HTMLElement
    expect(doc.querySelector('.bi-doc-name')).toHaveTextContent('Ankara-INV-2041.pdf')
    expect(doc.querySelector('.bi-doc-meta')).toHaveTextContent('PDF')
    expect(doc.querySelector('.bi-doc-icon')).toHaveAttribute('data-ext', 'pdf')
    expect(region().querySelector('.bi-body code')).toHaveTextContent('551 204')
  })

  it('draws a media placeholder when a media header has no link', () => {
    show({ type: 'button', header: { type: 'image', image: { id: '123' } }, body: { text: 'x' }, action: {} })
    expect(screen.getByRole('img', { name: 'No media selected' })).toBeInTheDocument()
  })

  it.each([
    ['ctaUrl', 'url', 'Lipia sasa'],
    ['locationRequest', 'location', 'Send location'],
    ['flow', 'flow', 'Anza sasa'],
    ['product', 'product', 'View'],
    ['productList', 'items', 'View items'],
    ['catalog', 'catalog', 'View catalog'],
    ['voiceCall', 'call', 'Piga sasa'],
    ['voiceCallDefault', 'call', 'Call Now'],
    ['address', 'address', 'Provide address'],
    ['list', 'list', 'Chagua njia'],
  ] as const)('%s shows one %s row labelled %s', (name, kind, label) => {
    show(validFixtures[name])
    const root = region()
    expect(actionKinds(root)).toEqual([kind])
    const row = root.querySelector('.bi-bubble .bi-action') as HTMLElement
    expect(row).toHaveTextContent(label)
    expect(row.querySelector('svg[data-icon]')).not.toBeNull()
  })

  it('links a cta_url row safely to a new tab', () => {
    show(validFixtures.ctaUrl)
    const link = screen.getByRole('link', { name: /Lipia sasa/ })
    expect(link).toHaveAttribute('href', 'https://safarinjema.co.tz/book?trip=serengeti-1412')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow')
    expect(link.querySelector('[data-icon="external"]')).not.toBeNull()
  })

  it('shows product, product list and catalog cards', () => {
    const { rerender } = show(validFixtures.product)
    expect(region().querySelector('.bi-product[data-kind="product"]')).toHaveTextContent('tecno-spark-20')
    rerender(<InteractivePreview value={validFixtures.productList} time={FIXTURE_TIME} />)
    expect(region().querySelector('.bi-product[data-kind="product_list"]')).toHaveTextContent('4 items')
    expect(region().querySelector('.bi-header')).toHaveTextContent('Vyakula vya wiki hii')
    rerender(<InteractivePreview value={validFixtures.catalog} time={FIXTURE_TIME} />)
    expect(region().querySelector('.bi-product[data-kind="catalog"]')).toHaveTextContent('Catalog')
  })

  it('shows call permission request choices', () => {
    show(validFixtures.callPermissionRequest)
    expect(region()).toHaveTextContent('Allow calls from this business?')
    expect(screen.getByRole('button', { name: 'Allow' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: "Don't allow" })).toBeInTheDocument()
  })

  it('shows a carousel of URL cards in card_index order', () => {
    show(validFixtures.carouselCtaUrl)
    const carousel = screen.getByRole('group', { name: 'Cards' })
    const cards = within(carousel).getAllByRole('article')
    expect(cards).toHaveLength(3)
    expect(cards[0]).toHaveAccessibleName('Card 1 of 3')
    expect(cards[0]?.querySelector('img')).toHaveAttribute('src', 'https://images.example.co.tz/hotel-1.jpg')
    expect(cards[1]?.querySelector('.bi-card-body strong')).toHaveTextContent('Stone Town Inn')
    expect(within(cards[2] as HTMLElement).getByRole('link', { name: /Weka nafasi/ })).toHaveAttribute(
      'href',
      'https://zanzibar.example.co.tz/hotel/3',
    )
  })

  it('orders carousel cards by card_index, not array order', () => {
    const [a, b, c] = validFixtures.carouselCtaUrl.action.cards
    show({ ...validFixtures.carouselCtaUrl, action: { cards: [c, a, b] } })
    const first = within(screen.getByRole('group', { name: 'Cards' })).getAllByRole('article')[0]
    expect(first?.querySelector('img')).toHaveAttribute('src', 'https://images.example.co.tz/hotel-1.jpg')
  })

  it('shows product carousel cards with a View row', () => {
    show(validFixtures.carouselProducts)
    const cards = within(screen.getByRole('group', { name: 'Cards' })).getAllByRole('article')
    expect(cards.map((c) => c.getAttribute('data-kind'))).toEqual(['product', 'product', 'product'])
    expect(cards[1]).toHaveTextContent('infinix-hot-40')
    expect(within(cards[1] as HTMLElement).getByRole('button', { name: 'View' })).toBeInTheDocument()
  })
})

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
    expect(send).toBeDisabled()
    await userEvent.click(within(group).getByRole('radio', { name: /Kimara – Gerezani/ }))
    expect(send).toBeEnabled()
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

  it('Escape closes the sheet and returns focus to the list button', async () => {
    show(validFixtures.list)
    const opener = screen.getByRole('button', { name: 'Chagua njia' })
    await userEvent.click(opener)
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
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

describe('InteractivePreview: drafts, text and locale', () => {
  it('shows a quiet placeholder when the body is missing', () => {
    show(edgeFixtures.missingBody)
    const body = region().querySelector('.bi-body') as HTMLElement
    expect(body).toHaveAttribute('data-empty')
    expect(body).toHaveTextContent('Message text appears here')
  })

  it('marks an over-long button title from the exact overflow point', () => {
    show(edgeFixtures.overLongTitles)
    const button = region().querySelector('.bi-action[data-kind="reply"]') as HTMLElement
    expect(button).toHaveAccessibleName(
      /^Usafirishaji wa hara ?\(Text past the 20-character limit starts here\) ?ka sana$/,
    )
    expect(button).toHaveAttribute('data-invalid')
    const mark = button.querySelector('mark[data-overflow]') as HTMLElement
    expect(mark).toHaveAttribute('data-limit', '20')
    // 'Usafirishaji wa hara' is the first 20 characters.
    expect(button.querySelector('.bi-action-label')?.firstChild?.textContent).toBe('Usafirishaji wa hara')
    expect(mark.querySelector('.bi-sr-only')).toHaveTextContent('Text past the 20-character limit starts here')
    expect(mark.lastChild?.textContent).toBe('ka sana')
    expect(region()).toHaveAttribute('data-invalid')
  })

  it('marks overflow by code points, so emoji before the limit count once', () => {
    const title = `${'👍🏽'.repeat(10)}x`
    show({ type: 'button', body: { text: 'x' }, action: { buttons: [{ type: 'reply', reply: { id: 'a', title } }] } })
    const label = region().querySelector('.bi-action-label') as HTMLElement
    expect(label.firstChild?.textContent).toBe('👍🏽'.repeat(10))
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
    expect(screen.getByRole('button', { name: 'Tuma' })).toBeDisabled()
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
    expect(root).toHaveAttribute('data-theme', 'dark')
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
