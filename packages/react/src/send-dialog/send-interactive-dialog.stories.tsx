import { createSendController } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { invalidDraft } from './testing/fixtures.ts'
import {
  createGatewayPageClient,
  createMockClient,
  createRefusedDeliveryClient,
  createSilentSendClient,
  type MockClient,
} from './testing/mock-client.ts'

// The send dialog against the mock: its `handle(request)` is the client's fetch, so no service
// worker is involved. Each story gets a fresh mock (manual clock) from its loader; the play
// functions drive the dialog, which Radix renders at the end of the page's body.
// (A line comment, not a doc comment: the Docs page shows the component's own doc comment.)
const meta = {
  title: 'Send/SendInteractiveDialog',
  component: SendInteractiveDialog,
  // A Docs page: the component's doc comment, its props table and every story, each in a frame
  // of its own (every story opens its modal dialog; inline, they would stack on one page).
  tags: ['autodocs'],
  parameters: { docs: { story: { inline: false, iframeHeight: 720 } } },
  args: {
    interactive: FEEDBACK_INTERACTIVE,
    defaultOpen: true,
    defaultTo: FIXTURE_PHONES.open,
    locale: 'en',
    theme: 'light',
    pollIntervalMs: 50,
    onSent: fn(),
    onOpenChange: fn(),
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sw'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
  },
  loaders: [() => ({ harness: createMockClient() })],
  render: (args, { loaded }) => <SendInteractiveDialog {...args} client={(loaded.harness as MockClient).client} />,
} satisfies Meta<typeof SendInteractiveDialog>

export default meta
type Story = StoryObj<typeof meta>

const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body)
// Radix's modal turns the page's pointer events off in an effect and hands them back to the
// dialog on the render after. Storybook renders under act() in development and in Vitest, so that
// render is done before a play starts; a built Storybook (NODE_ENV=production) renders without
// act, and a click made in between is refused by user-event (`pointer-events: none`).
const clickSend = async (canvasElement: HTMLElement) => {
  const send = body(canvasElement).getByRole('button', { name: 'Send' })
  await waitFor(() => expect(getComputedStyle(send).pointerEvents).not.toBe('none'))
  await userEvent.click(send)
}

/** Open, with a valid number and draft: the number core will send to is shown under the field. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const field = body(canvasElement).getByRole('textbox', { name: "Customer's WhatsApp number" })
    await expect(field).toHaveAccessibleDescription('Will be sent to +255712345678')
  },
}

/** A number core cannot read: Send is refused and the reason is tied to the field. */
export const InvalidRecipient: Story = {
  args: { defaultTo: '0712 34' },
  play: async ({ canvasElement, loaded }) => {
    await clickSend(canvasElement)
    const field = body(canvasElement).getByRole('textbox', { name: "Customer's WhatsApp number" })
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(field).toHaveFocus()
    await expect((loaded.harness as MockClient).sends).toEqual([])
  },
}

/** A draft that breaks WhatsApp's rules: core's issues are listed and block sending. */
export const ValidationErrors: Story = {
  args: { interactive: invalidDraft },
  play: async ({ canvasElement, loaded }) => {
    const errors = body(canvasElement).getByRole('region', { name: '2 errors to fix before sending' })
    await expect(errors).toHaveTextContent('Body text is empty')
    await clickSend(canvasElement)
    await expect((loaded.harness as MockClient).sends).toEqual([])
  },
}

