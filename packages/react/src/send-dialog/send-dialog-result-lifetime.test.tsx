import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendDialog } from './send-dialog.ts'
import type { SendDialogRootProps } from './send-dialog-root.tsx'
import { startMockServer } from './testing/mock-server.ts'

const { mock } = startMockServer('react-send-result-lifetime')

function Inline(props: Partial<SendDialogRootProps>) {
  return (
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      <SendDialog.Root interactive={FEEDBACK_INTERACTIVE} pollIntervalMs={20} {...props}>
        <SendDialog.Form aria-label="Send inline">
          <SendDialog.Recipient />
          <SendDialog.Status />
          <SendDialog.Actions />
        </SendDialog.Form>
      </SendDialog.Root>
    </BriqProvider>
  )
}

const recipient = () => screen.getByRole('textbox', { name: "Customer's WhatsApp number" })
const notSent = () => screen.queryByRole('region', { name: 'Not sent' })
const sent = () => screen.queryByRole('region', { name: 'Message sent' })

async function failToClosedWindow(props: Partial<SendDialogRootProps> = {}) {
  const view = render(<Inline {...props} />)
  const user = userEvent.setup()
  await user.type(recipient(), `${FIXTURE_PHONES.closed}{Enter}`)
  expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'WINDOW_CLOSED')
  return { ...view, user }
}

describe('a send result lasts as long as what it describes', () => {
  it('a failure stays while the request is the same one (a re-render changes nothing)', async () => {
    const { rerender } = await failToClosedWindow({ resetKeys: ['a'] })
    rerender(<Inline resetKeys={['a']} />)
    expect(notSent()).not.toBeNull()
  })

  it('a failure goes when the recipient changes; what was typed stays', async () => {
    const { user } = await failToClosedWindow()
    await user.type(recipient(), '9')
    await waitFor(() => expect(notSent()).toBeNull())
    expect(recipient()).toHaveValue(`${FIXTURE_PHONES.closed}9`)
  })

  it('a failure goes when the draft changes', async () => {
    const { rerender } = await failToClosedWindow()
    const edited = structuredClone(FEEDBACK_INTERACTIVE)
    edited.body.text = 'Another question?'
    rerender(<Inline interactive={edited} />)
    await waitFor(() => expect(notSent()).toBeNull())
    expect(recipient()).toHaveValue(FIXTURE_PHONES.closed)
  })

  it('a failure goes when one of the host’s resetKeys changes (the mock answers differently now)', async () => {
    mock.setScenario('rate-limited')
    const view = render(<Inline resetKeys={['rate-limited']} />)
    await userEvent.setup().type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'RATE_LIMITED')
    view.rerender(<Inline resetKeys={['happy']} />)
    await waitFor(() => expect(notSent()).toBeNull())
    expect(recipient()).toHaveValue(FIXTURE_PHONES.open)
  })

  it('a sent message goes when a resetKey changes (a mock reset took it away), not before', async () => {
    const view = render(<Inline resetKeys={[0]} />)
    await userEvent.setup().type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    await screen.findByRole('region', { name: 'Message sent' })
    view.rerender(<Inline resetKeys={[0]} />)
    expect(sent()).not.toBeNull()
    view.rerender(<Inline resetKeys={[1]} />)
    await waitFor(() => expect(sent()).toBeNull())
  })

  it('a failure goes when a refreshKey changes (another scenario)', async () => {
    mock.setScenario('rate-limited')
    const view = render(<Inline refreshKeys={['rate-limited']} />)
    await userEvent.setup().type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'RATE_LIMITED')
    view.rerender(<Inline refreshKeys={['happy']} />)
    await waitFor(() => expect(notSent()).toBeNull())
    expect(recipient()).toHaveValue(FIXTURE_PHONES.open)
  })

  it('a sent message stays, with its status, when a refreshKey changes (the server still has it)', async () => {
    const view = render(<Inline refreshKeys={['happy']} resetKeys={[0]} />)
    await userEvent.setup().type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    await screen.findByRole('region', { name: 'Message sent' })
    mock.setScenario('slow-network')
    view.rerender(<Inline refreshKeys={['slow-network']} resetKeys={[0]} />)
    // Its status keeps being followed: the mock moves it on, and the result says so.
    mock.advance(10_000)
    await waitFor(() => expect(screen.getByText('Read', { selector: '[aria-current="step"]' })).toBeVisible())
    view.rerender(<Inline refreshKeys={['slow-network']} resetKeys={[1]} />)
    await waitFor(() => expect(sent()).toBeNull())
  })
})

function WithWindow({ resetKeys, refreshKeys }: { resetKeys?: readonly unknown[]; refreshKeys?: readonly unknown[] }) {
  return (
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      <SendDialog.Root interactive={FEEDBACK_INTERACTIVE} resetKeys={resetKeys} refreshKeys={refreshKeys}>
        <SendDialog.Form aria-label="Send inline">
          <SendDialog.Recipient />
          <SendDialog.Window />
        </SendDialog.Form>
      </SendDialog.Root>
    </BriqProvider>
  )
}

describe('what SendDialog.Window looked up follows the host’s resetKeys', () => {
  it('a window the customer opened outside the form shows as open once resetKeys change, with nothing sent', async () => {
    const view = render(<WithWindow resetKeys={[0]} />)
    await userEvent.setup().type(recipient(), FIXTURE_PHONES.closed)
    const note = () => view.container.querySelector('.bi-send-dialog-window')
    await waitFor(() => expect(note()).toHaveAttribute('data-window', 'closed'))
    mock.openWindow(FIXTURE_PHONES.closed)
    view.rerender(<WithWindow resetKeys={[1]} />)
    await waitFor(() => expect(note()).toHaveAttribute('data-window', 'open'))
  })

  it('and once refreshKeys change (a customer who wrote first)', async () => {
    const view = render(<WithWindow refreshKeys={[0]} />)
    await userEvent.setup().type(recipient(), FIXTURE_PHONES.closed)
    const note = () => view.container.querySelector('.bi-send-dialog-window')
    await waitFor(() => expect(note()).toHaveAttribute('data-window', 'closed'))
    mock.openWindow(FIXTURE_PHONES.closed)
    view.rerender(<WithWindow refreshKeys={[1]} />)
    await waitFor(() => expect(note()).toHaveAttribute('data-window', 'open'))
  })
})
