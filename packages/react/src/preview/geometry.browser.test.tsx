import { describe, expect, it, vi } from 'vitest'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'
import { SAMPLE_PORTRAIT_IMAGE_URL, SAMPLE_PORTRAIT_VIDEO_URL, SAMPLE_TALL_IMAGE_URL } from './testing/local-media.ts'

const box = (root: HTMLElement, selector: string): DOMRect => {
  const element = root.querySelector(selector)
  if (!(element instanceof HTMLElement)) throw new Error(`no ${selector}`)
  return element.getBoundingClientRect()
}
const ratio = (rect: DOMRect) => rect.width / rect.height

// Media headers as WhatsApp lays them out: Meta recommends 800 × 418 (1.91:1) images for
// message headers and 800 × 800 for carousel cards; a video shows at its 16:9 frame.
describe('media header proportions (Chromium)', () => {
  it('shows an image header at 1.91:1, inset 3 px from the bubble', () => {
    const { root } = renderPreview(validFixtures.buttonImageHeader)
    const media = box(root, '.bi-media')
    const bubble = box(root, '.bi-bubble')
    expect(ratio(media)).toBeCloseTo(1.91, 1)
    expect(media.left - bubble.left).toBeCloseTo(3, 0)
    expect(bubble.right - media.right).toBeCloseTo(3, 0)
    expect(media.top - bubble.top).toBeCloseTo(3, 0)
  })

  it('shows a video header at 16:9, as a video is filmed', () => {
    const { root } = renderPreview(validFixtures.buttonVideoHeader)
    expect(ratio(box(root, '.bi-media'))).toBeCloseTo(16 / 9, 1)
  })

  // WhatsApp Web draws portrait media in a 246 px bubble (its --width-media-portrait-bubble)
  // rather than the media bubble's full width; Meta's portrait video is 9:16.
  it.each([
    ['video', { type: 'video', video: { link: SAMPLE_PORTRAIT_VIDEO_URL } }, 9 / 16],
    ['image', { type: 'image', image: { link: SAMPLE_PORTRAIT_IMAGE_URL } }, 450 / 800],
  ])('stands a portrait %s header in a 246 px bubble, at its own proportions', async (_, header, shape) => {
    const { root } = renderPreview({ ...validFixtures.buttonVideoHeader, header })
    const media = root.querySelector('.bi-media') as HTMLElement
    await expect.poll(() => media.dataset.orientation).toBe('portrait')
    const bubble = box(root, '.bi-bubble')
    expect(bubble.width).toBe(246)
    const frame = media.getBoundingClientRect()
    expect(frame.width).toBe(240)
    expect(ratio(frame)).toBeCloseTo(shape, 2)
    expect(frame.left - bubble.left).toBeCloseTo(3, 0)
    // The picture fills the frame.
    const element = box(root, '.bi-media-el')
    expect([element.width, element.height]).toEqual([frame.width, frame.height])
  })

  it('crops a picture taller than 9:16 to 9:16, the picture covering the frame', async () => {
    const header = { type: 'image', image: { link: SAMPLE_TALL_IMAGE_URL } }
    const { root } = renderPreview({ ...validFixtures.buttonImageHeader, header })
    const media = root.querySelector('.bi-media') as HTMLElement
    await expect.poll(() => media.dataset.orientation).toBe('portrait')
    expect(ratio(media.getBoundingClientRect())).toBeCloseTo(9 / 16, 2)
    expect(style(root, '.bi-media-el').objectFit).toBe('cover')
  })

  it('keeps a landscape video at 16:9 in the full media bubble', async () => {
    const { root } = renderPreview(validFixtures.buttonVideoHeader)
    const video = root.querySelector('video') as HTMLVideoElement
    await expect.poll(() => video.readyState).toBeGreaterThanOrEqual(1)
    expect(root.querySelector('.bi-media')?.hasAttribute('data-orientation')).toBe(false)
    expect(box(root, '.bi-bubble').width).toBeGreaterThan(246)
  })

  it('tops a product card with its picture as a media card is topped: square, inset 3 px', () => {
    const { root } = renderPreview(validFixtures.carouselProducts)
    const card = box(root, '.bi-card')
    const picture = box(root, '.bi-card .bi-product-thumb')
    expect(ratio(picture)).toBeCloseTo(1, 2)
    expect([picture.left - card.left, card.right - picture.right, picture.top - card.top]).toEqual([3, 3, 3])
  })

  it.each([
    ['image', validFixtures.carouselCtaUrl],
    ['video', validFixtures.carouselQuickReply],
  ])('keeps carousel card media square (%s cards)', (_, value) => {
    const { root } = renderPreview(value)
    for (const media of root.querySelectorAll('.bi-card .bi-media')) {
      expect(ratio(media.getBoundingClientRect())).toBeCloseTo(1, 2)
    }
  })
})

