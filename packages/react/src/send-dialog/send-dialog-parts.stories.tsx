import { type BriqClient, BriqError, createBriqClient } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_CATALOGUE, FIXTURE_IDS, FIXTURE_PHONES } from '@briq-interactive/mock'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { validFixtures } from '../preview/fixtures.ts'
import { withLocalMedia } from '../preview/testing/local-media.ts'
import { SendDialog } from './send-dialog.ts'
import type { SendDialogRootProps } from './send-dialog-root.tsx'
import { createMockClient, type MockClient } from './testing/mock-client.ts'

/**
 * The send dialog's parts, each laid out on its own or in a layout of the host's, against the
 * mock (its `handle(request)` is the client's fetch; a fresh mock per story, manual clock).
 */
const meta = {
  title: 'Send/Parts',
  component: SendDialog.Root,
  args: { interactive: FEEDBACK_INTERACTIVE, locale: 'en', theme: 'light', pollIntervalMs: 50 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sw'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
  },
  loaders: [() => ({ harness: createMockClient() })],
} satisfies Meta<SendDialogRootProps>

export default meta
type Story = StoryObj<typeof meta>

const harness = (loaded: Record<string, unknown>) => loaded.harness as MockClient
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body)

/** Every part inline, without a dialog, the way a composer lays them out under its preview. */
export const Inline: Story = {
  args: { defaultTo: FIXTURE_PHONES.open },
  render: (args, { loaded }) => (
    <SendDialog.Root {...args} client={harness(loaded).client}>
      <SendDialog.Form aria-label="Send" style={{ width: 380 }}>
        <SendDialog.Conversation />
        <SendDialog.Sender />
        <SendDialog.Recipient />
        <SendDialog.Window />
        <SendDialog.Issues />
        <SendDialog.Status />
        <SendDialog.Actions />
      </SendDialog.Form>
    </SendDialog.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByText(/interactive messages can be sent until .*\d\d:\d\d/)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await canvas.findByRole('region', { name: 'Message sent' })
    await expect(canvas.getByRole('list', { name: 'Delivery progress' })).toBeVisible()
  },
}

/**
 * Inline, where Send stays after a success: the same message again is refused as a duplicate
 * (nothing leaves) until "Send again" says it is meant.
 */
export const InlineSentTwiceAsksFirst: Story = {
  args: { defaultTo: FIXTURE_PHONES.open, onSent: fn() },
  render: Inline.render,
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await canvas.findByRole('region', { name: 'Message sent' })
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    const refusal = await canvas.findByRole('region', { name: 'Not sent' })
    await expect(refusal).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    await expect(harness(loaded).sends).toHaveLength(1)
    await userEvent.click(within(refusal).getByRole('button', { name: 'Send again' }))
    await waitFor(() => expect(args.onSent).toHaveBeenCalledTimes(2))
    await expect(harness(loaded).sends).toHaveLength(2)
  },
}

const hostSubmit = fn()

/**
 * Inside a form of the host's (a ticket with its Save): `SendDialog.Form asChild` makes the
 * host's `<section>` the parts' root, so no form is nested in the host's. Enter in the number
 * sends once, and the ticket is not saved.
 */
export const InlineInHostForm: Story = {
  render: (args, { loaded }) => (
    <form
      aria-label="Ticket"
      style={{ width: 380 }}
      onSubmit={(event) => {
        event.preventDefault()
        hostSubmit()
      }}
    >
      <button type="submit">Save ticket</button>
      <SendDialog.Root {...args} client={harness(loaded).client}>
        <SendDialog.Form asChild>
          <section aria-label="Send">
            <SendDialog.Recipient />
            <SendDialog.Issues />
            <SendDialog.Status />
            <SendDialog.Actions />
          </section>
        </SendDialog.Form>
      </SendDialog.Root>
    </form>
  ),
  play: async ({ canvasElement, loaded }) => {
    hostSubmit.mockClear()
    const canvas = within(canvasElement)
    await expect(canvasElement.querySelector('form form')).toBeNull()
    await userEvent.type(canvas.getByRole('textbox', { name: "Customer's WhatsApp number" }), FIXTURE_PHONES.open)
    await userEvent.keyboard('{Enter}')
    await canvas.findByRole('region', { name: 'Message sent' })
    await expect(canvas.getByRole('region', { name: 'Send' })).toHaveAttribute('data-send-state', 'success')
    await expect(harness(loaded).sends).toHaveLength(1)
    await expect(hostSubmit).not.toHaveBeenCalled()
  },
}

/**
 * A sender chosen while the senders cannot be read: "Send from" shows it read-only, as it goes
 * into the send, with why beside it and "Load numbers again".
 */
