import {
  coreMessagesSw,
  createBriqClient,
  describeSendFailure,
  type SendInteractiveRequest,
  sendFailureReason,
} from '@briq-interactive/core'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { StrictMode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendDemo } from './testing/send-demo.tsx'
import { useSendInteractive } from './use-send-interactive.ts'

// The hooks over real fetch, answered in-process by the mock's msw handlers.
const mock = createBriqMock({ seed: 'react-send', clock: 'manual' })
const server = setupServer(...mock.handlers)
const ENDPOINT = 'http://localhost/api/briq'
let requests: string[] = []
const countingFetch = (url: string, init: RequestInit) => {
  requests.push(`${init.method} ${new URL(url).pathname}`)
  return fetch(url, init)
}
const sends = () => requests.filter((line) => line.startsWith('POST'))
const polls = () => requests.filter((line) => line.startsWith('GET'))

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => {
  mock.reset()
  requests = []
})
afterEach(() => {
  server.resetHandlers()
  mock.setFaults({})
})
afterAll(() => server.close())

function renderDemo(to: string = FIXTURE_PHONES.open, onSent?: (id: string) => void) {
  return render(
    <StrictMode>
      <BriqProvider endpoint={ENDPOINT} headers={{ 'X-API-Key': DEFAULT_API_KEY }} fetch={countingFetch}>
        <SendDemo defaultTo={to} {...(onSent ? { onSent } : {})} />
      </BriqProvider>
    </StrictMode>,
  )
}
const sendButton = () => screen.getByRole('button', { name: 'Send' })

describe('useSendInteractive + useMessageStatus in a composer (jsdom, StrictMode)', () => {
  it('a double click sends once; a click after success is refused as a duplicate', async () => {
    // The send waits for a gate the test opens, so the second click lands while it is pending
    // however slow the machine is.
    let open = () => {}
    const gate = new Promise<void>((resolve) => {
      open = resolve
    })
    server.use(
      http.post('*/v1/whatsapp/messages/interactive', async ({ request }) => {
        await gate
        return mock.handle(request)
      }),
    )
    const onSent = vi.fn()
    renderDemo(FIXTURE_PHONES.open, onSent)
    const user = userEvent.setup()
    await user.dblClick(sendButton())
    expect(screen.getByTestId('send-status')).toHaveTextContent('Sending…')
    open()
    await waitFor(() => expect(screen.getByTestId('send-status')).toHaveTextContent('success'))
    expect(sends()).toEqual(['POST /api/briq/v1/whatsapp/messages/interactive'])
    expect(onSent).toHaveBeenCalledOnce()

    await user.click(sendButton())
    expect(await screen.findByRole('alert')).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(screen.getByRole('alert')).toHaveTextContent('This exact message was already sent')
    expect(sends()).toHaveLength(1)
    // The refused click does not lose the sent message: its status is still followed.
    await waitFor(() => expect(screen.getByTestId('delivery')).toHaveTextContent('Queued'))
  })

  it.each([
    ['422 WINDOW_CLOSED', () => {}, FIXTURE_PHONES.closed, 'WINDOW_CLOSED', false],
    ['503', () => mock.setFaults({ status: 503 }), FIXTURE_PHONES.open, 'SERVICE_UNAVAILABLE', false],
    [
      '500 (Briq may have passed it on)',
      () => mock.setFaults({ status: 500 }),
      FIXTURE_PHONES.open,
      'INTERNAL_ERROR',
      true,
    ],
    [
      'a network failure',
      () => server.use(http.post('*/v1/whatsapp/messages/interactive', () => HttpResponse.error())),
      FIXTURE_PHONES.open,
      'network',
      true,
    ],
  ])('%s: shows the error and keeps the typed draft', async (_name, arrange, to, code, maybeSent) => {
    arrange()
    renderDemo(to)
    const user = userEvent.setup()
    const message = screen.getByRole('textbox', { name: 'Message' })
    await user.clear(message)
    await user.type(message, 'Habari! Umeridhika?')
    await user.click(sendButton())
    expect(await screen.findByRole('alert')).toHaveAttribute('data-code', code)
    expect(screen.getByTestId('send-status')).toHaveTextContent('error')
    expect(message).toHaveValue('Habari! Umeridhika?')
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue(to)
    expect(screen.queryByTestId('maybe-sent') !== null).toBe(maybeSent)
    expect(sends()).toHaveLength(1)
  })

  it('after success the status moves with the mock clock, the reply shows, and polling ends', async () => {
    const onSent = vi.fn()
    renderDemo(FIXTURE_PHONES.open, onSent)
    await userEvent.setup().click(sendButton())
    await waitFor(() => expect(screen.getByTestId('delivery')).toHaveTextContent('Queued'))
    const messageId = onSent.mock.calls[0]?.[0] as string
    for (const [ms, label] of [
      [800, 'Sent'],
      [1200, 'Delivered'],
      [2000, 'Read'],
    ] as const) {
      act(() => mock.advance(ms))
      await waitFor(() => expect(screen.getByTestId('delivery')).toHaveTextContent(label))
    }
    expect(screen.getByTestId('delivery')).toHaveAttribute('data-polling', 'true')
    act(() => {
      mock.simulateReply(messageId, 'no')
    })
    expect(await screen.findByTestId('reply')).toHaveTextContent('No')
    await waitFor(() => expect(screen.getByTestId('delivery')).toHaveAttribute('data-polling', 'false'))
  })

  it('unmounting stops polling', async () => {
    const { unmount } = renderDemo()
    await userEvent.setup().click(sendButton())
    await waitFor(() => expect(polls().length).toBeGreaterThanOrEqual(2))
    unmount()
    const count = polls().length
    // At a 20 ms interval, a live watcher would poll several times in this window.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(polls()).toHaveLength(count)
  })
})