const style = (root: HTMLElement, selector: string) => {
  const element = root.querySelector(selector)
  if (!(element instanceof Element)) throw new Error(`no ${selector}`)
  return getComputedStyle(element)
}

// The measurements of WhatsApp's own web client (its CSS variables: bubble radius 7.5 px, text
// padding 6/7/8/9 px, media inset 3 px, thumb radius 6 px) and of the phone apps, as defaults.
describe('bubble, text and buttons at WhatsApp measurements (Chromium)', () => {
  it('draws the bubble, its text, footer, time and button rows at their sizes', () => {
    const { root } = renderPreview(validFixtures.buttonTextHeader)
    const bubble = style(root, '.bi-bubble')
    expect([bubble.borderTopRightRadius, bubble.borderBottomLeftRadius, bubble.borderTopLeftRadius]).toEqual([
      '7.5px',
      '7.5px',
      '0px', // the tail's corner
    ])
    expect(style(root, '.bi-text').padding).toBe('6px 7px 8px 9px')
    expect(style(root, '.bi-body').fontSize).toBe('14.2px')
    expect(style(root, '.bi-body').lineHeight).toBe('19px')
    expect([style(root, '.bi-header').fontSize, style(root, '.bi-header').fontWeight]).toEqual(['15px', '600'])
    expect([style(root, '.bi-footer').fontSize, style(root, '.bi-footer').color]).toEqual([
      '13px',
      'rgba(0, 0, 0, 0.6)',
    ])
    expect([style(root, '.bi-meta').fontSize, style(root, '.bi-meta').lineHeight]).toEqual(['11px', '15px'])
    const tail = getComputedStyle(root.querySelector('.bi-bubble') as Element, '::after')
    expect([tail.width, tail.height]).toEqual(['8px', '13px'])
    for (const row of root.querySelectorAll('.bi-bubble .bi-action')) {
      expect(row.getBoundingClientRect().height).toBe(44)
      expect(getComputedStyle(row).fontSize).toBe('14.5px')
    }
  })

  it('lays out carousel cards 260 px wide, 8 px apart', () => {
    const { root } = renderPreview(validFixtures.carouselCtaUrl)
    const [first, second] = [...root.querySelectorAll('.bi-card')].map((card) => card.getBoundingClientRect())
    expect(first?.width).toBe(260)
    expect((second?.left ?? 0) - (first?.right ?? 0)).toBe(8)
  })
})

