import { FIXTURE_CATALOGUE } from '@briq-interactive/mock'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'
import { SAMPLE_IMAGE_URL, withLocalMedia } from './testing/local-media.ts'
import { expectBubbleRendered } from './testing/story-checks.ts'

/** The mock's fixture shop, its pictures swapped for the local sample photo. */
const catalogue = withLocalMedia(FIXTURE_CATALOGUE)

/**
 * Product messages with the shop's catalogue (the mock's `FIXTURE_CATALOGUE`): names, prices
 * and pictures instead of `product_retailer_id`s, as the customer sees them. The last story
 * shows the same message without a catalogue.
 */
const meta = {
  title: 'Preview/Products',
  component: InteractivePreview,
  args: { value: validFixtures.product, theme: 'light', time: FIXTURE_TIME, catalogue },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region.querySelector('.bi-product img')).toHaveAttribute('src', SAMPLE_IMAGE_URL)
  },
} satisfies Meta<typeof InteractivePreview>

export default meta
type Story = StoryObj<typeof meta>

/** One product: picture, name and price. */
export const Product: Story = {
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region).toHaveTextContent('Tecno Spark 20 (128 GB)')
    await expect(region.textContent?.replace(/\u00a0/g, ' ')).toContain('TZS 385,000')
  },
}

/** A product list: the first products named, the count, the first picture. */
export const ProductList: Story = { args: { value: validFixtures.productList } }

/** A product carousel: one card per product, each with its picture, name and price. */
export const CarouselProducts: Story = {
  args: { value: validFixtures.carouselProducts },
  play: async ({ canvasElement }) => {
    await expectBubbleRendered(canvasElement)
    const card = within(canvasElement).getByRole('article', { name: 'Card 3 of 3' })
    await expect(card).toHaveTextContent('Samsung Galaxy A15')
    await expect(card.querySelector('img')).toHaveAttribute('src', SAMPLE_IMAGE_URL)
  },
}

/** The catalog message with its thumbnail product's picture. */
export const Catalog: Story = { args: { value: validFixtures.catalog } }

/** In Swahili, dark: prices written the Swahili way (TSh). */
export const SwahiliDark: Story = {
  args: { value: validFixtures.carouselProducts, locale: 'sw', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement, 'Onyesho la ujumbe wa WhatsApp')
    await expect(region.textContent?.replace(/\u00a0/g, ' ')).toContain('TSh 455,000')
  },
}

/** Without a catalogue the preview can only show the ids. */
export const WithoutCatalogue: Story = {
  args: { catalogue: undefined },
  play: async ({ canvasElement }) => {
    const region = await expectBubbleRendered(canvasElement)
    await expect(region).toHaveTextContent('tecno-spark-20')
    await expect(region.querySelector('.bi-product img')).toBeNull()
  },
}
