import type { InteractiveType } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'
import { InteractiveBuilder } from './interactive-builder.tsx'

/**
 * One story per interactive type: the builder opened on the shared example of that type. Each
 * play checks the type picker shows it and core finds no error in it.
 */
const meta = {
  title: 'Builder/Types',
  component: InteractiveBuilder,
  args: { theme: 'light', locale: 'en', onValueChange: fn() },
  parameters: { layout: 'padded' },
  decorators: [(Story) => <div style={{ maxWidth: 560 }}>{Story()}</div>],
} satisfies Meta<typeof InteractiveBuilder>

export default meta
type Story = StoryObj<typeof meta>

const story = (type: InteractiveType): Story => ({
  args: { defaultValue: structuredClone(INTERACTIVE_EXAMPLES[type]) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('combobox', { name: 'Message type' })).toHaveValue(type)
    await expect(canvas.getByRole('region', { name: 'Problems' })).not.toHaveAttribute('data-state', 'errors')
    await expect(canvasElement.querySelector('[aria-invalid="true"]')).toBeNull()
  },
})

export const ReplyButtons = story('button')
export const List = story('list')
export const CtaUrl = story('cta_url')
export const LocationRequest = story('location_request_message')
export const Flow = story('flow')
export const Product = story('product')
export const ProductList = story('product_list')
export const Catalog = story('catalog_message')
export const Carousel = story('carousel')
export const VoiceCall = story('voice_call')
export const CallPermissionRequest = story('call_permission_request')
export const AddressRequest = story('address_message')
