import type { InteractiveType } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'
import { InteractiveBuilder } from './interactive-builder.tsx'

/**
 * One story per interactive type: the builder opened on the shared example of that type. Each
 * play checks the type picker shows it, core finds no error in it, and the type's own editor
 * shows every value of the example in a field (a value the form leaves out would be lost).
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

// Values WhatsApp fixes for the type, which the builder writes without a field.
const FIXED = new Set(['type=reply', 'name=send_location'])

/** Every string and number in `value`, as `key=value`, but the fixed ones. */
function leaves(value: unknown, key = ''): string[] {
  if (typeof value === 'string' || typeof value === 'number') {
    return FIXED.has(`${key}=${value}`) ? [] : [`${key}=${value}`]
  }
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([k, v]) => leaves(v, k))
}

const story = (type: InteractiveType): Story => ({
  args: { defaultValue: structuredClone(INTERACTIVE_EXAMPLES[type]) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('combobox', { name: 'Message type' })).toHaveValue(type)
    await expect(canvas.getByRole('region', { name: 'Problems' })).not.toHaveAttribute('data-state', 'errors')
    await expect(canvasElement.querySelector('[aria-invalid="true"]')).toBeNull()
    const fields = canvasElement.querySelectorAll<HTMLInputElement>('input, textarea, select')
    const shown = [...fields].map((field) => field.value).join('\n')
    const missing = leaves(INTERACTIVE_EXAMPLES[type]).filter(
      (leaf) => !shown.includes(leaf.slice(leaf.indexOf('=') + 1)),
    )
    await expect(missing).toEqual([])
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