export const SenderUnreadable: Story = {
  args: { defaultTo: FIXTURE_PHONES.open, defaultSender: '255700000002' },
  loaders: [
    () => {
      const { client } = createMockClient()
      const down: BriqClient = {
        ...client,
        listSenders: async () => {
          throw new BriqError({ kind: 'http', status: 500, code: 'INTERNAL_ERROR', message: 'Internal error' })
        },
      }
      return { down }
    },
  ],
  render: (args, { loaded }) => (
    <SendDialog.Root {...args} client={loaded.down as BriqClient}>
      <SendDialog.Form aria-label="Send" style={{ width: 380 }}>
        <SendDialog.Sender />
        <SendDialog.Recipient />
        <SendDialog.Actions />
      </SendDialog.Form>
    </SendDialog.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const shown = await canvas.findByRole('textbox', { name: 'Send from' })
    await expect(shown).toHaveValue('255700000002')
    await expect(shown).toHaveAccessibleDescription(
      'The numbers you send from could not be loaded: Briq had a problem on its side',
    )
    await expect(canvas.getByRole('button', { name: 'Load numbers again' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled')
  },
}

/**
 * No sender chosen and the senders cannot be read: "Send from" shows that Briq sends from your
 * default number, why, and "Load numbers again"; the live region says it.
 */
export const SenderUnreadableDefault: Story = {
  ...SenderUnreadable,
  args: { defaultTo: FIXTURE_PHONES.open },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const said =
      'Briq sends from your default number. The numbers you send from could not be loaded: Briq had a problem on its side'
    const shown = await canvas.findByRole('textbox', { name: 'Send from' })
    await expect(shown).toHaveValue('Your default number')
    await expect(shown).toHaveAccessibleDescription(said)
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(said))
    await expect(canvas.getByRole('button', { name: 'Load numbers again' })).toBeVisible()
  },
}

/** "Send to" lists the recent conversations with their windows; "Send from" the active senders. */
export const Pickers: Story = {
  render: (args, { loaded }) => (
    <SendDialog.Root {...args} client={harness(loaded).client}>
      <SendDialog.Form aria-label="Send" style={{ width: 380 }}>
        <SendDialog.Conversation />
        <SendDialog.Sender />
        <SendDialog.Recipient />
      </SendDialog.Form>
    </SendDialog.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const sendTo = canvas.getByRole('combobox', { name: 'Send to' })
    await waitFor(() => expect(within(sendTo).getAllByRole('option')).toHaveLength(4))
    await expect(await canvas.findByRole('combobox', { name: 'Send from' })).toBeVisible()
  },
}

/** A conversation whose 24-hour window closed: one paragraph says what WhatsApp needs. */
export const WindowClosed: Story = {
  args: { defaultConversationId: FIXTURE_IDS.closedConversation },
  render: (args, { loaded }) => (
    <SendDialog.Root {...args} client={harness(loaded).client}>
      <SendDialog.Form aria-label="Send" style={{ width: 380 }}>
        <SendDialog.Conversation />
        <SendDialog.Window />
        <SendDialog.Actions />
      </SendDialog.Form>
    </SendDialog.Root>
  ),
  play: async ({ canvasElement }) => {
    const note = await within(canvasElement).findByText(/^This customer has not written to you in the last 24 hours/)
    await expect(note).toHaveAttribute('data-window', 'closed')
  },
}

/** A number that never wrote: no window at all. */
export const WindowNeverOpened: Story = {
  args: { defaultTo: '255799000111' },
  render: (args, { loaded }) => (
    <SendDialog.Root {...args} client={harness(loaded).client}>
      <SendDialog.Form aria-label="Send" style={{ width: 380 }}>
        <SendDialog.Recipient />
        <SendDialog.Window />
      </SendDialog.Form>
    </SendDialog.Root>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText(/^This number has not written to you yet/)
  },
}

/** Core's issues: errors block the send, warnings do not. */
export const Issues: Story = {
  args: {
    interactive: { type: 'button', body: { text: '' }, action: { buttons: [] } },
    conversationId: FIXTURE_IDS.openConversation,
    sender: '255700000001',
  },
  render: (args, { loaded }) => (
    <SendDialog.Root {...args} client={harness(loaded).client}>
      <SendDialog.Form aria-label="Send" style={{ width: 380 }}>
        <SendDialog.Issues />
        <SendDialog.Actions />
      </SendDialog.Form>
    </SendDialog.Root>
  ),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('region', { name: /errors? to fix before sending$/ })).toHaveTextContent('Body text')
    await expect(canvas.getByRole('region', { name: /warnings?: you can still send$/ })).toHaveTextContent(
      'Briq ignores the sender',
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await expect(harness(loaded).sends).toEqual([])
  },
}