describe("the customer's ticks (Chromium)", () => {
  it('draws a single tick 12 × 11 px and a double tick 16 × 11 px', async () => {
    vi.useFakeTimers()
    try {
      const { root } = renderPreview(validFixtures.buttonTextHeader)
      ;(root.querySelector('.bi-bubble .bi-action') as HTMLElement).click()
      const ticks = () => root.querySelector('.bi-ticks') as SVGElement
      await vi.waitFor(() => expect(ticks()).not.toBeNull())
      expect(ticks().getAttribute('data-state')).toBe('sent')
      expect([ticks().getBoundingClientRect().width, ticks().getBoundingClientRect().height]).toEqual([12, 11])
      vi.advanceTimersByTime(600)
      await vi.waitFor(() => expect(ticks().getAttribute('data-state')).toBe('delivered'))
      expect([ticks().getBoundingClientRect().width, ticks().getBoundingClientRect().height]).toEqual([16, 11])
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('the list sheet at WhatsApp measurements (Chromium)', () => {
  it('has 16 px top corners, 52 px rows with a 20 px radio, and a 48 px round Send', async () => {
    renderPreview(validFixtures.list)
    ;(document.querySelector('.bi-bubble .bi-action') as HTMLElement).click()
    await vi.waitFor(() => expect(document.querySelector('.bi-sheet')).not.toBeNull())
    const sheet = document.querySelector('.bi-sheet') as HTMLElement
    expect(getComputedStyle(sheet).borderTopLeftRadius).toBe('16px')
    expect(getComputedStyle(sheet).borderBottomLeftRadius).toBe('0px')
    for (const row of sheet.querySelectorAll('.bi-sheet-row')) {
      // A row laid out at a fractional offset can measure 51.99997: a hundredth of a pixel is
      // rounding, not a shorter row.
      expect(row.getBoundingClientRect().height).toBeGreaterThanOrEqual(51.99)
      const radio = (row.querySelector('.bi-radio') as HTMLElement).getBoundingClientRect()
      expect([radio.width, radio.height]).toEqual([20, 20])
    }
    const send = (sheet.querySelector('.bi-sheet-send') as HTMLElement).getBoundingClientRect()
    expect([send.width, send.height]).toEqual([48, 48])
  })
})

// The reply's live region is the preview's next sibling (not inside it, so a modal elsewhere can
// hide the preview): in a host's flex row or grid it must take no place, no gap and no cell.
describe('the preview in a host’s layout (Chromium)', () => {
  it.each([
    ['a flex row', { display: 'flex', gap: '10px' }],
    ['a grid', { display: 'grid', gridTemplateColumns: 'repeat(3, max-content)', gap: '10px' }],
  ] as const)('takes one place in %s: the next item follows it one gap on', (_, layout) => {
    const { container } = renderPreview(validFixtures.buttonTextHeader)
    const host = container.querySelector('[data-testid="host"]') as HTMLElement
    Object.assign(host.style, { width: '1400px', padding: '0' }, layout)
    const next = host.appendChild(document.createElement('div'))
    next.style.cssText = 'width: 50px; height: 50px'
    const section = host.querySelector('section.bi-preview') as HTMLElement
    expect(section.nextElementSibling).toHaveAttribute('aria-live', 'polite')
    expect(Math.round(next.getBoundingClientRect().left - section.getBoundingClientRect().right)).toBe(10)
    expect(next.getBoundingClientRect().top).toBe(section.getBoundingClientRect().top)
  })
})

// WhatsApp's doodle wallpaper repeats every 340–400 px or so; the kit's own drawing keeps its
// doodles' size (a 1.6 px line) on a 360 px tile.
describe('the wallpaper (Chromium)', () => {
  it('repeats a 360 px tile drawn at its own size', async () => {
    const { root } = renderPreview(validFixtures.buttonTextHeader)
    const doodles = getComputedStyle(root.querySelector('.bi-frame') as Element, '::before')
    expect(doodles.maskSize).toBe('360px 360px')
    const svg = decodeURIComponent(/url\("data:image\/svg\+xml,(.*)"\)/.exec(doodles.maskImage)?.[1] ?? '')
    const drawing = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement
    expect([drawing.getAttribute('width'), drawing.getAttribute('height')]).toEqual(['360', '360'])
    expect(drawing.getAttribute('stroke-width')).toBe('1.6')
  })
})
