import { type ButtonInteractive, createBriqClient } from '@briq-interactive/core'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, renderHook, waitFor } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { useMessageStatus } from './use-message-status.ts'

const mock = createBriqMock({ seed: 'react-status', clock: 'manual' })
const server = setupServer(...mock.handlers)
const ENDPOINT = 'http://localhost/api/briq'
let polled: string[] = []
const client = createBriqClient({
  endpoint: ENDPOINT,
  headers: { 'X-API-Key': DEFAULT_API_KEY },
  fetch: (url, init) => {
    if (init.method === 'GET') polled.push(new URL(url).pathname.split('/').at(-1) ?? '')
    return fetch(url, init)
  },
})
const interactive: ButtonInteractive = {
  type: 'button',
  body: { text: 'Ready?' },
  action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
}

function StatusLine({ messageId }: { messageId: string }) {
  const { status, polling } = useMessageStatus(messageId, { initialStatus: 'pending', intervalMs: 10 })
  return <output data-polling={String(polling)}>{status}</output>
}

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => {
  mock.reset()
  polled = []
})
afterAll(() => server.close())

describe('useMessageStatus', () => {
  it('with no id returns the idle snapshot and makes no request', async () => {
    const { result } = renderHook(() => useMessageStatus(null, { client }))
    const { refresh, ...snapshot } = result.current
    expect(snapshot).toEqual({ status: undefined, polling: false })
    refresh()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(polled).toEqual([])
  })

  it('follows a new id when it changes and stops polling the old one', async () => {
    const first = await client.sendInteractive({ to: FIXTURE_PHONES.open, interactive })
    const second = await client.sendInteractive({ to: FIXTURE_PHONES.open, interactive })
    const { result, rerender } = renderHook(({ id }) => useMessageStatus(id, { client, intervalMs: 10 }), {
      initialProps: { id: first.message_id as string | undefined },
    })
    await waitFor(() => expect(result.current).toMatchObject({ status: 'pending', polling: true }))
    rerender({ id: second.message_id })
    await waitFor(() => expect(polled.filter((id) => id === second.message_id).length).toBeGreaterThan(1))
    const oldPolls = polled.filter((id) => id === first.message_id).length
    act(() => mock.advance(800))
    await waitFor(() => expect(result.current.status).toBe('sent'))
    expect(polled.filter((id) => id === first.message_id)).toHaveLength(oldPolls)
    rerender({ id: undefined })
    expect(result.current).toMatchObject({ status: undefined, polling: false })
  })

  it('refresh() is stable and polls again after the watch has finished', async () => {
    const sent = await client.sendInteractive({ to: FIXTURE_PHONES.open, interactive })
    mock.advance(5_000)
    mock.simulateReply(sent.message_id, 'yes')
    const { result } = renderHook(() => useMessageStatus(sent.message_id, { client, intervalMs: 10 }))
    await waitFor(() => expect(result.current).toMatchObject({ status: 'read', polling: false }))
    const { refresh } = result.current
    const count = polled.length
    act(() => refresh())
    await waitFor(() => expect(polled.length).toBe(count + 1))
    await waitFor(() => expect(result.current.polling).toBe(false))
    expect(result.current.refresh).toBe(refresh)
    expect(result.current.reply).toEqual({ type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } })
  })

  it('hydrates server HTML without a mismatch, then starts polling', async () => {
    const sent = await client.sendInteractive({ to: FIXTURE_PHONES.open, interactive })
    const app = (
      <BriqProvider client={client}>
        <StatusLine messageId={sent.message_id} />
      </BriqProvider>
    )
    const container = document.createElement('div')
    container.innerHTML = renderToString(app)
    expect(polled).toEqual([])
    document.body.append(container)
    const errors = vi.spyOn(console, 'error')
    const root = await act(async () => hydrateRoot(container, app))
    await waitFor(() => expect(container.querySelector('output')?.dataset.polling).toBe('true'))
    expect(errors).not.toHaveBeenCalled()
    act(() => root.unmount())
    container.remove()
    errors.mockRestore()
  })
})