/** The status after a send: id, ticks, progress to Read, and the customer's reply with its id. */
export const StatusRead: Story = {
  args: { defaultTo: FIXTURE_PHONES.open, onSent: fn() },
  render: (args, { loaded }) => (
    <SendDialog.Root {...args} client={harness(loaded).client}>
      <SendDialog.Form aria-label="Send" style={{ width: 380 }}>
        <SendDialog.Status />
        <SendDialog.Actions />
      </SendDialog.Form>
    </SendDialog.Root>
  ),
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement)
    const { mock } = harness(loaded)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    const success = await canvas.findByRole('region', { name: 'Message sent' })
    await waitFor(() => expect(args.onSent).toHaveBeenCalledOnce())
    const messageId = (args.onSent as ReturnType<typeof fn>).mock.calls[0]?.[0].message_id as string
    mock.advance(4000)
    await waitFor(() => expect(success).toHaveTextContent('Read'))
    mock.simulateReply(messageId, 'yes')
    await waitFor(() => expect(success).toHaveTextContent('The customer replied: Yes'))
    await expect(success).toHaveTextContent('Reply idyes')
  },
}

/**
 * A client whose status answers pair a reply the customer typed instead of tapping (text is no
 * answer of the message), as Briq pairs a customer's reply with the message it answers.
 */
function typedReplyClient(mock: MockClient['mock']) {
  return createBriqClient({
    endpoint: '/api/briq',
    headers: { 'X-API-Key': DEFAULT_API_KEY },
    fetch: async (url, init) => {
      const absolute = new URL(url, location.href)
      const answer = await mock.handle(new Request(absolute, init))
      if (init.method !== 'GET' || !answer.ok || !/\/messages\/[^/]+$/.test(absolute.pathname)) return answer
      const envelope = await answer.json()
      const id = envelope.data.id as string
      const reply = {
        id: FIXTURE_IDS.openingMessage,
        message_id: 'wamid.typed-reply',
        conversation_id: FIXTURE_IDS.openConversation,
        is_outbound: false,
        message_type: 'text',
        content: { body: 'Ndiyo, kesho asubuhi' },
        created_at: envelope.data.created_at,
        paired_message_id: id,
      }
      return Response.json({ ...envelope, data: { ...envelope.data, status: 'read', reply } })
    },
  })
}

/** The customer wrote back instead of tapping: the status says they replied with a message of their own. */
export const StatusRepliedOwnMessage: Story = {
  args: { defaultTo: FIXTURE_PHONES.open, onSent: fn() },
  loaders: [() => ({ typed: typedReplyClient(createMockClient().mock) })],
  render: (args, { loaded }) => (
    <SendDialog.Root {...args} client={loaded.typed as BriqClient}>
      <SendDialog.Form aria-label="Send" style={{ width: 380 }}>
        <SendDialog.Status />
        <SendDialog.Actions />
      </SendDialog.Form>
    </SendDialog.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    const success = await canvas.findByRole('region', { name: 'Message sent' })
    await waitFor(() => expect(success).toHaveTextContent('The customer replied with a message of their own'))
    await expect(success).not.toHaveTextContent('Reply id')
  },
}

/**
 * The preview part with the shop's catalogue: a product list's card shows its first product's
 * picture under the list's title, as WhatsApp's does.
 */
export const PreviewWithCatalogue: Story = {
  args: { interactive: validFixtures.productList, catalogue: withLocalMedia(FIXTURE_CATALOGUE) },
  render: (args, { loaded }) => (
    <SendDialog.Root {...args} client={harness(loaded).client}>
      <SendDialog.Preview />
    </SendDialog.Root>
  ),
  play: async ({ canvasElement }) => {
    const preview = within(canvasElement).getByRole('region', { name: 'WhatsApp message preview' })
    await expect(preview).toHaveTextContent('Vyakula vya wiki hii')
    await expect(preview).toHaveTextContent('4 items')
    await expect(preview.querySelector('.bi-product-img')).not.toBeNull()
  },
}

/** The host's own dialog layout: the preview on top, then the number, the status and the buttons. */
export const CustomDialogLayout: Story = {
  args: { defaultTo: FIXTURE_PHONES.open },
  render: (args, { loaded }) => (
    <SendDialog.Root {...args} client={harness(loaded).client}>
      <SendDialog.Trigger className="host-trigger">Send to Amina…</SendDialog.Trigger>
      <SendDialog.Content>
        <SendDialog.Preview />
        <SendDialog.Recipient />
        <SendDialog.Status />
        <SendDialog.Actions />
      </SendDialog.Content>
    </SendDialog.Root>
  ),
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send to Amina…' }))
    const dialog = await page(canvasElement).findByRole('dialog', { name: 'Send message' })
    await expect(within(dialog).getByRole('textbox', { name: "Customer's WhatsApp number" })).toHaveFocus()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }))
    await within(dialog).findByRole('region', { name: 'Message sent' })
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
  },
}

/** The inline parts in Swahili, dark. */
export const InlineSwahiliDark: Story = {
  ...Inline,
  args: { ...Inline.args, locale: 'sw', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('combobox', { name: 'Tuma kwa' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Tuma' })).toBeVisible()
  },
}
