import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { type EdgeFixtureName, edgeFixtures, FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'
import { withLocalMedia } from './testing/local-media.ts'
import { expectBubbleRendered } from './testing/story-checks.ts'

/** Incomplete, invalid and hard-to-render drafts: each renders without crashing, issues marked. */
const meta = {
  title: 'Preview/Edge cases',
  component: InteractivePreview,
  args: {
    value: edgeFixtures.missingBody,
    theme: 'light',
    time: FIXTURE_TIME,
    businessName: 'Mama Neema',
    onReply: fn(),
  },
  play: async ({ canvasElement }) => {
    await expectBubbleRendered(canvasElement)
  },
} satisfies Meta<typeof InteractivePreview>

export default meta
type Story = StoryObj<typeof meta>

const story = (name: EdgeFixtureName, extra: Partial<Story> = {}): Story => ({
  ...extra,
  args: { value: withLocalMedia(edgeFixtures[name]), ...extra.args },
})

export const MissingBody = story('missingBody', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('.bi-body[data-empty]')).toHaveTextContent('Message text appears here')
  },
})
/** A text header chosen but not written yet: a placeholder in its place, as the body has. */
export const UnwrittenHeader = story('unwrittenHeader', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('.bi-header[data-empty]')).toHaveTextContent('Header text appears here')
    await expect(region.querySelector('.bi-header')).toHaveAttribute('data-invalid')
  },
})
/** A header and a footer the type does not take (a location request's): each carries the error bar. */
export const NotAllowedParts = story('notAllowedParts', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('.bi-header')).toHaveAttribute('data-invalid')
    await expect(region.querySelector('.bi-footer')).toHaveAttribute('data-invalid')
    await expect(region.querySelector('.bi-body')).not.toHaveAttribute('data-invalid')
  },
})
/** A header of no kind WhatsApp knows and an empty footer, as a JSON tab may hold: each says so, barred. */
export const UnreadableParts = story('unreadableParts', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('.bi-header')).toHaveTextContent('WhatsApp cannot read this header')
    await expect(region.querySelector('.bi-header')).toHaveAttribute('data-invalid')
    await expect(region.querySelector('.bi-footer')).toHaveTextContent('This footer has no text')
    await expect(region.querySelector('.bi-footer')).toHaveAttribute('data-invalid')
    await expect(region.querySelector('.bi-body')).not.toHaveAttribute('data-invalid')
  },
})
/** Reply buttons with none: a barred row says so where they go, with nothing to press. */
export const NoButtons = story('noButtons', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('.bi-action[data-empty]')).toHaveTextContent('No reply buttons')
    await expect(region.querySelector('.bi-action[data-empty]')).toHaveAttribute('data-invalid')
    await expect(within(region).queryByRole('button')).toBeNull()
  },
})
/** A carousel with no card: one card's room says so, barred. */
export const NoCards = story('noCards', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    const group = within(region).getByRole('group', { name: 'Cards' })
    await expect(group.querySelector('.bi-card[data-kind="none"]')).toHaveTextContent('No cards')
    await expect(group.querySelector('.bi-card')).toHaveAttribute('data-invalid')
  },
})
/** A list's second section without a title or rows: its sheet says both where they go, barred. */
export const ListMissingParts = story('listMissingParts', {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expectBubbleRendered(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Wilaya' }))
    const dialog = await canvas.findByRole('dialog', { name: 'Wilaya' })
    const untitled = within(dialog).getByRole('group', { name: 'Section with no title yet' })
    await expect(untitled.querySelector('.bi-sheet-empty')).toHaveTextContent('No rows')
    await expect(untitled.querySelector('.bi-sheet-empty')).toHaveAttribute('data-invalid')
  },
})
/** A carousel card of no known type: drawn as far as it reads, barred at its edge; the other is not. */
export const CarouselMalformedCard = story('carouselMalformedCard', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    const cards = [...region.querySelectorAll('.bi-card')]
    await expect(cards.map((card) => card.hasAttribute('data-invalid'))).toEqual([false, true])
    await expect(getComputedStyle(cards[1] as Element).boxShadow).toMatch(/inset/)
    await expect(getComputedStyle(cards[0] as Element).boxShadow).not.toMatch(/inset/)
  },
})
/** A card's body written that cannot be read shows the body's placeholder, barred; one of digits is barred too. */
export const CarouselUnreadableCardBody = story('carouselUnreadableCardBody', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    const cards = within(region).getAllByRole('article')
    const placeholder = cards[0]?.querySelector('.bi-card-body .bi-body[data-unreadable]') as Element
    await expect(placeholder).toHaveTextContent('Message text appears here')
    await expect(getComputedStyle(placeholder, '::before').width).toBe('3px')
    await expect(cards[1]?.querySelector('.bi-card-body')).toHaveAttribute('data-invalid')
    await expect(cards[2]?.querySelector('.bi-card-body')).not.toHaveAttribute('data-invalid')
  },
})
/** A title past its 20 characters is marked from the exact point it passes the limit, and so described. */
export const OverLongTitles = story('overLongTitles', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region).toHaveAttribute('data-invalid')
    await expect(region.querySelector('.bi-action mark[data-overflow]')).toHaveAttribute('data-limit', '20')
    // Named by the title as shown, whole (speech input says it); what passes the limit is described.
    const button = within(region).getByRole('button', { name: 'Usafirishaji wa haraka sana' })
    await expect(button).toHaveAccessibleDescription('Text past the 20-character limit: ka sana')
  },
})
/** Titles of only spaces or zero-width characters (pasted along) show nothing: named as untitled. */
export const BlankTitles: Story = {
  args: {
    value: {
      type: 'button',
      body: { text: 'Chagua' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'a', title: '\u200b' } },
          { type: 'reply', reply: { id: 'b', title: '\u00a0 ' } },
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(within(region).getAllByRole('button', { name: 'Button with no text yet' })).toHaveLength(2)
  },
}
/** Eleven rows (WhatsApp allows ten): the sheet marks the eleventh. */
export const ElevenRows = story('elevenRows', {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const region = await expectBubbleRendered(canvasElement)
    await expect(region).toHaveAttribute('data-invalid')
    await userEvent.click(canvas.getByRole('button', { name: 'Wilaya' }))
    const rows = [...(await canvas.findByRole('dialog', { name: 'Wilaya' })).querySelectorAll('.bi-sheet-row')]
    await expect(rows.map((row) => row.hasAttribute('data-overflow'))).toEqual([...Array(10).fill(false), true])
  },
})
/** Emoji everywhere text goes: drawn whole (a family stays one glyph), in the header and the rows. */
export const EmojiHeavy = story('emojiHeavy', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('.bi-header')).toHaveTextContent('🎉🎊🥳 Hongera! 🇹🇿')
    await expect(region.querySelector('.bi-body')).toHaveTextContent('zawadi ya 👨‍👩‍👧‍👦 familia nzima!')
    await expect(within(region).getByRole('button', { name: '⏰ Baadaye 👍🏽' })).toBeVisible()
  },
})
export const RightToLeft = story('rtl', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    const body = region.querySelector('.bi-body') as HTMLElement
    await expect(getComputedStyle(body).direction).toBe('rtl')
  },
})
export const LongWords = story('longWords', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    const bubble = region.querySelector('.bi-bubble') as HTMLElement
    await expect(bubble.scrollWidth).toBeLessThanOrEqual(bubble.clientWidth)
  },
})
/** WhatsApp's markers drawn as it draws them: bold, italic, strikethrough, code, quote, lists. */
export const FormattingRich = story('formattingRich', {
  play: async ({ canvasElement }) => {
    const body = (await expectBubbleRendered(canvasElement)).querySelector('.bi-body') as HTMLElement
    for (const selector of [
      'strong',
      'em',
      's',
      'code.bi-code',
      'code.bi-mono',
      'blockquote',
      'strong em, em strong',
    ]) {
      await expect(body.querySelector(selector), selector).not.toBeNull()
    }
    await expect(body.textContent).not.toMatch(/\*Bold\*|_italic_|~strike~/)
    // A marker that closes a style ends the link before it: the style holds, the address is whole.
    await expect(body.querySelector('strong > a.bi-link[href="https://briq.tz/ofa"]')).toHaveTextContent(
      /^https:\/\/briq\.tz\/ofa$/,
    )
  },
})
/** A long body as WhatsApp first shows it: 768 characters, "…" and Read more, which shows the rest. */
export const LongBody = story('longBody', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    const body = region.querySelector('.bi-body') as HTMLElement
    await expect(body).not.toHaveTextContent('Asante sana kwa kununua!')
    await userEvent.click(within(region).getByRole('button', { name: 'Read more' }))
    await expect(body).toHaveTextContent('Asante sana kwa kununua!')
  },
})
export const Injection = story('injection', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('script, b, i, img[src="x"]')).toBeNull()
    await expect(region).toHaveTextContent('<script>alert("body")</script>')
  },
})
export const JavascriptUrl = story('javascriptUrl', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('a[href^="javascript"]')).toBeNull()
  },
})
/** A carousel still being built (one card, no body, no media, no buttons): drawn, and marked invalid. */
export const CarouselIncomplete = story('carouselIncomplete', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region).toHaveAttribute('data-invalid')
    await expect(region.querySelector('.bi-body[data-empty]')).toHaveTextContent('Message text appears here')
    const cards = within(region).getAllByRole('article')
    await expect(cards).toHaveLength(1)
    await expect(cards[0]).toHaveAttribute('data-invalid')
    // One card of the 2 WhatsApp needs: where the second goes says so, barred. Its card has no
    // button, so the row is the one tab stop, and it brings the note (past its edge) into view.
    const note = region.querySelector('.bi-card[data-kind="none"]') as HTMLElement
    await expect(note).toHaveTextContent('WhatsApp needs at least 2 cards')
    await expect(note).not.toHaveAttribute('tabindex')
    await expect(region.querySelector('.bi-carousel')).toHaveAttribute('tabindex', '0')
  },
})
/** A type the kit does not send: said so in the bubble, barred, with the text it has. */
export const UnknownType = story('unknownType', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    const note = region.querySelector('.bi-unknown') as Element
    await expect(note).toHaveTextContent('This message type cannot be sent here')
    await expect(note).toHaveAttribute('data-invalid')
    await expect(getComputedStyle(note, '::before').width).toBe('3px')
    await expect(region.querySelector('.bi-body')).toHaveTextContent('Kura: chai au kahawa?')
    await expect(region).toHaveAttribute('data-invalid')
  },
})
/** No message yet (`value` undefined, a host still loading): the empty bubble, nothing barred. */
export const NoMessage: Story = {
  args: { value: undefined },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('.bi-body[data-empty]')).toHaveTextContent('Message text appears here')
    await expect(region.querySelector('.bi-unknown')).toBeNull()
    await expect(region.querySelector('[data-invalid]')).toBeNull()
    await expect(region).not.toHaveAttribute('data-invalid')
  },
}
/** An empty object: an empty bubble with the body's placeholder, marked invalid, no crash. */
export const Empty = story('empty', {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('.bi-body[data-empty]')).toHaveTextContent('Message text appears here')
    await expect(region).toHaveAttribute('data-invalid')
  },
})