describe('useSendInteractive', () => {
  const wrapper = ({ children }: { children: React.ReactNode }) => (
    <BriqProvider endpoint={ENDPOINT} headers={{ 'X-API-Key': DEFAULT_API_KEY }} fetch={countingFetch}>
      {children}
    </BriqProvider>
  )

  it('returns stable callbacks across renders and calls the latest onError', async () => {
    const first = vi.fn()
    const latest = vi.fn()
    const { result, rerender } = renderHook(({ onError }) => useSendInteractive({ onError }), {
      wrapper,
      initialProps: { onError: first },
    })
    const { send, sendAsync, reset, cancel } = result.current
    rerender({ onError: latest })
    expect(result.current.send).toBe(send)
    expect(result.current.sendAsync).toBe(sendAsync)
    expect(result.current.reset).toBe(reset)
    expect(result.current.cancel).toBe(cancel)

    // No action: invalid, so it fails validation without a request.
    const invalid = { to: FIXTURE_PHONES.open, interactive: { type: 'button', body: { text: 'Hi' } } } as const
    let resolved: unknown = 'not yet'
    await act(async () => {
      resolved = await send(invalid as never)
    })
    expect(resolved).toBeUndefined()
    expect(result.current).toMatchObject({ status: 'error', isPending: false, request: invalid })
    expect(requests).toEqual([])
    expect(first).not.toHaveBeenCalled()
    expect(latest).toHaveBeenCalledOnce()
    await act(async () => {
      await expect(sendAsync(invalid as never)).rejects.toMatchObject({ kind: 'validation' })
    })
    act(() => reset())
    expect(result.current.status).toBe('idle')
  })

  it('works with a client passed to the hook, without a provider', async () => {
    const client = createBriqClient({ endpoint: ENDPOINT, headers: { 'X-API-Key': DEFAULT_API_KEY } })
    const { result } = renderHook(() => useSendInteractive({ client }))
    expect(result.current.status).toBe('idle')
  })

  it('cancel() once the request left: maybeSent, and the sentences say it may have been sent', async () => {
    // Briq holds the send until the client gives up on it.
    server.use(
      http.post(`${ENDPOINT}/v1/whatsapp/messages/interactive`, ({ request }) => {
        return new Promise<Response>((resolve) => {
          request.signal.addEventListener('abort', () => resolve(HttpResponse.error()), { once: true })
        })
      }),
    )
    const client = createBriqClient({
      endpoint: ENDPOINT,
      headers: { 'X-API-Key': DEFAULT_API_KEY },
      fetch: countingFetch,
    })
    const { result } = renderHook(() => useSendInteractive({ client }))
    const request: SendInteractiveRequest = {
      to: FIXTURE_PHONES.open,
      interactive: {
        type: 'button',
        body: { text: 'Did this resolve your issue?' },
        action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
      },
    }
    act(() => void result.current.send(request))
    await waitFor(() => expect(sends()).toHaveLength(1))
    act(() => result.current.cancel())
    await waitFor(() => expect(result.current.status).toBe('error'))
    const error = result.current.error
    if (error === undefined) return expect.unreachable('no error')
    expect(error.kind).toBe('aborted')
    expect(result.current.maybeSent).toBe(true)
    expect(sendFailureReason(error).maybeSent).toBe(true)
    expect(describeSendFailure(error)).toMatch(/may have been sent/)
    expect(describeSendFailure(error, coreMessagesSw)).toMatch(/huenda ujumbe umetumwa/)
  })

  it('outside a provider, says how to fix it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHook(() => useSendInteractive())).toThrow(/outside <BriqProvider>/)
    vi.restoreAllMocks()
  })
})
