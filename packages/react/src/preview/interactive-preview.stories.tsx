import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { edgeFixtures, FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'
import { SAMPLE_PORTRAIT_VIDEO_URL, withLocalMedia } from './testing/local-media.ts'
import { expectBubbleRendered } from './testing/story-checks.ts'

// The preview's states: themes and palettes, compact, Swahili, and playing the customer
// (list sheet, row sent, reply button tapped). Every type has its own story under Preview/Types.
// (A line comment, not a doc comment: the Docs page shows the component's own doc comment.)
const meta = {
  title: 'Preview/InteractivePreview',
  component: InteractivePreview,
  // A Docs page: the component's doc comment, its props table and every story below.
  tags: ['autodocs'],
  args: {
    value: withLocalMedia(validFixtures.buttonImageHeader),
    theme: 'light',
    palette: 'current',
    locale: 'en',
    compact: false,
    time: FIXTURE_TIME,
    businessName: 'Mama Neema',
    showIssues: true,
    onReply: fn(),
  },
  argTypes: {
    value: { control: 'object' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    palette: { control: 'inline-radio', options: ['current', 'classic'] },
    locale: { control: 'inline-radio', options: ['en', 'sw', 'en-US'] },
  },
  play: async ({ canvasElement }) => {
    await expectBubbleRendered(canvasElement)
  },
} satisfies Meta<typeof InteractivePreview>

export default meta
type Story = StoryObj<typeof meta>

const dark = { globals: { backgrounds: { value: 'dark' } } }

/** The theme and palette the preview was given, and the scheme its colours were drawn in. */
const expectLook =
  (theme: 'light' | 'dark', palette: 'current' | 'classic'): Story['play'] =>
  async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region).toHaveAttribute('data-palette', palette)
    await expect(getComputedStyle(region).colorScheme).toBe(theme)
    await expectBubbleIn(region, theme)
  }

/** The bubble's own colour: dark grey in dark, white in light (WhatsApp's both palettes). */
async function expectBubbleIn(region: HTMLElement, theme: 'light' | 'dark') {
  const bubble = region.querySelector('.bi-bubble[data-direction="in"]') as HTMLElement
  const [r = 0, g = 0, b = 0] = (getComputedStyle(bubble).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(Number)
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
  await expect(theme === 'dark' ? luminance < 0.3 : luminance > 0.9).toBe(true)
}

export const Light: Story = { play: expectLook('light', 'current') }
export const Dark: Story = { ...dark, args: { theme: 'dark' }, play: expectLook('dark', 'current') }
/** Follows the OS through `prefers-color-scheme` (switch it in the browser's rendering tools). */
export const System: Story = {
  args: { theme: 'system' },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region).toHaveAttribute('data-bi-theme', 'system')
    await expect(getComputedStyle(region).colorScheme).toBe('light dark')
    await expectBubbleIn(region, matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')
  },
}
export const ClassicLight: Story = { args: { palette: 'classic' }, play: expectLook('light', 'classic') }
export const ClassicDark: Story = {
  ...dark,
  args: { palette: 'classic', theme: 'dark' },
  play: expectLook('dark', 'classic'),
}
/** A narrower phone for a side panel: the frame fits the 300 px column. */
export const Compact: Story = {
  args: { compact: true, value: withLocalMedia(validFixtures.carouselQuickReply) },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region).toHaveAttribute('data-compact')
    await expect(region.getBoundingClientRect().width).toBeLessThanOrEqual(300)
  },
  parameters: { layout: 'padded' },
  decorators: [
    (Story) => (
      <div style={{ width: 300 }}>
        <Story />
      </div>
    ),
  ],
}
export const CompactDark: Story = { ...Compact, ...dark, args: { ...Compact.args, theme: 'dark' } }

/** WhatsApp's own labels in Swahili: "Tuma mahali" (Send location) and the sheet's "Tuma". */
export const Swahili: Story = {
  args: { locale: 'sw', value: validFixtures.locationRequest },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement, 'Onyesho la ujumbe wa WhatsApp')
    await expect(within(region).getByRole('button', { name: 'Tuma mahali' })).toBeVisible()
  },
}
/** `showIssues={false}`: an over-long title shows as WhatsApp would get it, unmarked. */
export const IssuesHidden: Story = {
  args: { value: edgeFixtures.overLongTitles, showIssues: false },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region).not.toHaveAttribute('data-invalid')
    await expect(region.querySelector('mark[data-overflow]')).toBeNull()
  },
}

/** Opens the list's bottom sheet and chooses a row; Send becomes enabled. */
export const ListSheetOpen: Story = {
  args: { value: validFixtures.list },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Chagua njia' }))
    const sheet = await canvas.findByRole('dialog', { name: 'Chagua njia' })
    const send = within(sheet).getByRole('button', { name: 'Send' })
    await expect(send).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(within(sheet).getByRole('radio', { name: /Morocco – Kivukoni/ }))
    await expect(within(sheet).getByRole('radio', { name: /Morocco – Kivukoni/ })).toBeChecked()
    await expect(send).not.toHaveAttribute('aria-disabled')
  },
}
export const ListSheetOpenDark: Story = { ...ListSheetOpen, ...dark, args: { ...ListSheetOpen.args, theme: 'dark' } }