/** A send in flight (the mock never answers): Send is aria-disabled (keeping focus) and the dialog says it can be closed. */
export const Sending: Story = {
  loaders: [
    () => ({ harness: createMockClient({ faults: { latencyMs: 1000 }, sleep: () => new Promise<void>(() => {}) }) }),
  ],
  play: async ({ canvasElement }) => {
    await clickSend(canvasElement)
    await expect(body(canvasElement).getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true')
    await expect(body(canvasElement).getByRole('status')).toHaveTextContent('Sending…')
  },
}

/**
 * Sent: the status moves through queued, sent, delivered and read as the mock's clock advances
 * (its default schedule: 0.8 s, 2 s, 4 s), and the customer's reply shows.
 */
export const SentWithStatus: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const { mock } = loaded.harness as MockClient
    await clickSend(canvasElement)
    const success = await body(canvasElement).findByRole('region', { name: 'Message sent' })
    await waitFor(() => expect(args.onSent).toHaveBeenCalledOnce())
    const messageId = (args.onSent as ReturnType<typeof fn>).mock.calls[0]?.[0].message_id as string
    const delivery = () => success.querySelector('[data-status]') as HTMLElement
    await waitFor(() => expect(delivery()).toHaveAttribute('data-status', 'pending'))
    await expect(delivery()).toHaveTextContent('Queued')
    for (const [ms, status, word] of [
      [800, 'sent', 'Sent'],
      [1200, 'delivered', 'Delivered'],
      [2000, 'read', 'Read'],
    ] as const) {
      mock.advance(ms)
      await waitFor(() => expect(delivery()).toHaveAttribute('data-status', status))
      await expect(delivery()).toHaveTextContent(word)
    }
    mock.simulateReply(messageId, 'yes')
    await waitFor(() => expect(success).toHaveTextContent('The customer replied: Yes'))
  },
}

/** The customer has not written in 24 hours: Briq's 422 WINDOW_CLOSED, explained, with the number kept. */
export const WindowClosed: Story = {
  args: { defaultTo: FIXTURE_PHONES.closed },
  loaders: [() => ({ harness: createMockClient({ scenario: 'window-closed' }) })],
  play: async ({ canvasElement }) => {
    await clickSend(canvasElement)
    const failure = await body(canvasElement).findByRole('region', { name: 'Not sent' })
    await expect(failure).toHaveAttribute('data-code', 'WINDOW_CLOSED')
    await expect(failure).toHaveTextContent('Ask the customer to write first, or send an approved template.')
  },
}

/**
 * Briq answers 500: its message, code and request id are shown, the dialog stays open, and it
 * says the message may have gone (Briq may have failed after passing it on).
 */
export const ServerError: Story = {
  loaders: [() => ({ harness: createMockClient({ scenario: 'server-error' }) })],
  play: async ({ canvasElement }) => {
    await clickSend(canvasElement)
    const failure = await body(canvasElement).findByRole('region', { name: 'Not confirmed' })
    await expect(failure).toHaveAttribute('data-code', 'INTERNAL_ERROR')
    await expect(failure).toHaveTextContent('Request id')
    await expect(failure).toHaveTextContent('Check the conversation before sending it again')
  },
}

/**
 * Briq answers 429 with Retry-After: nothing was sent, the wait is stated, and Send says before
 * the next press that sending is on hold and for how long.
 */
export const RateLimited: Story = {
  loaders: [() => ({ harness: createMockClient({ scenario: 'rate-limited' }) })],
  play: async ({ canvasElement }) => {
    await clickSend(canvasElement)
    const failure = await body(canvasElement).findByRole('region', { name: 'Not sent' })
    await expect(failure).toHaveAttribute('data-code', 'RATE_LIMITED')
    await expect(failure).toHaveTextContent(/Try again in \d seconds?\./)
    await expect(body(canvasElement).getByRole('button', { name: 'Send' })).toHaveAccessibleDescription(
      /^Sending is on hold for another \d seconds?/,
    )
  },
}

/**
 * Briq asks to wait 2 hours (a 429 with Retry-After: 7200): the failure and the note beside Send
 * say the whole wait, in hours, and that Briq asked; a press meanwhile sends nothing.
 */
