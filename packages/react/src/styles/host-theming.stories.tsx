import { FIXTURE_PHONES } from '@briq-interactive/mock'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { createMockClient, type MockClient } from '../send-dialog/testing/mock-client.ts'
import { axeReport } from '../testing/axe-report.ts'
import { brandTheme, darkAdminTheme, type HostTheme, highContrastTheme } from './testing/host-themes.ts'
import { ThemedAdmin } from './testing/themed-admin.tsx'

/**
 * A host themes the whole kit with variables on its own wrapper (the admin's content area): the
 * preview, its list sheet and the send dialog (portalled into a layer inside the wrapper) all
 * take them. Each story's test walks the kit through its states and runs axe at each: no
 * violation, contrast included.
 */
const meta = {
  title: 'Theming/Host themes',
  parameters: { layout: 'fullscreen' },
  loaders: [() => ({ harness: createMockClient() })],
  render: (args, { loaded }) => <ThemedAdmin theme={args.theme} client={(loaded.harness as MockClient).client} />,
} satisfies Meta<{ theme: HostTheme }>

export default meta
type Story = StoryObj<typeof meta>

async function expectAccessible(part: Element) {
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
  const report = await axeReport(part)
  await expect(report.violations).toEqual([])
  await expect(report.contrastUnmeasured).toEqual([])
  await expect(report.contrastPassed).toBeGreaterThan(0)
}

async function sendTo(dialog: HTMLElement, number: string) {
  const field = within(dialog).getByRole('textbox', { name: "Customer's WhatsApp number" })
  await userEvent.clear(field)
  await userEvent.type(field, number)
  await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }))
}

const play: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement)
  await expectAccessible(canvas.getByTestId('host-admin'))

  await userEvent.click(canvas.getByRole('button', { name: 'Chagua njia' }))
  const sheet = await canvas.findByRole('dialog', { name: 'Chagua njia' })
  await userEvent.click(within(sheet).getByRole('radio', { name: /Kimara – Gerezani/ }))
  await expectAccessible(sheet)
  await userEvent.keyboard('{Escape}')

  await userEvent.click(canvas.getByRole('button', { name: 'Send to customer…' }))
  const dialog = await canvas.findByRole('dialog', { name: 'Send message' })
  await sendTo(dialog, '0712')
  await expect(within(dialog).getByRole('textbox')).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(dialog)

  await sendTo(dialog, FIXTURE_PHONES.closed)
  await within(dialog).findByRole('region', { name: 'Not sent' })
  await expectAccessible(dialog)

  await sendTo(dialog, FIXTURE_PHONES.open)
  await within(dialog).findByRole('region', { name: 'Message sent' })
  await expectAccessible(dialog)
}

/** A shop's brand purple on the chrome (buttons, focus, fields, corners, font); the chat stays WhatsApp's. */
export const BrandColours: Story = { args: { theme: brandTheme }, play }

/** A dark slate admin: the kit in dark, with the admin's surfaces, fields, wallpaper and bubbles. */
export const DarkAdmin: Story = {
  args: { theme: darkAdminTheme },
  globals: { backgrounds: { value: 'dark' } },
  play,
}

/** High contrast: black on white, 2px outlines for bubbles and the dialog, no wallpaper. */
export const HighContrast: Story = { args: { theme: highContrastTheme }, play }
