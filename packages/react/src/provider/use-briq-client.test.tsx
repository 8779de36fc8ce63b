import { createBriqClient } from '@briq-interactive/core'
import { render, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { useMessageStatus } from '../send/use-message-status.ts'
import { useSendInteractive } from '../send/use-send-interactive.ts'
import { SendDialog } from '../send-dialog/send-dialog.ts'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { useBriqClient } from './use-briq-client.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

const silenceReactErrorLog = () => vi.spyOn(console, 'error').mockImplementation(() => {})
const WRAP = 'wrap the component in <BriqProvider endpoint="/api/briq"> (or <BriqProvider client={client}>)'
const WRAP_IT = 'wrap it in <BriqProvider endpoint="/api/briq"> (or <BriqProvider client={client}>)'

describe('a client asked for outside a BriqProvider', () => {
  it('names the hook that asked and how that hook takes a client', () => {
    silenceReactErrorLog()
    expect(() => renderHook(() => useBriqClient())).toThrow(
      `useBriqClient() was called outside <BriqProvider>: ${WRAP}, or pass the client: useBriqClient(client)`,
    )
    expect(() => renderHook(() => useSendInteractive())).toThrow(
      `useSendInteractive() was called outside <BriqProvider>: ${WRAP}, or pass the client: useSendInteractive({ client })`,
    )
    expect(() => renderHook(() => useMessageStatus('wamid.1'))).toThrow(
      `useMessageStatus() was called outside <BriqProvider>: ${WRAP}, or pass the client: useMessageStatus(messageId, { client })`,
    )
  })

  it('names the component that was rendered and the prop it takes, not a hook', () => {
    silenceReactErrorLog()
    expect(() => render(<SendInteractiveDialog interactive={{}} />)).toThrow(
      `<SendInteractiveDialog> is outside <BriqProvider>: ${WRAP_IT}, or give it a client: <SendInteractiveDialog client={client}>`,
    )
    expect(() =>
      render(
        <SendDialog.Root interactive={{}}>
          <SendDialog.Form />
        </SendDialog.Root>,
      ),
    ).toThrow(
      `<SendDialog.Root> is outside <BriqProvider>: ${WRAP_IT}, or give it a client: <SendDialog.Root client={client}>`,
    )
    expect(() => render(<InteractiveComposer />)).toThrow(
      `<InteractiveComposer> is outside <BriqProvider>: ${WRAP_IT}, or give it a client: <InteractiveComposer endpoint="/api/briq"> (or client={client})`,
    )
  })

  it('needs no provider when the client is given', () => {
    const client = createBriqClient({ endpoint: '/api/briq' })
    expect(renderHook(() => useBriqClient(client)).result.current).toBe(client)
    expect(() => render(<SendInteractiveDialog interactive={{}} client={client} />)).not.toThrow()
    expect(() => render(<InteractiveComposer client={client} />)).not.toThrow()
  })
})