export const RateLimitedForHours: Story = {
  loaders: [
    () => {
      const harness = createMockClient()
      harness.mock.setFaults({ status: 429, retryAfterSeconds: 7_200, scope: 'sends' })
      return { harness }
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    await clickSend(canvasElement)
    const failure = await body(canvasElement).findByRole('region', { name: 'Not sent' })
    await expect(failure).toHaveTextContent('Too many messages at once. Try again in 2 hours.')
    const send = body(canvasElement).getByRole('button', { name: 'Send' })
    await expect(send).toHaveAccessibleDescription(
      /^Sending is on hold for another 2 hours: Briq asked to wait \(too many messages at once\)\./,
    )
    await clickSend(canvasElement)
    await expect((loaded.harness as MockClient).sends).toHaveLength(1)
    await expect(send).toHaveAccessibleDescription(/^Sending is on hold for another 2 hours/)
  },
}

/**
 * Briq asks to wait more than a day (a Retry-After of a year: a setting gone wrong): nothing is
 * held, the failure says so and to try again in a few minutes, and Send is not described as held.
 */
export const RateLimitedPastADay: Story = {
  loaders: [
    () => {
      const harness = createMockClient()
      harness.mock.setFaults({ status: 429, retryAfterSeconds: 31_536_000, scope: 'sends' })
      return { harness }
    },
  ],
  play: async ({ canvasElement }) => {
    await clickSend(canvasElement)
    const failure = await body(canvasElement).findByRole('region', { name: 'Not sent' })
    await expect(failure).toHaveTextContent(
      /more than a day .* so sending is not put on hold: try again in a few minutes/,
    )
    await expect(failure).not.toHaveTextContent(/8760/)
    const send = body(canvasElement).getByRole('button', { name: 'Send' })
    await expect(send).not.toHaveAccessibleDescription(/on hold for/)
  },
}

/**
 * A gateway in front of Briq (nginx, a load balancer) answers its own 502 page after the message
 * was taken: the failure says a server on the way got no valid answer from the server behind it
 * (which may be Briq's), and that the message may have gone; pressing Send again asks first, and
 * nothing leaves until then.
 */
export const GatewayErrorPage: Story = {
  loaders: [() => ({ harness: createGatewayPageClient(502, 'Bad Gateway') })],
  play: async ({ canvasElement, loaded }) => {
    await clickSend(canvasElement)
    const failure = await body(canvasElement).findByRole('region', { name: 'Not confirmed' })
    await expect(failure).toHaveTextContent(
      'A server on the way to Briq got no valid answer from the server behind it (HTTP 502), so the message may have been sent. Check the conversation before sending it again.',
    )
    await expect(failure).not.toHaveTextContent('Briq had a problem')
    await clickSend(canvasElement)
    await expect(await body(canvasElement).findByRole('button', { name: 'Send again' })).toBeVisible()
    await expect((loaded.harness as MockClient).sends).toHaveLength(1)
  },
}

/**
 * The connection drops with no answer: the message may have gone, so pressing Send again asks
 * first instead of sending the same message twice.
 */
export const NetworkError: Story = {
  loaders: [() => ({ harness: createMockClient({ scenario: 'network-error' }) })],
  play: async ({ canvasElement, loaded }) => {
    await clickSend(canvasElement)
    const failure = await body(canvasElement).findByRole('region', { name: 'Not confirmed' })
    await expect(failure).toHaveTextContent('sending it again could deliver it twice.')
    await clickSend(canvasElement)
    await expect(await body(canvasElement).findByRole('button', { name: 'Send again' })).toBeVisible()
    await expect((loaded.harness as MockClient).sends).toHaveLength(1)
  },
}

/** Briq answers 503 with Retry-After: nothing was sent, and Send is on hold until Briq is back. */
export const Unavailable: Story = {
  loaders: [() => ({ harness: createMockClient({ scenario: 'unavailable' }) })],
  play: async ({ canvasElement, loaded }) => {
    await clickSend(canvasElement)
    const failure = await body(canvasElement).findByRole('region', { name: 'Not sent' })
    await expect(failure).toHaveAttribute('data-code', 'SERVICE_UNAVAILABLE')
    await expect(failure).toHaveTextContent(/Briq had a problem on its side \(HTTP 503\)\. Try again in \d seconds?/)
    await clickSend(canvasElement)
    await expect((loaded.harness as MockClient).sends).toHaveLength(1)
  },
}

/**
 * No answer within the client's time (here 0.3 s): the message may have gone, so the same
 * message is held: pressing Send again asks first ("Send again"), and nothing leaves until then.
 */
export const TimedOutMaybeSentHeld: Story = {
  loaders: [() => ({ harness: createSilentSendClient(300) })],
  play: async ({ canvasElement, loaded }) => {
    await clickSend(canvasElement)
    const failure = await body(canvasElement).findByRole('region', { name: 'Not confirmed' })
    await expect(failure).toHaveTextContent('No answer came in time, so the message may have been sent.')
    await clickSend(canvasElement)
    const again = await body(canvasElement).findByRole('button', { name: 'Send again' })
    await expect(again).toBeVisible()
    await expect((loaded.harness as MockClient).sends).toHaveLength(1)
  },
}

/**
 * Opened again after the same message went to the same number (a route change and back, a
 * reload with `persistKey`): before any press, a quiet note says to whom and when, and that Send
 * asks first; it describes Send. Pressing Send asks ("Send again"), and nothing leaves until then.
 */
export const SentBefore: Story = {
  loaders: [
    async () => {
      const harness = createMockClient()
      await createSendController(harness.client).send({ to: FIXTURE_PHONES.open, interactive: FEEDBACK_INTERACTIVE })
      return { harness }
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const said =
      /^This message was already sent to \+255712345678 at \d\d:\d\d today\. Pressing Send asks before sending it again\./
    const send = body(canvasElement).getByRole('button', { name: 'Send' })
    await expect(send).toHaveAccessibleDescription(said)
    await expect(canvasElement.ownerDocument.querySelector('[data-sent-before="sent"]')).toBeVisible()
    await clickSend(canvasElement)
    await expect(await body(canvasElement).findByRole('button', { name: 'Send again' })).toBeVisible()
    await expect((loaded.harness as MockClient).sends).toHaveLength(1)
  },
}

/** A 200 with a page that is not Briq's JSON (a gateway, a sign-in): nothing says the message did not go. */
export const InvalidResponse: Story = {
  loaders: [() => ({ harness: createMockClient({ scenario: 'invalid-response' }) })],
  play: async ({ canvasElement }) => {
    await clickSend(canvasElement)
    const failure = await body(canvasElement).findByRole('region', { name: 'Not confirmed' })
    await expect(failure).toHaveTextContent("A web page came back (HTTP 200) instead of Briq's answer.")
    await expect(failure).toHaveTextContent('but that cannot be known for sure, so the message may have been sent.')
    await expect(body(canvasElement).queryByRole('region', { name: 'Not sent' })).toBeNull()
  },
}

/** Briq accepted the message, then WhatsApp refused it: the status says so, with Meta's words. */
export const DeliveryFailed: Story = {
  loaders: [() => ({ harness: createRefusedDeliveryClient() })],
  play: async ({ canvasElement }) => {
    await clickSend(canvasElement)
    const success = await body(canvasElement).findByRole('region', { name: 'Message sent' })
    await waitFor(() => expect(success.querySelector('[data-status]')).toHaveAttribute('data-status', 'failed'))
    await expect(success).toHaveTextContent('Not delivered')
    await expect(success).toHaveTextContent(/WhatsApp refused it:\s*Message undeliverable/)
  },
}

/** The idle dialog in the dark theme, in Swahili. */
export const DarkSwahili: Story = {
  args: { theme: 'dark', locale: 'sw' },
  globals: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    await expect(body(canvasElement).getByRole('dialog', { name: 'Tuma ujumbe' })).toBeVisible()
  },
}
