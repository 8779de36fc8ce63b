import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { TYPING_PAUSE_MS } from '../dom/typing-pause.ts'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
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

  it('formats the footer and links its URLs, as WhatsApp does (the header only links, buttons stay plain)', () => {
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
    expect(header.querySelector('strong')).toBeNull()
    expect(within(header).getByRole('link', { name: 'https://mfano.co.tz' })).toHaveAttribute(
      'href',
      'https://mfano.co.tz/',
    )
    expect(screen.getByRole('button', { name: '*Sawa*' })).toBeInTheDocument()
  })

  // WhatsApp Web shows a list message's title through its conversation formatter with the
  // title's links and phone numbers, and other headers through its header-and-footer one, which
  // links URLs only (WAWebMessageList, WAWebFormatHeaderFooter, WAWebMsgPhoneNumbers).
  it("links a list header's phone numbers, and no other header's", () => {
    const header = { type: 'text', text: 'Piga +255 712 345 678 au briq.tz' }
    const { unmount } = show({
      type: 'list',
      header,
      body: { text: 'Chagua' },
      action: { button: 'Chagua', sections: [{ title: 'A', rows: [{ id: 'a', title: 'Moja' }] }] },
    })
    const listHeader = region().querySelector('.bi-header') as HTMLElement
    expect(within(listHeader).getByRole('link', { name: '+255 712 345 678' })).toHaveAttribute(
      'href',
      'tel:+255712345678',
    )
    expect(within(listHeader).getByRole('link', { name: 'briq.tz' })).toHaveAttribute('href', 'https://briq.tz/')
    unmount()
    show({
      type: 'button',
      header,
      body: { text: 'Karibu' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    })
    const buttonHeader = region().querySelector('.bi-header') as HTMLElement
    expect(
      within(buttonHeader)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://briq.tz/'])
    expect(buttonHeader).toHaveTextContent('Piga +255 712 345 678 au briq.tz')
  })

  // WhatsApp Web formats a list message's title and an interactive footer with its conversation
  // formatting minus quotes, lists and inline code (WAWebMessageList, WAWebInteractiveBubble);
  // another interactive header keeps its markers (WAWebInteractiveTitleHeader).
  it("formats a list header's styles, and a footer's without quotes, lists or inline code", () => {
    const { unmount } = show({
      type: 'list',
      header: { type: 'text', text: '*Menyu* ya _leo_ ~jana~ ```TZ``` `id`' },
      body: { text: 'Chagua' },
      footer: { text: '> *Bei* `TZ-1`' },
      action: { button: 'Chagua', sections: [{ title: 'A', rows: [{ id: 'a', title: 'Moja' }] }] },
    })
    const header = region().querySelector('.bi-header') as HTMLElement
    expect(header.querySelector('strong')).toHaveTextContent('Menyu')
    expect(header.querySelector('em')).toHaveTextContent('leo')
    expect(header.querySelector('s')).toHaveTextContent('jana')
    expect(header.querySelector('code.bi-mono')).toHaveTextContent('TZ')
    expect(header.querySelector('code.bi-code')).toBeNull()
    expect(header).toHaveTextContent('Menyu ya leo jana TZ `id`')
    const footer = region().querySelector('.bi-footer') as HTMLElement
    expect(footer.querySelector('blockquote, code')).toBeNull()
    expect(footer.querySelector('strong')).toHaveTextContent('Bei')
    expect(footer).toHaveTextContent('> Bei `TZ-1`')
    unmount()
    show({
      type: 'cta_url',
      header: { type: 'text', text: '*Menyu* ya _leo_' },
      body: { text: 'Fungua' },
      footer: { text: '- _mwisho_' },
      action: { name: 'cta_url', parameters: { display_text: 'Fungua', url: 'https://briq.tz' } },
    })
    const ctaHeader = region().querySelector('.bi-header') as HTMLElement
    expect(ctaHeader.querySelector('strong, em')).toBeNull()
    expect(ctaHeader).toHaveTextContent('*Menyu* ya _leo_')
    const ctaFooter = region().querySelector('.bi-footer') as HTMLElement
    expect(ctaFooter.querySelector('ul')).toBeNull()
    expect(ctaFooter).toHaveTextContent('- mwisho')
  })

  it('links e-mail addresses and phone numbers in the body, as WhatsApp makes them tappable', () => {
    for (const locale of ['en', 'sw'] as const) {
      const view = show(
        {
          type: 'button',
          body: { text: 'Tuandikie *msaada@briq.tz* au piga +255 712 345 678. Oda TZ-4821, 0712 345 678' },
          action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
        },
        { locale },
      )
      const body = view.container.querySelector('.bi-body') as HTMLElement
      const email = within(body).getByRole('link', { name: 'msaada@briq.tz' })
      expect(email).toHaveAttribute('href', 'mailto:msaada@briq.tz')
      expect(email.closest('strong')).not.toBeNull()
      const phone = within(body).getByRole('link', { name: '+255 712 345 678' })
      expect(phone).toHaveAttribute('href', 'tel:+255712345678')
      // The phone's app or the mail app opens them; no empty tab is left behind.
      for (const link of [email, phone]) expect(link).not.toHaveAttribute('target')
      expect(within(body).getAllByRole('link')).toHaveLength(3)
      expect(body).toHaveTextContent('Tuandikie msaada@briq.tz au piga +255 712 345 678. Oda TZ-4821, 0712 345 678')
      view.unmount()
    }
  })

  // WhatsApp Web's phone finder reads a number written without its country code in the reader's
  // own country (WAWebHelpersFindPhoneNumbers), so a customer in Tanzania can tap 0712 345 678.
  it("links a number written without its country code in the customer's country", () => {
    const value = {
      type: 'button',
      body: { text: 'Piga 0712 345 678 au 712 345 678' },
      footer: { text: 'Simu 0712 345 678' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    }
    const hrefs = (selector: string) =>
      [...region().querySelectorAll(`${selector} a`)].map((a) => `${a.textContent} ${a.getAttribute('href')}`)
    const { unmount } = show(value)
    expect(hrefs('.bi-body')).toEqual(['0712 345 678 tel:+255712345678', '712 345 678 tel:+255712345678'])
    expect(hrefs('.bi-footer')).toEqual(['0712 345 678 tel:+255712345678'])
    unmount()
    const kenya = show(value, { countryCode: '254' })
    expect(hrefs('.bi-body')).toEqual(['0712 345 678 tel:+254712345678', '712 345 678 tel:+254712345678'])
    kenya.unmount()
    // Ten digits in the NANP: 0712 345 678 is no number there.
    show(value, { countryCode: '1' })
    expect(hrefs('.bi-body')).toEqual([])
  })

  it('links a number that opens with a group in parentheses from its `(`', () => {
    show({
      type: 'button',
      body: { text: 'Piga (0712) 345 678 au (+255) 712 345 678' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    })
    const links = [...region().querySelectorAll('.bi-body a')].map((a) => `${a.textContent} ${a.getAttribute('href')}`)
    expect(links).toEqual(['(0712) 345 678 tel:+255712345678', '712 345 678 tel:+255712345678'])
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
    // The glyph over it draws what the video is named: not read a second time (as "Play video").
    expect(media.querySelector('video')).toHaveAccessibleName('Video')
    expect(within(media).queryByRole('img')).toBeNull()
    const video = media.querySelector('video') as HTMLVideoElement
    Object.defineProperty(video, 'duration', { value: 83 })
    fireEvent.loadedMetadata(video)
    expect(media.querySelector('.bi-duration')).toHaveTextContent('1:23')
  })

  it('marks a media header portrait once it loads taller than wide, for that media only', () => {
    const sized = (element: Element, width: number, height: number) => {
      const video = element instanceof HTMLVideoElement
      Object.defineProperty(element, video ? 'videoWidth' : 'naturalWidth', { value: width, configurable: true })
      Object.defineProperty(element, video ? 'videoHeight' : 'naturalHeight', { value: height, configurable: true })
      if (video) fireEvent.loadedMetadata(element)
      else fireEvent.load(element)
    }
    const media = () => region().querySelector('.bi-media') as HTMLElement
    vi.useFakeTimers()
    const { rerender } = show(validFixtures.buttonVideoHeader)
    // Not known before it loads (nor in server HTML): the header's usual frame.
    expect(media()).not.toHaveAttribute('data-orientation')
    sized(media().querySelector('video') as Element, 720, 1280)
    expect(media()).toHaveAttribute('data-orientation', 'portrait')
    // Another link is measured afresh: until it loads it is not taken for portrait.
    const other = {
      ...validFixtures.buttonVideoHeader,
      header: { type: 'video', video: { link: 'https://media.example.co.tz/wide.mp4' } },
    }
    rerender(<InteractivePreview value={other} time={FIXTURE_TIME} />)
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS))
    vi.useRealTimers()
    expect(media()).not.toHaveAttribute('data-orientation')
    sized(media().querySelector('video') as Element, 1280, 720)
    expect(media()).not.toHaveAttribute('data-orientation')
    // A square one is no portrait either; a portrait photo is.
    rerender(<InteractivePreview value={validFixtures.buttonImageHeader} time={FIXTURE_TIME} />)
    sized(media().querySelector('img') as Element, 800, 800)
    expect(media()).not.toHaveAttribute('data-orientation')
    sized(media().querySelector('img') as Element, 450, 800)
    expect(media()).toHaveAttribute('data-orientation', 'portrait')
  })

  it("keeps a carousel card's media square whatever its shape", () => {
    show(validFixtures.carouselCtaUrl)
    const img = region().querySelector('.bi-card .bi-media img') as HTMLImageElement
    Object.defineProperty(img, 'naturalWidth', { value: 450 })
    Object.defineProperty(img, 'naturalHeight', { value: 800 })
    fireEvent.load(img)
    expect(region().querySelector('.bi-card .bi-media')).not.toHaveAttribute('data-orientation')
  })

  it('draws a document header as a file card with name and type', () => {
    show(validFixtures.buttonDocumentHeader)
    const doc = region().querySelector('.bi-header[data-kind="document"]') as HTMLElement
    expect(doc.querySelector('.bi-doc-name')).toHaveTextContent('Ankara-INV-2041.pdf')
    expect(doc.querySelector('.bi-doc-meta')).toHaveTextContent('PDF')
    expect(doc.querySelector('.bi-doc-icon')).toHaveAttribute('data-ext', 'pdf')
    expect(region().querySelector('.bi-body code')).toHaveTextContent('551 204')
  })

  it('draws a media placeholder when a media header has no media yet', () => {
    show({ type: 'button', header: { type: 'image', image: {} }, body: { text: 'x' }, action: {} })
    expect(screen.getByRole('img', { name: 'No media selected' })).toBeInTheDocument()
    expect(region().querySelector('.bi-media')).toHaveAttribute('data-empty')
  })

  it.each(['image', 'video'])(
    'says an uploaded %s (by media id) is not shown here, not that none is chosen',
    (kind) => {
      show({ type: 'button', header: { type: kind, [kind]: { id: '1234567890' } }, body: { text: 'x' }, action: {} })
      expect(screen.getByRole('img', { name: 'Uploaded to WhatsApp by media ID; not shown here' })).toBeInTheDocument()
      expect(screen.queryByRole('img', { name: 'No media selected' })).toBeNull()
      expect(region().querySelector('.bi-media')).not.toHaveAttribute('data-empty')
    },
  )

  it.each(['javascript:alert(1)', 'menu.png', 'ftp://example.com/menu.png'])(
    'says a header link the preview will not load (%s) is no full web address, not that none is chosen',
    (link) => {
      show({ type: 'button', header: { type: 'image', image: { link } }, body: { text: 'x' }, action: {} })
      expect(
        screen.getByRole('img', { name: 'The media shows here once the link is a full web address' }),
      ).toBeInTheDocument()
      expect(screen.queryByRole('img', { name: 'No media selected' })).toBeNull()
    },
  )

  it('says so when a header link does not load here, and tries a new link again', () => {
    const withImage = (link: string) => ({
      type: 'button',
      header: { type: 'image', image: { link } },
      body: { text: 'x' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
    })
    vi.useFakeTimers()
    const { rerender } = show(withImage('https://example.com/missing.png'))
    fireEvent.error(screen.getByRole('img', { name: 'Image' }))
    expect(screen.getByRole('img', { name: 'The media did not load from this link' })).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: 'Image' })).toBeNull()
    rerender(<InteractivePreview value={withImage('https://example.com/menu.png')} time={FIXTURE_TIME} />)
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS))
    vi.useRealTimers()
    expect(screen.getByRole('img', { name: 'Image' })).toHaveAttribute('src', 'https://example.com/menu.png')
    expect(screen.queryByRole('img', { name: 'The media did not load from this link' })).toBeNull()
  })

  it('says so in Swahili when a video link does not load', () => {
    show(
      { type: 'button', header: { type: 'video', video: { link: 'https://example.com/a.mp4' } }, body: { text: 'x' } },
      { locale: 'sw' },
    )
    const video = document.querySelector('.bi-preview video') as HTMLVideoElement
    fireEvent.error(video)
    expect(screen.getByRole('img', { name: 'Picha au video haikupakiwa kutoka kiungo hiki' })).toBeInTheDocument()
    expect(document.querySelector('.bi-preview video')).toBeNull()
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
    expect(region().querySelector('.bi-product[data-kind="product_list"]')).toHaveTextContent(
      'Vyakula vya wiki hii4 items',
    )
    expect(region().querySelector('.bi-header')).toBeNull()
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
