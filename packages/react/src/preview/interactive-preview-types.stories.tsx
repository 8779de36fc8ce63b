import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { FIXTURE_TIME, type ValidFixtureName, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'
import { withLocalMedia } from './testing/local-media.ts'
import { expectBubbleRendered, expectVideosLoaded } from './testing/story-checks.ts'

/** One story per interactive type and header kind, light theme (the dark twins are in the next file). */
const meta = {
  title: 'Preview/Types (light)',
  component: InteractivePreview,
  args: {
    value: withLocalMedia(validFixtures.buttonTextHeader),
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

const story = (name: ValidFixtureName, play?: Story['play']): Story => ({
  args: { value: withLocalMedia(validFixtures[name]) },
  ...(play ? { play } : {}),
})
const videoStory = (name: ValidFixtureName) => story(name, ({ canvasElement }) => expectVideosLoaded(canvasElement))

export const ButtonTextHeader = story('buttonTextHeader')
export const ButtonImageHeader = story('buttonImageHeader')
export const ButtonVideoHeader = videoStory('buttonVideoHeader')
export const ButtonDocumentHeader = story('buttonDocumentHeader')
export const List = story('list')
export const ListSingleSection = story('listSingleSection')
export const CtaUrl = story('ctaUrl')
export const LocationRequest = story('locationRequest')
export const Flow = story('flow')
export const Product = story('product')
export const ProductList = story('productList')
export const Catalog = story('catalog')
export const CarouselCtaUrl = story('carouselCtaUrl')
export const CarouselQuickReply = videoStory('carouselQuickReply')
export const CarouselProducts = story('carouselProducts')
export const VoiceCall = story('voiceCall')
export const VoiceCallDefault = story('voiceCallDefault')
export const CallPermissionRequest = story('callPermissionRequest')
export const Address = story('address')
