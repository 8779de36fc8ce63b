import { createDraft } from '@briq-interactive/core'
import { FIXTURE_CATALOGUE, FIXTURE_PHONES } from '@briq-interactive/mock'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { validFixtures } from '../preview/fixtures.ts'
import { withLocalMedia } from '../preview/testing/local-media.ts'
import { createMockClient, type MockClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

// The one-component integration: builder, live preview and send, against the mock (its
// `handle(request)` is the client's fetch; a fresh mock per story, manual clock). Side by side
// from 900 px of the composer's own width, stacked below.
// (A line comment, not a doc comment: the Docs page shows the component's own doc comment.)
const meta = {
  title: 'Composer/InteractiveComposer',
  component: InteractiveComposer,
  // A Docs page: the component's doc comment, its props table and every story below.
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    defaultValue: createDraft('button'),
    locale: 'en',
    theme: 'light',
    sendMode: 'dialog',
    pollIntervalMs: 50,
    businessName: 'Duka la Mama Neema',
    onSent: fn(),
    onValueChange: fn(),
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sw'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    sendMode: { control: 'inline-radio', options: ['dialog', 'inline'] },
  },
  loaders: [() => ({ harness: createMockClient() })],
  render: (args, { loaded }) => <InteractiveComposer {...args} client={(loaded.harness as MockClient).client} />,
} satisfies Meta<typeof InteractiveComposer>

export default meta
type Story = StoryObj<typeof meta>

const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body)

/** The Send button opens the send dialog; a typed body shows in the preview at once. */
export const Dialog: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const body = canvas.getByRole('textbox', { name: 'Body text' })
    await userEvent.clear(body)
    await userEvent.type(body, 'Oda yako iko njiani. Ungependa tukuletee lini?')
    await expect(canvas.getByRole('region', { name: 'WhatsApp message preview' })).toHaveTextContent(
      'Oda yako iko njiani',
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    const dialog = await page(canvasElement).findByRole('dialog', { name: 'Send message' })
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: "Customer's WhatsApp number" }),
      FIXTURE_PHONES.open,
    )
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }))
    await within(dialog).findByRole('region', { name: 'Message sent' })
    await waitFor(() => expect(args.onSent).toHaveBeenCalledOnce())
  },
}

/**
 * Send pressed with an empty body and a 30-character Button 2 title: the dialog lists both, each
 * with a button to its field; "Go to Button 2 title" closes the dialog and focuses that field.
 */
export const GoToField: Story = {
  args: {
    defaultValue: {
      type: 'button',
      body: { text: '' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
          { type: 'reply', reply: { id: 'later', title: 'Remind me on some other day ok' } },
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    const dialog = await page(canvasElement).findByRole('dialog', { name: 'Send message' })
    const errors = within(within(dialog).getByRole('region', { name: '2 errors to fix before sending' }))
    await expect(errors.getByRole('button', { name: 'Go to Body text' })).toBeVisible()
    await userEvent.click(errors.getByRole('button', { name: 'Go to Button 2 title' }))
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Button 2 title' })).toHaveFocus())
  },
}

/** The send form under the preview: send, the status moves to Read, the customer answers. */
export const Inline: Story = {
  args: { sendMode: 'inline', defaultTo: FIXTURE_PHONES.open, defaultValue: createDraft('list') },
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement)
    const { mock } = loaded.harness as MockClient
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    const sent = await canvas.findByRole('region', { name: 'Message sent' })
    await waitFor(() => expect(args.onSent).toHaveBeenCalledOnce())
    const messageId = (args.onSent as ReturnType<typeof fn>).mock.calls[0]?.[0].message_id as string
    const rowId = (createDraft('list') as { action: { sections: { rows: { id: string }[] }[] } }).action.sections[0]
      ?.rows[0]?.id
    mock.advance(4000)
    mock.simulateReply(messageId, rowId ?? '')
    await waitFor(() => expect(sent).toHaveTextContent('The customer replied:'))
  },
}

/** A product carousel with the shop's catalogue: the preview shows names, prices and pictures. */
export const Products: Story = {
  args: { defaultValue: validFixtures.carouselProducts, catalogue: withLocalMedia(FIXTURE_CATALOGUE) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'WhatsApp message preview' })).toHaveTextContent(
      'Infinix Hot 40 (256 GB)',
    )
  },
}

/** From 900 px of its own width (here a 1000 px admin column): the preview beside the builder. */
export const SideBySide: Story = {
  args: { sendMode: 'inline' },
  render: (args, { loaded }) => (
    <div style={{ width: 1000 }}>
      <InteractiveComposer {...args} client={(loaded.harness as MockClient).client} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const builder = (canvasElement.querySelector('.bi-composer-builder') as HTMLElement).getBoundingClientRect()
    const preview = (canvasElement.querySelector('.bi-composer-preview') as HTMLElement).getBoundingClientRect()
    await expect(preview.left).toBeGreaterThanOrEqual(builder.right)
    await expect(preview.top).toBeLessThan(builder.bottom)
  },
}

/** In an admin's narrow column (600 px), the composer stacks even on a wide screen. */
export const NarrowColumn: Story = {
  args: { sendMode: 'inline' },
  render: (args, { loaded }) => (
    <div style={{ width: 600 }}>
      <InteractiveComposer {...args} client={(loaded.harness as MockClient).client} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector('.bi-composer-builder') as HTMLElement
    const preview = canvasElement.querySelector('.bi-composer-preview') as HTMLElement
    await expect(preview.getBoundingClientRect().top).toBeGreaterThanOrEqual(builder.getBoundingClientRect().bottom)
  },
}

/** Swahili, dark. */
export const SwahiliDark: Story = {
  args: { locale: 'sw', theme: 'dark', sendMode: 'inline' },
  globals: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('tab', { name: 'Fomu' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Tuma' })).toBeVisible()
  },
}