/** Chooses a row and sends it: onReply gets Meta's list_reply and the customer's bubble appears. */
export const ListRowSent: Story = {
  args: { value: validFixtures.list },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Chagua njia' }))
    const sheet = await canvas.findByRole('dialog', { name: 'Chagua njia' })
    await userEvent.click(within(sheet).getByRole('radio', { name: /Kimara – Gerezani/ }))
    await userEvent.click(within(sheet).getByRole('button', { name: 'Send' }))
    await expect(args.onReply).toHaveBeenCalledWith({
      type: 'list_reply',
      list_reply: { id: 'kimara_gerezani', title: 'Kimara – Gerezani', description: 'Kila dakika 8' },
    })
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull())
    const reply = canvasElement.querySelector('.bi-bubble[data-direction="out"][data-reply="list_reply"]')
    await expect(reply).toBeVisible()
    await expect(reply).toHaveTextContent(/Kimara – Gerezani/)
  },
}

/** Taps a reply button: onReply gets Meta's button_reply and the reply bubble quotes the message. */
export const ReplyButtonTapped: Story = {
  args: { value: validFixtures.buttonTextHeader },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Kesho asubuhi' }))
    await expect(args.onReply).toHaveBeenCalledWith({
      type: 'button_reply',
      button_reply: { id: 'deliver_tomorrow', title: 'Kesho asubuhi' },
    })
    const reply = canvasElement.querySelector('.bi-bubble[data-direction="out"][data-reply="button_reply"]')
    await expect(reply).toBeVisible()
    await expect(reply?.querySelector('.bi-quote')).toHaveTextContent(/Mama Neema/)
    await expect(reply).toHaveTextContent(/Kesho asubuhi/)
  },
}
export const ReplyButtonTappedDark: Story = {
  ...ReplyButtonTapped,
  ...dark,
  args: { ...ReplyButtonTapped.args, theme: 'dark' },
}

/**
 * The time on a 12-hour clock, as a phone set to `en-US` shows it (`-u-hc-h12` on any tag chooses
 * it): `12:59 PM`, kept clear of the last words of the message and of the customer's reply.
 */
export const TwelveHourClock: Story = {
  args: { value: validFixtures.buttonTextHeader, locale: 'en-US', time: '2026-11-24T12:59:00' },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region).toHaveAttribute('data-hour-cycle', 'h12')
    await userEvent.click(within(region).getByRole('button', { name: 'Kesho asubuhi' }))
    const bubbles = region.querySelectorAll('.bi-bubble:has(.bi-meta-spacer)')
    await expect(bubbles).toHaveLength(2)
    for (const bubble of bubbles) {
      const meta = bubble.querySelector('.bi-meta') as HTMLElement
      await expect(meta.querySelector('time')?.textContent).toBe('12:59\u00a0PM')
      const spacer = (bubble.querySelector('.bi-meta-spacer') as HTMLElement).getBoundingClientRect()
      const room = meta.getBoundingClientRect().width + Number.parseFloat(getComputedStyle(meta).right)
      await expect(spacer.width).toBeGreaterThanOrEqual(room)
    }
  },
}

/** A carousel card's quick reply answers like a reply button. */
export const CarouselQuickReplyTapped: Story = {
  args: { value: withLocalMedia(validFixtures.carouselQuickReply) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Choose Pro' }))
    await expect(args.onReply).toHaveBeenCalledWith({
      type: 'button_reply',
      button_reply: { id: 'pro_buy', title: 'Choose Pro' },
    })
  },
}

/** With a mouse over a carousel, WhatsApp Web's arrows move it a card at a time. */
export const CarouselArrowsOnHover: Story = {
  args: { value: withLocalMedia(validFixtures.carouselCtaUrl) },
  play: async ({ canvasElement }) => {
    // Shown by CSS on a real pointer's hover (which a simulated one does not give); there where
    // more cards lie: past the end, not before the start.
    await expect(canvasElement.querySelector('.bi-carousel-arrow[data-direction="previous"]')).toBeNull()
    const next = canvasElement.querySelector('.bi-carousel-arrow[data-direction="next"]') as HTMLElement
    await expect(next).toHaveAttribute('aria-hidden', 'true')
    await userEvent.click(next)
    await waitFor(() =>
      expect(canvasElement.querySelector('.bi-carousel-arrow[data-direction="previous"]')).toBeInTheDocument(),
    )
  },
}

/** A phone's 9:16 video as the header: once its size is read, WhatsApp's narrower portrait bubble. */
export const PortraitVideoHeader: Story = {
  args: {
    value: {
      ...validFixtures.buttonVideoHeader,
      header: { type: 'video', video: { link: SAMPLE_PORTRAIT_VIDEO_URL } },
    },
  },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    const media = region.querySelector('.bi-media') as HTMLElement
    await waitFor(() => expect(media).toHaveAttribute('data-orientation', 'portrait'))
    await expect((region.querySelector('.bi-bubble') as HTMLElement).getBoundingClientRect().width).toBe(246)
  },
}
