import { createBriqClient } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { useMessageStatus } from './use-message-status.ts'

const mock = createBriqMock({ seed: 'inline-client', clock: 'manual' })
const posts: string[] = []
const fetch = (url: string, init: RequestInit) => {
  const absolute = new URL(url, 'https://app.test')
  if (init.method === 'POST') posts.push(absolute.pathname)
  return mock.handle(new Request(absolute, init))
}

/** A host that re-renders on onSent, its client written inline (a new one every render). */
function Host() {
  const [last, setLast] = useState('none')
  return (
    <>
      <p>last {last}</p>
      <SendInteractiveDialog
        client={createBriqClient({
          endpoint: 'https://app.test/api/briq',
          fetch,
          headers: { 'X-API-Key': DEFAULT_API_KEY },
        })}
        interactive={FEEDBACK_INTERACTIVE}
        defaultTo={FIXTURE_PHONES.open}
        defaultOpen
        onSent={(result) => setLast(result.message_id)}
      />
    </>
  )
}

// `client={createBriqClient({ … })}` written inline makes a new client on every render of the
// host. A host re-rendering on onSent then lost the send's state: "Message sent" vanished, Send
// came back, and pressing it sent the same message again.
describe('a client made again on every render of the host (jsdom)', () => {
  it('keeps the send state and its duplicate guard: nothing is sent twice', async () => {
    render(
      <StrictMode>
        <Host />
      </StrictMode>,
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(screen.getByText(/^last [0-9a-f-]{36}$/)).toBeTruthy())
    expect(screen.getByRole('region', { name: 'Message sent' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy()
    expect(posts).toHaveLength(1)
  })
})

/** A status line whose client is written inline in the same component. */
function Status({ id }: { id: string }) {
  const { status } = useMessageStatus(id, {
    client: createBriqClient({
      endpoint: 'https://app.test/api/briq',
      fetch,
      headers: { 'X-API-Key': DEFAULT_API_KEY },
    }),
    intervalMs: 10,
  })
  return <p>status {status ?? 'none'}</p>
}

// The same for the status: each render made a new watcher, whose state set in render made
// another render, and so on ("Too many re-renders").
describe('useMessageStatus with a client made again on every render (jsdom)', () => {
  it('keeps one watcher and shows the status', async () => {
    const client = createBriqClient({
      endpoint: 'https://app.test/api/briq',
      fetch,
      headers: { 'X-API-Key': DEFAULT_API_KEY },
    })
    const { message_id } = await client.sendInteractive({ to: FIXTURE_PHONES.open, interactive: FEEDBACK_INTERACTIVE })
    render(<Status id={message_id} />)
    expect(await screen.findByText(/^status (pending|queued|sent)$/)).toBeTruthy()
  })
})

/** A host whose provider's `headers` and `fetch` are written inline: new ones on every render. */
function ProvidedHost({ log }: { log: string[] }) {
  const [sent, setSent] = useState(0)
  return (
    <BriqProvider
      endpoint="https://app.test/api/briq"
      headers={{ 'X-API-Key': DEFAULT_API_KEY, 'X-Tenant': 'duka' }}
      fetch={(url, init) => {
        const request = new Request(new URL(url, 'https://app.test'), init)
        log.push(`${request.method} after ${sent} sent, tenant ${request.headers.get('X-Tenant')}`)
        return mock.handle(request)
      }}
    >
      <p>sent {sent}</p>
      <SendInteractiveDialog
        interactive={FEEDBACK_INTERACTIVE}
        defaultTo={FIXTURE_PHONES.open}
        defaultOpen
        onSent={() => setSent((count) => count + 1)}
      />
    </BriqProvider>
  )
}

// `<BriqProvider headers={{ … }} fetch={(…) => …}>` gives new option objects on every render; the
// provider compares them by value and calls the latest fetch, so the client, the send's state and
// its duplicate guard outlive the host's re-renders.
describe('BriqProvider with inline headers and fetch, its host re-rendering on onSent (jsdom)', () => {
  it('keeps the send state, sends once, and makes the next request with the latest fetch', async () => {
    const log: string[] = []
    render(
      <StrictMode>
        <ProvidedHost log={log} />
      </StrictMode>,
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(screen.getByText('sent 1')).toBeTruthy())
    expect(screen.getByRole('region', { name: 'Message sent' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull()
    expect(log.filter((line) => line.startsWith('POST'))).toEqual(['POST after 0 sent, tenant duka'])
    // The status of the message sent is read through the fetch of the render after onSent.
    await waitFor(() => expect(log).toContain('GET after 1 sent, tenant duka'))
  })
})
